"""An Edinburgh floor and door before a house number names a tenement flat, with no flat word: the street after it
is an address even with no street word ("3F1, 79 Throstle Nest") or a short one ("3F1, 211 Treadle Rw")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden_as, found


def _addresses(text: str) -> list[str]:
    return found(text, EntityType.ADDRESS)


@pytest.mark.parametrize(("text", "address", "kept"), [
    ("parents Vonda & Sandford Neely, 3F1, 211 Treadle Rw. parish safeguarding ref", "3F1, 211 Treadle Rw",
     "parish safeguarding"),
    ("moved from 3F1, 79 Throstle Nest to temp at first floor flat 6", "3F1, 79 Throstle Nest", "to temp at"),
    ("lives 2f2, 14 warriston gdns now", "2f2, 14 warriston gdns", "lives"),
])
def test_the_flat_and_its_street_are_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_as(text, address, EntityType.ADDRESS, kept)


@pytest.mark.parametrize(("text", "kept"), [
    ("paid 3f1, 12 people came", "12 people came"),
    ("DOB 6th May 1965, NI RW 63 79 91 B", "NI ["),
])
def test_near_misses_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


_NAME = st.text(alphabet="bcdfghklmnprstvw", min_size=3, max_size=8).map(lambda s: s.title() + "ey")


@given(st.integers(min_value=1, max_value=5), st.integers(min_value=1, max_value=4),
       st.integers(min_value=1, max_value=299), _NAME, _NAME)
def test_no_street_after_a_floor_and_door_survives(floor: int, door: int, number: int, first: str,
                                                   second: str) -> None:
    out = anonymise(f"moved from {floor}F{door}, {number} {first} {second} to temp").text
    assert f"{first} {second}" not in out
    assert "to temp" in out
