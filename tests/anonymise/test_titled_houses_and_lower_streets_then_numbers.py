"""A house named with a capital "The" after a comma or a place word ("parents Tottie & Tito Scarr, The Bobbin
House."), and a lower-case street with its number after it, after a place word ("in the bays by gritstone way 42").
A kind of house ("The Coffee House", "the safe house") and a way that is no street ("on the way 2 kids") stay."""

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
    ("she's only in yr 1. parents Tottie & Tito Scarr, The Bobbin House. parish safeguarding", "The Bobbin House",
     "parish safeguarding"),
    ("nan lives near The Old Forge with the dogs", "The Old Forge", "with the dogs"),
    ("sleeping in it in the bays by gritstone way 42 3 nights now", "gritstone way 42", "3 nights now"),
    ("lives on elm road 14 with nan", "elm road 14", "with nan"),
])
def test_the_home_is_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_as(text, address, EntityType.ADDRESS, kept)


@pytest.mark.parametrize("text", [
    "The Coach House is lovely",
    "she is in the safe house, the Safe House team say",
    "on the way 2 kids were shouting",
    "he was on his way 3 times",
    "went by ring road 2 times",
    "nursery: The Bobbin House Nursery",
    "case heard at The Court House, then home",
])
def test_no_home_is_made_of_these(text: str) -> None:
    assert not [a for a in _addresses(text) if "Nursery" not in a]


_NAME = st.text(alphabet="bcdfghklmnprstvw", min_size=3, max_size=8).map(lambda s: s + "ey")


@given(_NAME, st.sampled_from(["House", "Cottage", "Barn", "Lodge"]))
def test_no_titled_house_after_a_comma_survives(name: str, house: str) -> None:
    out = anonymise(f"parents Tottie and Tito, The {name.title()} {house}. school ok").text
    assert name.title() not in out
    assert "school ok" in out


@given(_NAME, st.sampled_from(["way", "road", "close", "row"]), st.integers(min_value=1, max_value=299))
def test_no_lower_street_before_its_number_survives(name: str, street: str, number: int) -> None:
    out = anonymise(f"parked up by {name} {street} {number} most nights").text
    assert f"{name} {street}" not in out
    assert "most nights" in out
