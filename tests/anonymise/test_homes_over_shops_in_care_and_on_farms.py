"""Homes whose first words are not a house number: a flat over a business ("flat above the chippy 12 ..."),
a numbered croft or static caravan before its street or site, a room or flat in a care home, a pitch on a
gypsy site, a bothy on a farm, a Welsh "Ty'n y ..." house, and a form's address line with no number."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.house_then_street import houses_then_streets
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mum said they're at flat above the bakery 27 Tannery Row now", "flat above the bakery 27 Tannery Row"),
        ("SEEN AT FLAT OVER THE BOOKIES 8 MALTINGS ROAD TODAY", "FLAT OVER THE BOOKIES 8 MALTINGS ROAD"),
        ("nurse on site at croft 4 Peat Bank Road this morning", "croft 4 Peat Bank Road"),
        ("staying at static caravan 11, hollybank farm since may", "static caravan 11, hollybank farm"),
        ("moved to Room 9 Bryn Haul Care Home last week", "Room 9 Bryn Haul Care Home"),
        ("she is at flat 3 ash grove residential home BD4 2AA", "flat 3 ash grove residential home"),
        ("HOME: FLAT 14 MAES GLAS EXTRA CARE. SON VISITS", "FLAT 14 MAES GLAS EXTRA CARE"),
        ("in the trailer at pitch 6 alder lane gypsy site again", "pitch 6 alder lane gypsy site"),
        ("Address: The Bothy, Cherry Tree Farm, LS2 8AA", "The Bothy, Cherry Tree Farm"),
        ("not to go near Ty'n y Coed, LL55 4AB, where she lives", "Ty'n y Coed"),
        ("Child: A\nAddress: Badger Holt\nPostcode: LS2 8AA", "Badger Holt"),
        ("Address: The Annexe, Glyn Hir, SY23 1AA", "The Annexe, Glyn Hir"),
    ],
)
def test_homes_with_their_leading_words_are_hidden_whole(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


def test_a_flat_over_a_shop_with_a_comma_is_only_where_it_is() -> None:
    # Said twice over, the first is a description: the flat and number after the comma are the address.
    text = "she stayed at a flat above the chippy, ground floor flat, 61 cooperage close."
    red = anonymise(text).text
    assert "a flat above the chippy," in red
    assert "cooperage" not in red


@pytest.mark.parametrize(
    "text",
    [
        "stayed 3 nights after a row with her stepdad",
        "Address: not known\nPhone: none",
        "the care home rang twice about her meds",
        "we had tea above the chippy after school",
    ],
)
def test_ordinary_talk_stays(text: str) -> None:
    assert not [e for e in anonymise(text).entities if e.type is EntityType.ADDRESS]


def test_a_flat_number_and_a_welsh_name_are_no_plate() -> None:
    text = "HOME: FLAT 26 CAE GWYN COURT. CAR BLK L200 PICKUP LBF 897S."
    spans = {text[e.start : e.end] for e in anonymise(text).entities if e.type is EntityType.VEHICLE_REG}
    assert "26 CAE" not in spans
    assert "LBF 897S" in spans


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("MISSED THE BUS FROM LARCH COTTAGE, TANPIT LN ALL WEEK", "LARCH COTTAGE, TANPIT LN"),
        ("Tenant moved to Cider Press Barn, Orchard Hill Road. Keys handed in", "Cider Press Barn, Orchard Hill Road"),
    ],
)
def test_a_named_house_then_its_street_with_no_number_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    assert text[: text.index(address)] in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "we went to the barn, down the lane to see the lambs",
        "Went To The Barn, Then Home Lane",
        "kids go to City Farm, Mill Lane on saturdays",
        "she works at Oak Farm, Mill Lane Primary is next door",
    ],
)
def test_a_public_farm_or_a_longer_name_is_no_home(text: str) -> None:
    # Other rules may still read some of these; this shape adds nothing to them.
    assert not list(houses_then_streets(text))
