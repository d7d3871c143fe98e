"""A lower-case initial before a lower-case name; a plate after a model's generation code or a model alone;
early years settings and after-school clubs named for what they are."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate


@pytest.mark.parametrize("text, name", [("sydney (s. mcmaster) came in", "s. mcmaster"),
                                        ("spoke to j. okonkwo re the visit", "j. okonkwo")])
def test_a_lower_case_initial_goes_with_its_name(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["plan b. then call mum", "see sec. 4 of the plan", "a. then b. then c."])
def test_a_lone_letter_with_a_dot_elsewhere_stays(text: str) -> None:
    assert anonymise(text).text == text


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
    "text, school",
    [
        ("attends Bright Stars Early Learning three days", "Bright Stars Early Learning"),
        ("goes to Little Oaks Early Years on mondays", "Little Oaks Early Years"),
        ("picked up from Kids Zone After School Club at 6", "Kids Zone After School Club"),
    ],
)
def test_early_years_settings_and_clubs_are_schools(text: str, school: str) -> None:
    r = anonymise(text)
    start = text.index(school)
    assert any(e.type is EntityType.SCHOOL and e.start <= start and e.end >= start + len(school)
               for e in r.entities), r.text


@pytest.mark.parametrize("text", ["the early years team will visit", "she goes to breakfast club",
                                  "Early Years Foundation Stage profile done"])
def test_the_stage_or_the_club_alone_is_no_school(text: str) -> None:
    assert anonymise(text).text == text


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


@pytest.mark.parametrize(
    "text, school",
    [
        ("Incident form - Little Acorns Childminding (Ofsted registered)\nChild:",
         "Little Acorns Childminding (Ofsted registered)"),
        ("School: Brickfield Academy (SEMH)\nContact", "Brickfield Academy (SEMH)"),
        ("FE referral - Larchwood Independent Prep\nStudent:", "Larchwood Independent Prep"),
    ],
)
def test_a_childminding_setting_a_prep_school_and_a_school_kind_in_brackets_are_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))


@pytest.mark.parametrize("text, kept", [("did the meal prep", "meal prep"), ("Oak Academy (see above)", "(see above)")])
def test_everyday_prep_and_a_note_in_brackets_after_a_school_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize("text, plate", [("Van: red Peugeot 208 RR 6160. Mum rang", "RR 6160"),
                                         ("they came in a red Peugeot 208 usz 904. mum is", "usz 904")])
def test_a_plate_after_a_make_and_its_model_number_is_hidden_and_the_number_stays(text: str, plate: str) -> None:
    assert_plate(text, plate)
    assert "Peugeot 208 " in anonymise(text).text


@pytest.mark.parametrize("text", ["his Fiat 500 for 2000", "BMW 320 had 150 miles"])
def test_a_model_number_and_a_price_or_mileage_are_no_plate(text: str) -> None:
    assert_no_plate(text)


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


def test_a_plate_after_a_make_model_and_body_is_hidden_and_an_estate_alone_is_no_cue() -> None:
    assert_plate("a car (silver Skoda Octavia estate, F 488 RTE) outside", "F 488 RTE")
    assert_no_plate("lives on the estate, F 488 RTE")


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


def test_the_sure_start_team_is_no_setting() -> None:
    assert anonymise("the sure start team rang").text == "the sure start team rang"


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
