"""A room or flat in a Welsh or Gaelic named house ("room 4, Tŷ'r Gwenyn"), a house name typed with caps lock on
("AT lILAC cOTTAGE") and a house and street in capitals with no number ("AT BRAMBLE LODGE ORCHID CLOSE")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, assert_hidden, found

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ("the family were placed at room 4, Tŷ'r Gwenyn overnight by the council", "room 4, Tŷ'r Gwenyn",
         "overnight by the council"),
        ("Current address: Flat 12 Tŷ Heulwen. Household: two children", "Flat 12 Tŷ Heulwen",
         "Household: two children"),
        ("she is in rm 3, Taigh na Creige since the fire", "rm 3, Taigh na Creige", "since the fire"),
        ("moved into fflat 7, Tŷ'r Ysgol last week", "fflat 7, Tŷ'r Ysgol", "last week"),
    ],
)
def test_a_room_in_a_named_house_is_one_address(text: str, home: str, kept: str) -> None:
    assert home in found(text, EntityType.ADDRESS)
    assert_gone_and_kept(text, [home.split()[-1]], [kept])


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ('sORRY CAPS - sHE GAVE THE MONEY TO A MAN AT lILAC cOTTAGE. hE DROVE OFF', "lILAC cOTTAGE",
         "GAVE THE MONEY TO A MAN AT"),
        ("hI ITS mO. tHE LADS ARE AT oLD bAKERY hOUSE AGAIN TONIGHT", "oLD bAKERY hOUSE", "AGAIN TONIGHT"),
        ("sHE'S STAYING NEAR wILLOW fARM WITH HER AUNT", "wILLOW fARM", "WITH HER AUNT"),
    ],
)
def test_an_inverted_caps_house_name_is_hidden(text: str, home: str, kept: str) -> None:
    assert home in found(text, EntityType.ADDRESS)
    assert_gone_and_kept(text, [home], [kept])


def test_a_caps_house_and_its_street_are_one_address() -> None:
    text = "CALLER SAYS HE IS GOING ROUND AT BRAMBLE LODGE ORCHID CLOSE LATER WITH A BAT"
    assert "BRAMBLE LODGE ORCHID CLOSE" in found(text, EntityType.ADDRESS)
    assert_gone_and_kept(text, ["BRAMBLE", "ORCHID"], ["LATER WITH A BAT"])


@pytest.mark.parametrize(
    "text",
    [
        # Ordinary words after a room number, and the house word alone: nothing named.
        "she waited in room 11, then went home to her mum",
        "cAPS ON SORRY. tHE cOTTAGE WAS COLD AND THE BOILER IS BROKEN",
        "sORRY, cAPS lOCK ON AGAIN, WE ARE ALL FINE HERE",
        # A house word in capitals with no street word after the next word.
        "WE WENT TO OPEN HOUSE DAY AT THE SCHOOL",
        "THE TEAM MET AT THE COTTAGE HOSPITAL CAFE",
    ],
)
def test_near_misses_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


_WELSH_WORDS = st.sampled_from(["Gwenyn", "Heulwen", "Derwen", "Onnen", "Gwylan", "Melin", "Afon", "Bryn"])


@_SETTINGS
@given(kind=st.sampled_from(["room", "Room", "flat", "Flat", "rm"]), number=st.integers(1, 999),
       comma=st.sampled_from([",", ""]), house=st.sampled_from(["Tŷ'r", "Tŷ", "Taigh na"]), name=_WELSH_WORDS)
def test_any_room_in_a_named_house_is_hidden(kind: str, number: int, comma: str, house: str, name: str) -> None:
    home = f"{kind} {number}{comma} {house} {name}"
    text = f"the family were placed at {home} by the council"
    assert_hidden(text, text.index(home), len(home))
    assert anonymise(text).text.endswith("by the council")
