"""Plates found by the vehicle word right before them: a one-letter dateless plate of three or four digits
in any case ("Kelvin's van D 8381", "van 5122 m", "car on the drive y 5330"), an older plate after "a
lift in", and a suffix plate straight after a model named by a letter and a digit ("Audi Q3 YFO 223M")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words, first_names, surnames, vehicle_models, vehicle_words
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Letters a one-letter plate can carry: never A or I, which read as a word beside a number.
_LETTERS = "bcdefghjklmnopqrstuvwxyzBCDEFGHJKLMNOPQRSTUVWXYZ"


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Kelvin's van D 8381 blocks the front door.", "D 8381"),
        ("her partner's van 5122 m blocks the front door", "5122 m"),
        ("heard a kid crying. car on the drive y 5330. told my supervisor", "y 5330"),
        ("says his mate gave him a lift in k748yvy. instagram", "k748yvy"),
        ("his mate gave him a lift in m767 vhv last night", "m767 vhv"),
        ("His black Audi Q3 YFO 223M on the kerb.", "YFO 223M"),
    ],
)
def test_plate_after_a_vehicle_word_is_hidden_whole(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "the car was parked 300 m down the road",
        "she is in y 10 and gets the bus",
        "the van 2 d ago was seen again",
        "took the lift to floor 3 with her",
        "drives a Vauxhall Corsa",
    ],
)
def test_distances_years_and_models_are_not_plates(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize("text", ["a silver Corsa A1 AAA 0A parked up", "a car A1 AAA 0A parked up"])
def test_a_dateless_plate_after_a_model_or_vehicle_word_is_not_read_as_a_model(text: str) -> None:
    # Only a make makes a letter and digit the model ("Audi Q3"); after "Corsa" or "car", "A1 AAA" is the plate.
    assert_plate(text, "A1 AAA")


def test_the_model_before_a_suffix_plate_is_kept() -> None:
    r = anonymise("His black Audi Q3 YFO 223M on the kerb.")
    assert "Audi Q3" in r.text, r.text


@_SETTINGS
@given(
    st.sampled_from(["van", "car", "drive", "Car", "motorbike"]),
    st.sampled_from(_LETTERS),
    st.integers(100, 9999),
    st.booleans(),
    st.sampled_from(["", " "]),
)
def test_one_letter_plate_after_a_vehicle_word(word: str, letter: str, digits: int, first: bool, gap: str) -> None:
    # Lower case after the digits reads as a unit unless there are four of them.
    if not first and letter.islower() and digits < 1000:
        digits += 1000
    plate = f"{letter}{gap}{digits}" if first else f"{digits}{gap}{letter}"
    # "van l200" is a Mitsubishi L200, a model's name and no plate.
    assume(plate.replace(" ", "").lower() not in vehicle_models())
    assert_plate(f"Her partner's {word} {plate} was outside again.", plate)


@_SETTINGS
@given(
    st.sampled_from("bcdefghjklmnprstvwy"),
    st.integers(1, 999),
    st.text("bcdfghjklmnpqrstvwxz", min_size=3, max_size=3),
    st.sampled_from(["", " "]),
)
def test_prefix_plate_after_a_lift(letter: str, digits: int, tail: str, gap: str) -> None:
    # Lower-case letters that spell a word, a name or a vehicle word ("pct", "ann", "vrn") are read as that.
    lists = (english_words(), first_names(), surnames(), vehicle_words(), vehicle_models())
    assume(not any(tail in words for words in lists))
    plate = f"{letter}{digits}{gap}{tail}"
    plates = [e.text for e in anonymise(f"his mate gave him a lift in {plate} last night").entities
              if e.type is EntityType.VEHICLE_REG]
    assert plate in plates
