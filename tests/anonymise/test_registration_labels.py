"""A plate after "reg is" or "reg was" ("reg is an 9917", "reg is 3332 bn"), and a letter, three digits and
three letters that spell no word on their own ("found in x157 cva"). A number and a word after the label
("the reg is 12 now") and a vitamin ("b12 inj") stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_plate

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("a silver Seat Leon parked in the bay, reg is an 9917, and a lad", "an 9917"),
        ("an orange Renault parked in the bay, reg is 3332 bn, and a lad", "3332 bn"),
        ("the reg was kp 4410 according to the neighbour", "kp 4410"),
        ("Details: found in x157 cva with an adult at 1am", "x157 cva"),
    ],
)
def test_plates_after_reg_is_and_lone_prefix_plates_are_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@given(letters=st.sampled_from(["an", "kp", "ty", "bn", "xr"]), digits=st.integers(100, 9999),
       verb=st.sampled_from(["is", "was"]))
@_SETTINGS
def test_any_dateless_plate_after_reg_and_its_verb_is_hidden(letters: str, digits: int, verb: str) -> None:
    plate = f"{letters} {digits}"
    assert_plate(f"van outside again, reg {verb} {plate}, driver not seen", plate)


@pytest.mark.parametrize("text", ["the reg is 12 now", "b12 inj given on the ward", "room b101 lab booked"])
def test_numbers_and_codes_that_are_no_plates_stay(text: str) -> None:
    assert anonymise(text).text == text
