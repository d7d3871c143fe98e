"""Plates after a model, its code or number, its body or a vehicle noun; prices, times, distances and model
numbers after a car stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_no_plate, assert_plate


@pytest.mark.parametrize(
    "text, plate",
    [
        ("drives a green Nissan Micra K11 tj 9709. GP rang", "tj 9709"),
        ("a VW Golf Mk7 KX 2231 outside", "KX 2231"),
        ("silver corsa tj 9709 parked outside", "tj 9709"),
        ("left in a red Vauxhall Adam jib 2886.", "jib 2886"),
    ],
)
def test_a_dateless_plate_straight_after_a_model_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["his fiesta for 2500 is sold", "the corsa was 2000 quid", "fiesta at 1030 today",
                                  "a Transit Mk 6 van"])
def test_a_price_year_or_time_after_a_model_is_no_plate(text: str) -> None:
    assert_no_plate(text)


def test_the_mark_of_a_model_is_no_person() -> None:
    r = anonymise("a VW Golf Mk7 KX 2231 outside")
    assert "Mk7" in r.text and not [e for e in r.entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "text, plate",
    [
        ("trailer reg 303 X, towing vehicle mg 3296. Mum asked", "mg 3296"),
        ("asleep upstairs vehicle outside 5790 m DASH high", "5790 m"),
        ("car parked up y 5330 on the drive", "y 5330"),
    ],
)
def test_a_plate_after_a_vehicle_noun_and_where_it_stands_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["he walked 5790 m to school", "a corsa pm 1030", "a bmw 320 outside"])
def test_a_distance_a_time_or_a_model_number_is_no_plate(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize("text, plate", [("Van: red Peugeot 208 RR 6160. Mum rang", "RR 6160"),
                                         ("they came in a red Peugeot 208 usz 904. mum is", "usz 904")])
def test_a_plate_after_a_make_and_its_model_number_is_hidden_and_the_number_stays(text: str, plate: str) -> None:
    assert_plate(text, plate)
    assert "Peugeot 208 " in anonymise(text).text


@pytest.mark.parametrize("text", ["his Fiat 500 for 2000", "BMW 320 had 150 miles"])
def test_a_model_number_and_a_price_or_mileage_are_no_plate(text: str) -> None:
    assert_no_plate(text)


def test_a_plate_after_a_make_model_and_body_is_hidden_and_an_estate_alone_is_no_cue() -> None:
    assert_plate("a car (silver Skoda Octavia estate, F 488 RTE) outside", "F 488 RTE")
    assert_no_plate("lives on the estate, F 488 RTE")
