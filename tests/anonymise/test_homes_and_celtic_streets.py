"""Homes with no plain street number: Welsh, Gaelic and Irish streets and house names, farms and cottages,
old buildings made homes, rooms in schemes and sites; public buildings and talk stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    "text, address",
    [
        ("placed at 2F2, 49 Sràid na h-Eaglais. Says a man", "49 Sràid na h-Eaglais"),
        ("14 Bóthar an Phiarsaigh, Galway", "14 Bóthar an Phiarsaigh"),
        ("Eleven people living at Croft of Hillhead. Landlord rang", "Croft of Hillhead"),
        ("s42 enquiry: Mrs Smith, The Old Forge Cottage, LS9 2DP. A neighbour", "The Old Forge Cottage"),
    ],
)
def test_gaelic_and_irish_streets_farms_of_a_place_and_a_house_before_its_postcode_are_addresses(
        text: str, address: str) -> None:
    r = anonymise(text)
    start = text.index(address)
    assert any(e.type is EntityType.ADDRESS and e.start <= start and e.end >= start + len(address)
               for e in r.entities), r.text


def test_a_public_hall_before_its_postcode_is_no_home() -> None:
    text = "met at the Town Hall, LS1 1UR"
    assert not [e for e in anonymise(text).entities if e.type is EntityType.ADDRESS]


@pytest.mark.parametrize(
    "text, address",
    [
        ("She gave his address as Tigh na Mara, Tullygarley Avenue.", "Tigh na Mara"),
        ("domestic at Tan y Bryn, Tenbury Wells, CF24 3ZJ.", "Tan y Bryn"),
        ("lives at Tŷ Gwyn, Bala", "Tŷ Gwyn"),
    ],
)
def test_a_house_named_in_welsh_gaelic_or_irish_before_its_address_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


def test_a_welsh_place_name_without_a_comma_after_it_is_no_house() -> None:
    assert "Tan y" in anonymise("Tan y Bryn said hello").text


@pytest.mark.parametrize(
    "text, address",
    [
        ("evija at the old smithy, 107 bobbin mill way, baby ineta", "the old smithy"),
        ("Property: The Old Smithy, 40 Lido Walk, Willington", "The Old Smithy"),
        ("Family moved from Pen y Graig Farm, 96 Winding Wheel Close", "Pen y Graig Farm"),
    ],
)
def test_an_old_house_or_a_welsh_farm_before_its_street_is_part_of_the_address(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


def test_a_big_old_house_is_talk_not_a_house_name() -> None:
    assert "big old house" in anonymise("her big old house, 12 Elm Road").text


def test_a_cottage_named_on_its_own_is_an_address() -> None:
    text = "Alleged: Ninian Tennant (22 Jan 1987), Pear Tree Cottage; car outside"
    assert_hidden(text, text.index("Pear Tree Cottage"), len("Pear Tree Cottage"))


@pytest.mark.parametrize("text", ["went to the City Farm", "The Farm was quiet"])
def test_a_public_farm_or_the_farm_is_no_home(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, address",
    [
        ("Home address: flat 6 Cuthbert Court Supported Living, EC1V2UF", "flat 6 Cuthbert Court Supported Living"),
        ("his dads which is pitch 16, stryd y porthladd caravan park and", "pitch 16, stryd y porthladd caravan park"),
        ("mum gave static 5, sea holly cottage as address", "static 5, sea holly cottage"),
        ("we are at berth 15, fen bank road marina cos the flat flooded", "berth 15, fen bank road marina"),
        ("the practice had First Floor Maisonette, 232 Herring Market on file.",
         "First Floor Maisonette, 232 Herring Market"),
    ],
)
def test_homes_in_schemes_sites_and_marinas_and_a_floor_maisonette_are_hidden_whole(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize("text", ["room 5, then home", "went to the market 3 times"])
def test_a_room_then_talk_and_a_market_without_a_number_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, found",
    [
        ("the taxi could not find Mains of Corsindae on Tuesday", "Mains of Corsindae"),
        ("Gave address as The Old Net Store, Carnmoney Road, CF24 5ZZ;", "The Old Net Store"),
        ("Setting: Seashells Sure Start\nCollected by", "Seashells Sure Start"),
    ],
)
def test_a_farm_of_its_place_an_old_building_made_a_home_and_a_sure_start_centre_are_hidden(
        text: str, found: str) -> None:
    assert_hidden(text, text.index(found), len(found))


@pytest.mark.parametrize(
    "text, found",
    [
        ("has gone to her dads again maes y deri I told him", "maes y deri"),
        ("he lives with his nan on kilnhurst, 214 brickkiln rise her number", "kilnhurst, 214 brickkiln rise"),
        ("logged on cpoms by jusna", "jusna"),
    ],
)
def test_a_lower_case_welsh_street_a_house_name_and_who_logged_the_note_are_hidden(text: str, found: str) -> None:
    assert_hidden(text, text.index(found), len(found))


@pytest.mark.parametrize("text, kept", [("has gone to maes y deri I told him", "I told him"),
                                        ("sent by post", "sent by post"),
                                        ("went on holiday, 12 days later", "holiday, 12 days")])
def test_what_follows_a_street_a_letter_sent_by_post_and_a_holiday_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize(
    "text, found",
    [
        ("lives at 153 cnoc an t-sithein with her gran", "153 cnoc an t-sithein"),
        ("moved to Room 10, Mill Race Refuge last week", "Room 10, Mill Race Refuge"),
        ("Room 23, Willowbank Extra Care, said she fell", "Room 23, Willowbank Extra Care"),
        ("triage: KVETOSLAVA ŠČUKA, 12/03/1961, NI", "KVETOSLAVA ŠČUKA"),
    ],
)
def test_a_gaelic_hill_street_a_room_in_a_refuge_or_care_scheme_and_a_name_in_accented_capitals_are_hidden(
        text: str, found: str) -> None:
    assert_hidden(text, text.index(found), len(found))
