"""Identifiers found by what stands beside them: a lower-case name with a role in brackets, an age or
a home next to it, a capitalised name after "Mum", a faith school whose name ends at "High", and a day and
month after a word that moves a meeting."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("shes been to his flat twice. discussed w/ modupe (DSL), referral to MASH today", "modupe"),
        ("left a message for bhavesh (sw) about the visit", "bhavesh"),
        ("10 yr old nirojan in the back, not in school uniform", "nirojan"),
        ("a 15yo kwabena was with them at the park", "kwabena"),
        ("logged it. henok is 15 and keeps turning up with cash", "henok"),
        ("tenancy sustainment - yinka at flat 16, 98 pendle view is hoarding", "yinka"),
        ("tenancy sustainment - warren at first floor flat, 209 ffordd glyndwr is hoarding", "warren"),
        ("carers line - rang about her dad warren (dementia), said her brother takes his pension", "warren"),
        ("a female on tiktok. Mum Beryl on +447886298123. Photos uploaded.", "Beryl"),
        ("Dad Ace, 07700 900123, was not at home", "Ace"),
        ("PCSO note: called to St Mungo's RC High at home time re a man", "St Mungo's RC High"),
        ("attends Holy Cross Catholic High, year 9", "Holy Cross Catholic High"),
        ("EHCP annual review for the boy moved to 10/9. Mum asked for it at home", "10/9"),
        ("core group brought forward to 3/4 at the school", "3/4"),
        ("plan for w/c 10/9 agreed", "10/9"),
    ],
)
def test_identifiers_beside_these_cues_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


def test_a_name_found_by_its_age_is_hidden_where_it_comes_first_too() -> None:
    text = "lads say henok has been running for someone. henok is 15 and keeps turning up with cash"
    r = anonymise(text)
    assert "henok" not in r.text, r.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the gcs is 15 now and he is talking", "gcs is 15"),
        ("score: bmi is 15, weight stable", "bmi is 15"),
        ("his sats is 98 on air", "sats"),
        ("Mum Support Group meets on Tuesdays", "Mum Support Group"),
        ("Referred to Dad Matters. Dad Matters is a local group", "Dad Matters"),
        ("he took 2/3 of the dose; moved to 2/3 of the dose later", "2/3 of the dose later"),
        ("the room (DSL office) is locked", "room"),
        ("appt at 12 noon with the GP, mtg at 10 am after", "appt at 12 noon"),
        ("the kiosk at 12 high st was shut", "kiosk"),
        ("we will meet at 3 mins past", "meet at 3"),
    ],
)
def test_ordinary_words_beside_the_same_cues_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text


_UNKNOWN = ["modupe", "nhyira", "bhavesh", "torquil", "ifeoluwa", "zainab", "oluwaseun", "kwabena"]
_ROLES = ["DSL", "SW", "HV", "SENCo", "dsl", "keyworker", "midwife", "nurse"]


@_SETTINGS
@given(
    name=st.sampled_from(_UNKNOWN),
    role=st.sampled_from(_ROLES),
    before=st.sampled_from(["discussed w/", "told", "passed to", "update from", "and"]),
    after=st.sampled_from([", referral to MASH", ".", " today", " who agreed"]),
)
def test_any_lower_case_name_with_a_role_in_brackets_is_hidden(name: str, role: str, before: str, after: str) -> None:
    text = f"{before} {name} ({role}){after}"
    assert_hidden(text, text.index(name), len(name))


@_SETTINGS
@given(
    name=st.sampled_from(_UNKNOWN),
    age=st.integers(min_value=1, max_value=17),
    shape=st.sampled_from(["{age} yr old {name}", "{age} year old {name}", "{age}-year-old {name}",
                           "{age}yo {name}", "{name} is {age} and", "{name} is aged {age}"]),
)
def test_any_lower_case_name_with_an_age_beside_it_is_hidden(name: str, age: int, shape: str) -> None:
    text = "seen in town: " + shape.format(age=age, name=name) + " was with them"
    assert_hidden(text, text.index(name), len(name))
    assert any(e.type is EntityType.PERSON for e in anonymise(text).entities)


@_SETTINGS
@given(
    name=st.sampled_from(["St Mungo's", "Holy Cross", "Bishop Challoner", "Our Lady's", "St Bede's"]),
    faith=st.sampled_from(["RC", "CE", "C of E", "Catholic", "CofE"]),
    after=st.sampled_from([" at home time", ", year 9", ".", " and"]),
)
def test_a_faith_high_school_is_hidden(name: str, faith: str, after: str) -> None:
    school = f"{name} {faith} High"
    text = f"called to {school}{after}"
    assert_hidden(text, text.index(school), len(school))


@_SETTINGS
@given(
    day=st.integers(min_value=1, max_value=12),
    month=st.integers(min_value=1, max_value=12),
    cue=st.sampled_from(["moved to", "changed to", "rearranged to", "postponed to", "put back to", "w/c"]),
)
def test_a_short_date_after_a_rescheduling_cue_is_hidden(day: int, month: int, cue: str) -> None:
    date = f"{day}/{month}"
    text = f"review {cue} {date}, mum asked"
    assert_hidden(text, text.index(date), len(date))


@_SETTINGS
@given(
    name=st.sampled_from([*_UNKNOWN, "warren", "brett", "dean"]),
    home=st.sampled_from(["flat 16, 98 pendle view", "first floor flat, 209 ffordd glyndwr", "12 moss lane",
                          "room 4, the hostel"]),
)
def test_any_lower_case_name_at_a_home_is_hidden(name: str, home: str) -> None:
    text = f"tenancy sustainment - {name} at {home} is hoarding"
    assert_hidden(text, text.index(name), len(name))
