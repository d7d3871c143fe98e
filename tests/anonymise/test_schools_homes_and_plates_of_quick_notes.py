"""A high or junior school named for a saint or a street with no "School" after it, two Welsh-medium
schools in one sentence, plates after a make, a model and a comma in lower case and Q plates, lower-case
houses before their street, old working buildings after a word for a home, and streets of steps in an
address's second line. Streets named "High", fractions of a model's name and landmarks stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("both at st columba's high. mum informed", "st columba's high"),
        ("kids at St Columba's High, baby at nursery", "St Columba's High"),
        ("Amy at Tanners Way High says she is scared", "Tanners Way High"),
        ("kids at Plum Close Junior, baby at home", "Plum Close Junior"),
        ("a move from Ysgol y Berllan to Ysgol Gyfun Bryn Tawe. sw agrees", "Ysgol Gyfun Bryn Tawe"),
    ],
)
def test_schools_named_for_a_saint_or_street_and_a_second_welsh_school_are_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize("text", ["lives on Oakwood High Street now", "St Mary's High Road is shut today"])
def test_a_street_named_high_is_no_school(text: str) -> None:
    assert all(e.type is not EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("has a sky blue Fiat Panda, ta 4391. CP", "ta 4391"),
        ("has a blue Dacia Duster, 8071 nd. CP", "8071 nd"),
        ("his orange Kia Soul, ka57not. Advocate", "ka57not"),
        ("uses q482 ffs when he runs", "q482 ffs"),
    ],
)
def test_lower_case_plates_after_a_make_model_and_comma_and_q_plates_are_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["Ford Ka, 122nd in the queue", "a Kia Soul, 300 miles a week",
                                  "Sleeping in his car, red Mini Cooper, reg 3752 X."])
def test_ordinals_counts_and_labels_after_a_car_are_no_plate_of_their_own(text: str) -> None:
    if "reg" in text:
        assert_plate(text, "3752 X")
    else:
        assert_no_plate(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("complainant ola ade hopkiln cottage, creamery road 07700900644", "hopkiln cottage, creamery road"),
        ("says he was at Kai's, oasthouse cottage, corn market. new trainers", "oasthouse cottage, corn market"),
        ("complaint re the old dairy, lads on bikes again", "the old dairy"),
        ("dad Tom, Knowe Farm, Granary Steps, Carluke. Dads mate", "Knowe Farm, Granary Steps"),
    ],
)
def test_lower_case_houses_old_buildings_and_steps_are_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize("text", ["a blaze at the old mill last night", "he is the old man next door"])
def test_landmarks_and_people_after_the_old_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_a_town_run_into_its_postcode_stays() -> None:
    text = "void insp 120 Heol yr Hufenfa, Holywell BB15PF - ex tenant left"
    assert "Holywell" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("amhp txt: at tŷ'r pier for steve, police on way", "tŷ'r pier"),
        ("just left carousel farm, sràid an talla, mum says", "carousel farm, sràid an talla"),
        ("lives the boathouse flat, pier approach i think", "the boathouse flat, pier approach"),
        ("went round to grandstand farm after school", "grandstand farm"),
        ("lives at hillhead farm, cobble wynd with nan", "hillhead farm, cobble wynd"),
    ],
)
def test_lower_case_farms_welsh_houses_and_houses_before_gaelic_streets_are_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    assert not anonymise(text).text.startswith("[address]")


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("his car is a silver toyota aygo 9718 ah. other kids", "9718 ah"),
        ("bikes go back to a garage w a 1006 g van outside", "1006 g"),
        ("uses his purple micra, 8637 byn", "8637 byn"),
    ],
)
def test_lower_case_plates_beside_a_model_or_a_vehicle_word_are_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["a ford focus 1600 cc engine", "weighed 1006 g today", "he ran 300 km"])
def test_engine_sizes_weights_and_distances_stay(text: str) -> None:
    assert_no_plate(text)


def test_a_lower_case_ps_after_a_street_is_a_school() -> None:
    text = "at fairground road ps, the head said"
    assert_hidden(text, text.index("fairground road ps"), len("fairground road ps"))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)
