"""Dateless plates written digits first, in any case, near a vehicle word ("grey Cupra Born, 7901 ks",
"4315 yy (red Mazda 2)", "5718as (silver Kia Picanto)"), and model codes straight after a make that are no
plate ("a silver Volvo XC60")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise.lexicon import first_names, surnames, vehicle_words
from dialogs.anonymise.plates import SHORT_WORDS, UNITS
from tests.anonymise.coverage import assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("He comes back in a grey Cupra Born, 7901 ks. IRO informed.", "7901 ks"),
        ("Estate officer: 4315 yy (red Mazda 2) has been parked for weeks.", "4315 yy"),
        ("Estate officer: 5718as (silver Kia Picanto) has been parked for weeks.", "5718as"),
        ("He drives a silver Volvo XC60, c631 esg. She lives nearby.", "c631 esg"),
        ("the van was 812 KX last time", "812 KX"),
        ("her car 1aaa was outside", "1aaa"),
    ],
)
def test_digits_first_plates_near_a_vehicle_are_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "the car cost 1500 as well as the insurance",
        "He drives a silver Volvo XC60 to work.",
        "Mum has a Kia EV6 on finance.",
        "we drove 300 mi in the car",
        "the car was parked 40 yds away",
        "the taxi came at 10am and left at 3pm",
    ],
)
def test_model_codes_units_and_short_words_beside_a_car_are_no_plate(text: str) -> None:
    assert_no_plate(text)


@_SETTINGS
@given(st.integers(100, 9999), st.text("bcdfghjklmnpqrstvwxyz", min_size=2, max_size=2), st.booleans(),
       st.sampled_from(["He drives a grey Cupra Born, ", "parked car ", "a red Mazda 2, "]))
def test_a_digits_first_plate_in_lower_case_is_hidden_near_a_vehicle(
    number: int, letters: str, glued: bool, before: str
) -> None:
    assume(letters not in UNITS and letters not in vehicle_words() and letters not in SHORT_WORDS)
    assume(letters not in first_names() and letters not in surnames())
    plate = f"{number}{'' if glued else ' '}{letters}"
    assert_plate(before + plate + ". Seen again on Friday.", plate)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Seen again outside the shop at R704 EBL this morning.", "R704 EBL"),
        ("Neighbour noted DEM 798T twice this week.", "DEM 798T"),
    ],
)
def test_a_full_prefix_or_suffix_plate_in_capitals_needs_no_vehicle_word(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["Q3 KPI report due Friday.", "S47 CIN meeting held.", "Meet in Room R704 EBL."])
def test_capitals_with_a_cue_or_one_digit_are_no_plate_without_a_vehicle(text: str) -> None:
    assert_no_plate(text)
