"""A dateless plate after what someone is picked up in or gets into ("picks up in e 3210", "got in jig 2426 at the
gate"), even where its letters spell a word; a bed, a bath or a time after the same words stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.plate_context import UNITS, vehicle_word
from dialogs.anonymise.plates import SHORT_WORDS
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden_as

# Letters a unit or a vehicle word spells ("ltr 1000", "cab 1130") are read as those, not as a plate's tag.
_TAGS = st.text(alphabet="bcdfghjklmnprstvwxyz", min_size=3, max_size=3).filter(
    lambda s: s not in UNITS and s not in SHORT_WORDS and not vehicle_word(s))


@pytest.mark.parametrize(("text", "plate", "kept"), [
    ("Older male picks up in nib 5556. mum told", "nib 5556", "Older male picks up in"),
    ("Older male picks up in e 3210. mum told", "e 3210", "mum told"),
    ("she got in jig 2426 at the gate with an older lad", "jig 2426", "at the gate with an older lad"),
    ("he picked her up in kdt 4410 after school", "kdt 4410", "after school"),
])
def test_a_plate_someone_rides_in_is_hidden(text: str, plate: str, kept: str) -> None:
    assert_hidden_as(text, plate, EntityType.VEHICLE_REG, kept)


@pytest.mark.parametrize("text", [
    "got in bed 1130 last night",
    "got in at 2300 says mum",
    "got in 2 cars",
    "she got into year 10",
    "got in 2019 to the flat",
    "picked up in the 4x4",
])
def test_what_else_follows_getting_in_stays(text: str) -> None:
    assert not [e for e in anonymise(text).entities if e.type is EntityType.VEHICLE_REG]


@given(st.sampled_from(["picks up in", "picked up in", "got in", "gets into"]),
       _TAGS, st.integers(min_value=1000, max_value=9999))
def test_no_dateless_plate_after_a_ride_survives(cue: str, letters: str, number: int) -> None:
    out = anonymise(f"the lad {cue} {letters} {number} near the shops").text
    assert f"{letters} {number}" not in out
    assert "near the shops" in out
