"""Plates by what stands beside them: a dateless plate straight after a make and model ("Dacia Duster
8183 CC", "Hyundai Tucson 2497 T"), and a plate typed in lower case with a space at every group, found
from its digits ("m 471 tyn", "ek 18 ysb")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _plates(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.VEHICLE_REG]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("a lad in a green Dacia Duster 8183 CC waiting outside", "8183 CC"),
        ("a lad in a black Hyundai Tucson 2497 T waiting outside", "2497 T"),
        ("Paulius's car was on the drive - m 471 tyn. Next visit", "m 471 tyn"),
        ("Car outside most nights ek 18 ysb. She seems scared.", "ek 18 ysb"),
        ("Car outside most nights vs 04 ykj. She seems scared.", "vs 04 ykj"),
    ],
)
def test_plate_beside_model_or_spaced_in_lower_case(text: str, plate: str) -> None:
    assert plate in _plates(text)


@pytest.mark.parametrize(
    "text",
    ["a Ford Focus 1600 cc engine", "the car came at 18 mins past", "drove the van on 12 occasions"],
)
def test_units_and_words_before_numbers_are_not_plates(text: str) -> None:
    assert _plates(text) == []


@_SETTINGS
@given(
    st.sampled_from("bcdefghjklmnprstvwy"),
    st.integers(1, 999),
    st.text("bcdfghjklmnpqrstvwxz", min_size=3, max_size=3),
)
def test_lower_case_spaced_prefix_plate_is_hidden_whole(letter: str, digits: int, tail: str) -> None:
    text = f"his car was on the drive - {letter} {digits} {tail}. Next visit booked."
    # The rule joins the letter to a plate found from its digits; letters read as a word are no plate.
    assume(f"{digits} {tail}" in _plates(f"his car was on the drive - {digits} {tail}. Next visit booked."))
    assert f"{letter} {digits} {tail}" in _plates(text)
