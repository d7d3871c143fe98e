"""A plate after a plate word ("private plate O 1469"), a Q plate ("reg Q 841 NKR") and a plate beside a
motorbike make ("Kawasaki Ninja, FSA 870M"); the make itself is not taken for a person."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.plates import ID_CUES
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("green Dacia Sandero, private plate O 1469. Driver gave his mob", "O 1469"),
        ("blue Suzuki Swift, private plate 7753 Y. Driver gave his mob", "7753 Y"),
        ("A maroon Volvo V70, reg Q 841 NKR, has been parked outside", "Q 841 NKR"),
        ("left in a black Kawasaki Ninja, FSA 870M. Children present", "FSA 870M"),
    ],
)
def test_these_plates_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize("make", ["Kawasaki Ninja", "Yamaha", "Ducati", "Triumph"])
def test_a_motorbike_make_is_not_a_person(make: str) -> None:
    r = anonymise(f"He rides a black {make} to school.")
    assert make in r.text and not any(e.type is EntityType.PERSON for e in r.entities), r.text


def test_a_question_number_is_not_a_plate() -> None:
    r = anonymise("See Q 12 ABC in the survey for his answer.")
    assert "Q 12 ABC" in r.text, r.text


@_SETTINGS
@given(st.integers(1, 999), st.text("ABCDEFGHJKLMNPRSTVWXY", min_size=3, max_size=3),
       st.sampled_from(["reg ", "plate ", "private plate ", "a Ford Ka, reg "]))
def test_a_q_plate_near_a_plate_word_never_survives(number: int, letters: str, before: str) -> None:
    # Letters that name another record ("CRN", "URN") make it that record's number instead.
    assume(letters.lower() not in ID_CUES)
    plate = f"Q {number} {letters}"
    text = f"Car seen: {before}{plate}, parked outside."
    assert_hidden(text, text.index(plate), len(plate))
