"""Plates named by what the car does straight after them ("du 2188 dropping off most nights", "A 9016 parked across
the front", "fa 05 ref outside"), with no vehicle word near. Times, counts, course levels and model codes of the same
shapes stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate
from tests.anonymise.test_plates_typed_in_chat import _spells_nothing


@pytest.mark.parametrize(
    "text, plate",
    [
        ("deal line 07700 900158. du 2188 dropping off most nights.", "du 2188"),
        ("deal line 07700 900158. 5964 rm dropping off most nights.", "5964 rm"),
        ("deal line 07700 900158. o 9709 dropping off most nights.", "o 9709"),
        ("school bag in there. A 9016 parked across the front.", "A 9016"),
        ("CCTV HAS 2023 XFV DROPPING HIM OFF 22:40.", "2023 XFV"),
        ("black surron (no plates on it) fa 05 ref outside the flats again", "fa 05 ref"),
        ("she said kt 4410 pulled up by the shop", "kt 4410"),
    ],
)
def test_a_plate_before_what_the_car_does_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


def test_the_words_round_it_stay() -> None:
    assert anonymise("du 2188 dropping off most nights").text == "[vehicle reg] dropping off most nights"


@pytest.mark.parametrize(
    "text",
    [
        "mum at 1530 dropping off, dad by 0830 dropping off, the 1500 parked cars",
        "1430 pm dropping off and 1200 hrs parked outside",
        "room 1203 outside, flat 1204 parked, rm 1205 outside",
        "a blue bmw m135 outside the gates",
        "student services chat: Ranko (lvl 2 motor vehicle), NVQ 3 vehicle maintenance",
        "got 500 men outside and 2000 ppl dropping off",
    ],
)
def test_times_counts_and_models_stay(text: str) -> None:
    assert_no_plate(text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=st.integers(100, 9999), letters=st.text(alphabet="bcdfghjklmnprstvwxy", min_size=2, max_size=3),
       digits_first=st.booleans(), cue=st.sampled_from(["dropping off", "parked up", "picking up", "pulled up"]))
def test_a_dateless_plate_before_what_it_does_is_hidden(digits: int, letters: str, digits_first: bool,
                                                        cue: str) -> None:
    assume(_spells_nothing(letters) and (len(str(digits)) == 4 or not digits_first or len(letters) == 3))
    plate = f"{digits} {letters}" if digits_first else f"{letters} {digits}"
    assert_hidden(f"residents chat: {plate} {cue} again", len("residents chat: "), len(plate))
