"""Where a family is placed for a while is their home: a mother and baby unit by name ("flat 30 Balwen Mother and
Baby Unit"), or a hotel, inn or B&B with the room or house number before its name ("rm 13 dorking row travel inn",
"20 exmoor horn hotel"). A hotel talked of with no number and name ("a 2 star hotel") stays."""

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
    ("Address: flat 30 Balwen Mother and Baby Unit, PR1 0HS (TA)", "flat 30 Balwen Mother and Baby Unit", "(TA)"),
    ("contact at 25 Balwen Mother and Baby Unit: baby dropped two centiles", "25 Balwen Mother and Baby Unit",
     "dropped two centiles"),
    ("Placed in unit 16 Balwen Mother and Baby Unit. Contact the HV", "unit 16 Balwen Mother and Baby Unit",
     "Contact the HV"),
    ("placed at Balwen Mother & Baby Unit since May", "Balwen Mother & Baby Unit", "since May"),
    ("mum moved from 20 exmoor horn hotel after the s21. no cooker", "20 exmoor horn hotel", "no cooker"),
    ("welfare check at rm 13 dorking row travel inn for mum and the baby", "rm 13 dorking row travel inn",
     "for mum and the baby"),
    ("family in room 4 Harbour View B&B since the fire", "room 4 Harbour View B&B", "since the fire"),
])
def test_a_named_stay_is_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_as(text, address, EntityType.ADDRESS, kept)


@pytest.mark.parametrize("text", [
    "stayed 3 nights in a 2 star hotel",
    "at the local mother and baby unit",
    "in 2 different hotel rooms",
    "we met at the hotel bar",
    "she wants a mother and baby unit placement",
    "went to the Travel Inn for a night",
])
def test_a_hotel_or_unit_talked_of_stays(text: str) -> None:
    assert not _addresses(text)


_NAME = st.text(alphabet="bcdfghklmnprstvw", min_size=3, max_size=8).map(lambda s: s + "ey")


@given(st.sampled_from(["rm", "room", "flat"]), st.integers(min_value=1, max_value=99), _NAME,
       st.sampled_from(["hotel", "travel inn", "B&B", "guest house"]))
def test_no_numbered_room_in_a_named_hotel_survives(unit: str, number: int, name: str, kind: str) -> None:
    out = anonymise(f"placed at {unit} {number} {name} {kind} for now").text
    assert f"{name} {kind}" not in out
    assert "for now" in out
