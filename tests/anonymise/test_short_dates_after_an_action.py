"""A day and month with no year ("5/8") ending a clause that says who was told, rung or emailed: "Shared
with HV Ismatullah Qaderi 5/8." is when it was shared. A score or a fraction has no such verb in its own
clause ("She scored 5/8.", "Seen in clinic, pain 7/10.") and stays."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Second time this half term. Shared with HV Ismatullah Qaderi 5/8.", "5/8"),
        ("Rang mum 3/4, no answer", "3/4"),
        ("Discussed with DSL 2/3\nNext steps agreed", "2/3"),
        ("Emailed the social worker 11/12; no reply yet", "11/12"),
    ],
)
def test_a_day_and_month_after_who_was_told_is_a_date(text: str, date: str) -> None:
    assert_hidden(text, text.index(date), len(date))
    assert any(e.type is EntityType.DATE for e in anonymise(text).entities)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She scored 5/8.", "5/8"),
        ("Seen in clinic, pain 7/10.", "7/10"),
        ("Seen in clinic pain 7/10.", "7/10"),
        ("told her 3/4 of the class were off", "3/4"),
        ("Rang mum 2/3 times a week about it", "2/3"),
    ],
)
def test_scores_and_fractions_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@given(
    st.sampled_from(["Shared with", "Told", "Informed", "Emailed", "Rang", "Phoned", "Spoke to", "Notified"]),
    st.sampled_from(["mum", "the DSL", "HV", "SW Adebayo"]),
    st.integers(1, 12),
    st.integers(1, 12),
    st.sampled_from([".", ",", ";", "\n", ""]),
)
@_SETTINGS
def test_day_and_month_ending_an_action_clause_never_survive(verb: str, who: str, day: int, month: int,
                                                             end: str) -> None:
    date = f"{day}/{month}"
    text = f"Concern raised. {verb} {who} {date}{end}"
    assert_hidden(text, text.index(date), len(date))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("patient has appt with dr iyamu 4/11. flagged to GP.", "4/11"),
        ("Supervised contact at the family centre 9/2. Mum arrived late.", "9/2"),
        ("Named Person at school. Hearing set for 11/4.", "11/4"),
    ],
)
def test_a_day_and_month_ending_a_clause_that_names_an_event_is_hidden(text: str, date: str) -> None:
    assert_hidden(text, text.index(date), len(date))


@pytest.mark.parametrize(
    "text", ["Review today, pain 7/10.", "Meeting went well, she scored 5/8.", "At the session her mood was 6/10."]
)
def test_a_score_in_an_event_clause_stays(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.DATE for e in r.entities), r.text


@_SETTINGS
@given(st.sampled_from(["appt with dr lee", "contact at the family centre", "hearing set for", "review booked for"]),
       st.integers(1, 12), st.integers(1, 12))
def test_an_event_day_and_month_never_survives(event: str, day: int, month: int) -> None:
    date = f"{day}/{month}"
    text = f"Mum told. Next {event} {date}. Staff aware."
    assert_hidden(text, text.index(date), len(date))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Phones seized 4/10. Interviewed under caution", "4/10"),
        ("Ambulance handover 6/3: elderly female found on the floor", "6/3"),
        ("Booking form\nEDD 7/11\nPartner: not known", "7/11"),
        ("LMP 2/5, first scan booked", "2/5"),
    ],
)
def test_a_day_and_month_after_a_police_hospital_or_pregnancy_event_is_a_date(text: str, date: str) -> None:
    assert_hidden(text, text.index(date), len(date))


@pytest.mark.parametrize("text", ["Pain 7/10: worse at night", "Scored 5/8: pleased", "Attendance 9/10: fine"])
def test_a_score_before_a_colon_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_police_role_closing_an_entry_is_no_initials() -> None:
    assert anonymise("Devices seized, bagged and logged. OIC").text.endswith("OIC")
