"""Schools and plates the fresh13 round taught by shape: who a school is for is part of its name ("Madani
Academy for Girls", "Royal School for the Deaf"); a university technical college goes by "UTC"; a faith
named with "in" ("St Teilo's Church in Wales High School"). "veh", the shorthand of police and intel notes,
is a vehicle word ("veh q26 rvv seen outside"); after a plate's own label, digits and a unit's letters are
the plate ("(plate 761am)"), not a time."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.plate_context import UNITS
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_PLATE_LETTERS = "abcdefghjklmnprstuvwxy"


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Nargis Panjshiri (Madani Academy for Girls); Ruixue Luo (mother)", "Madani Academy for Girls"),
        ("He boards at the Royal School for the Deaf in term time.", "Royal School for the Deaf"),
        ("Victim: Vinnie Bamford, 17/1/09, Riverside UTC\nDetails: robbed", "Riverside UTC"),
        ("Year 12 at Kingsway University Technical College since September", "Kingsway University Technical College"),
        ("Daughter at St Teilo's Church in Wales High School. Crime ref to follow.",
         "St Teilo's Church in Wales High School"),
    ],
)
def test_schools_with_these_shapes_are_hidden_whole(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Call booked for 14:00 UTC with the interpreter.", "14:00 UTC"),
        ("Oakfield Primary for Monday's meeting, then home.", "for Monday's meeting"),
        ("She moved in Wales last year.", "in Wales"),
    ],
)
def test_nearby_words_that_are_not_the_school_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("lads from out of town using flat. veh q26 rvv seen outside. pcso", "q26 rvv"),
        ("VEH R704 EBL parked on the drive again", "R704 EBL"),
        ('"he drives me, it\'s a black Seat Leon Cupra" (plate 761am)', "761am"),
        ("Reg: 12pm, silver hatchback", "12pm"),
    ],
)
def test_plates_beside_these_cues_are_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text", ["Plate at 10am with the lunch.", "veh parked at 10 am by the shop", "Plates: 3 ml of Calpol at 6 pm"]
)
def test_times_and_doses_near_these_cues_are_no_plates(text: str) -> None:
    assert_no_plate(text)


@given(
    st.text(_PLATE_LETTERS, min_size=1, max_size=1),
    st.integers(1, 999),
    st.text(_PLATE_LETTERS, min_size=3, max_size=3),
    st.sampled_from(["veh", "Veh", "VEH", "vehs"]),
)
@_SETTINGS
def test_a_prefix_plate_after_veh_never_survives(first: str, number: int, letters: str, cue: str) -> None:
    plate = f"{first}{number} {letters}".upper()
    text = f"intel: {cue} {plate} seen outside the flat twice"
    assert_hidden(text, text.index(plate), len(plate))


@given(st.integers(1, 9999), st.sampled_from(sorted(u for u in UNITS if 2 <= len(u) <= 3)),
       st.sampled_from(["plate", "Plate", "reg", "VRM"]))
@_SETTINGS
def test_a_unit_after_digits_is_a_plate_straight_after_a_plate_label(number: int, unit: str, label: str) -> None:
    plate = f"{number}{unit}"
    text = f"he drives a black car ({label} {plate}) most days"
    assert_hidden(text, text.index(plate), len(plate))
