"""Asides after a found address that belong to it: the shop below the flat, the back of
a building, the floor with no dash, and the number after a street found up to its "no"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "aside"),
    [
        ("she rents 88 Ferry Street, above the bookies, since March", "above the bookies"),
        ("found at 12 Harbour Road (over the launderette) last night", "(over the launderette)"),
        ("they moved to 27 Tannery Lane - back of the church in June", "back of the church"),
        ("he sleeps at 5 Weir Street upstairs most nights", "upstairs"),
        ("contact at 19 Ridge Road downstairs, key with neighbour", "downstairs"),
    ],
)
def test_the_aside_is_hidden_with_the_address(text: str, aside: str) -> None:
    found = _addresses(text)
    assert any(aside in a for a in found), found
    assert aside not in anonymise(text).text


def test_the_number_after_a_street_ending_in_no_is_hidden() -> None:
    text = "at her cousin's (HEOL Y FELIN NO. 48) most weekends"
    out = anonymise(text).text
    assert "48" not in out and "HEOL" not in out


@pytest.mark.parametrize(
    "text",
    [
        "nan says (grannys) is where the kids like to be",
        "the shop is above the chippy on the corner",
        "he was round the back of the hall with friends",
        "she went upstairs and cried",
    ],
)
def test_asides_with_no_address_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


def test_a_bracket_that_is_not_whose_home_stays_readable() -> None:
    out = anonymise("she lives at 31 Kiln Road (seen twice) with mum").text
    assert "(seen twice)" in out


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["above the chippy", "over the bookies", "- back of the hall", "upstairs"]), st.integers(1, 300))
def test_any_aside_goes_with_the_address_and_the_sentence_stays(aside: str, number: int) -> None:
    text = f"he is at {number} Kiln Road {aside} tonight"
    out = anonymise(text).text
    assert aside.strip("- ") not in out and "Kiln" not in out
    assert out.endswith("tonight")


def test_whose_home_in_brackets_stays_readable() -> None:
    assert "(her nan's)" in anonymise("she is staying at 31 Kiln Road (her nan's) for now").text
