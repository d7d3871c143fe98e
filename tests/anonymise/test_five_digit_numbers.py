"""A number of five digits standing alone is a case, log or record number and is hidden; money, decimals,
times, postcodes' neighbours, parts of a phone and counts of things stay as they are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("BREAKFAST CLUB LOG: HUNGRY AGAIN. GOODS YARD COMMUNITY PRIMARY 53148", "53148"),
        ("PLAN: POLICE, VISIT AM. 60120", "60120"),
        ("Logged as 77506 on the system.", "77506"),
    ],
)
def test_a_lone_five_digit_number_is_a_reference(text: str, number: str) -> None:
    r = anonymise(text)
    assert [(e.type, e.text) for e in r.entities if e.text == number] == [(EntityType.REFERENCE, number)]
    assert number not in r.text


@pytest.mark.parametrize(
    "text",
    [
        "She owes £12000 on the card.",
        "He walked 10000 steps a day before the fall.",
        "Her account has 50000 followers.",
        "Income 12000 a year from the job.",
        "Reading 12345.5 on the meter.",
    ],
)
def test_money_counts_and_decimals_stay(text: str) -> None:
    assert anonymise(text).text == text


@given(st.integers(min_value=10000, max_value=99999), st.sampled_from(["Ref", "LOG", "school", "CPOMS entry"]),
       st.sampled_from(["", ".", "\nnext"]))
def test_no_lone_five_digit_number_survives(number: int, lead: str, tail: str) -> None:
    r = anonymise(f"{lead} {number}{tail}")
    assert str(number) not in r.text
