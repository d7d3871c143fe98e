"""Lower-case given names and surnames no list knows, straight before a full date, bare or in brackets: in a
case note the date is their date of birth ("missing from care - xiaoyan liao 18/11/13 last seen", "visit to
simbarashe marufu (January 1, 1935)"). Abbreviations and everyday words before a date stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words, not_names
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("missing from care - xiaoyan liao 18/11/13 last seen 20th December 2024", "xiaoyan liao"),
        ("self neglect visit 23-12-2023 to simbarashe marufu (January 1, 1935), flat a", "simbarashe marufu"),
        ("seen with tendai moyo 3 march 2009 at the shop", "tendai moyo"),
        ("household: ngozi adeyemi (2011-04-02) and her mum", "ngozi adeyemi"),
    ],
)
def test_lower_case_words_before_a_date_of_birth_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "cin mtg 12/03/2024 at the school",
        "appt tmrw 12/03/2024 with the gp",
        "review booked for 14 march 2025 at the office",
        "strat held 12/3/24, next one in a month",
    ],
)
def test_abbreviations_and_words_before_a_date_stay(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.PERSON for e in r.entities), r.text


_SYLLABLES = ["ka", "zu", "ri", "mbo", "nde", "xia", "lo", "tan", "shi", "wei", "oyo", "ade", "chi", "mar", "fu"]


@_SETTINGS
@given(
    st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4),
    st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=4),
    ids.dates_of_birth(),
    st.sampled_from(["{d}", "({d})"]),
)
def test_an_unknown_pair_before_a_full_date_never_survives(first: list[str], last: list[str], dob: str,
                                                           shape: str) -> None:
    given_name, surname = "".join(first), "".join(last)
    known = english_words() | not_names()
    assume(given_name not in known and surname not in known and dob[:1].isdigit() and " " not in dob[:4])
    name = f"{given_name} {surname}"
    text = f"missing from care - {name} {shape.format(d=dob)} last seen at the station"
    assert_hidden(text, text.index(name), len(name))
