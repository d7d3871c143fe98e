"""Plates written straight after a make and a model, with a blank, a comma or a bracket between: a one-letter
dateless plate in any case and spacing ("a green Mini Countryman (5362 J)", "Toyota C-HR, J 4714", "Kia Niro,
2236K", "Mercedes A-Class j 7811") and the front half of a current plate that was all a witness caught
("Ford Transit Connect pe65"). A make alone is not enough: what follows it may be the model ("BMW 118d")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import vehicle_makes, vehicle_models
from dialogs.anonymise.plates import ID_CUES, UNITS
from tests.anonymise.coverage import assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Letters a one-letter plate can carry: never A or I, which read as a word beside a number.
_LETTERS = "bcdefghjklmnopqrstuvwxyzBCDEFGHJKLMNOPQRSTUVWXYZ"
_VEHICLES = ["Mini Countryman", "Toyota C-HR", "Kia Niro", "Mercedes A-Class", "Ford Transit Connect", "Mazda CX-5",
             "Vauxhall Mokka", "Hyundai i10", "Dacia Jogger", "VW Golf"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("dropped him at the corner in the green Mini Countryman (5362 J) and drove off", "5362 J"),
        ("Bonesy drives a white Toyota C-HR, J 4714. Mum is aware.", "J 4714"),
        ("Bonesy drives a blue Kia Niro, 2236K. Mum is aware.", "2236K"),
        ("coming and going all hours, silver Mercedes A-Class j 7811 parked on the grass", "j 7811"),
        ("coming and going all hours, green Mini Countryman 9152n parked on the grass", "9152n"),
        ("coming and going all hours, dark grey Ford Transit Connect pe65 parked on the grass", "pe65"),
        ("He was seen outside her work in a yellow Renault Clio, vow690d. SPO to follow.", "vow690d"),
        ("took their daughter out in his white Citroen Berlingo, A 355 KWY, while drunk.", "A 355 KWY"),
        ("dropped off by a white Transit pickup, I got the reg jia 9758. Smelt of weed.", "jia 9758"),
    ],
)
def test_a_plate_after_a_make_and_model_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "Dad drives a black BMW 118d and works nights.",
        "She has a silver Mercedes C200 at the house.",
        "A Vauxhall Corsa, 300 m down the road, was empty.",
        "Ford Focus, yr10 boy in the back seat",
        "the Ford Transit, in 2024 bought new",
        "She has a Ford Fiesta, Sat 12 was the last time it moved.",
        "A 355 mile round trip to see her dad.",
    ],
)
def test_a_model_number_a_distance_or_a_school_year_is_no_plate(text: str) -> None:
    assert_no_plate(text)


@_SETTINGS
@given(
    st.sampled_from(_VEHICLES),
    st.sampled_from([" ", ", ", " ("]),
    st.sampled_from(_LETTERS),
    st.integers(100, 9999),
    st.booleans(),
    st.sampled_from(["", " "]),
)
def test_one_letter_plate_after_a_make_and_model(vehicle: str, sep: str, letter: str, digits: int, first: bool,
                                                 gap: str) -> None:
    # Lower case after the digits reads as a unit unless there are four of them.
    if not first and letter.islower() and digits < 1000:
        digits += 1000
    plate = f"{letter}{gap}{digits}" if first else f"{digits}{gap}{letter}"
    # "L200" is a model (Mitsubishi's pickup) as well as a plate's shape; after a make it is read as the model.
    assume(plate.lower() not in vehicle_models())
    close = ")" if sep.endswith("(") else ""
    assert_plate(f"Seen getting into a white {vehicle}{sep}{plate}{close} outside the school.", plate)


@_SETTINGS
@given(
    st.sampled_from(_VEHICLES),
    st.text("bcdefghjklmnoprstuvwxy", min_size=2, max_size=2),
    st.integers(2, 75),
    st.booleans(),
)
def test_front_half_of_a_current_plate_after_a_make_and_model(vehicle: str, letters: str, age: int,
                                                             upper: bool) -> None:
    code = f"{letters}{age:02d}"
    code = code.upper() if upper else code
    # Letters that introduce another identifier or a school year, or a unit, are read as that ("yr10", "no12").
    assume(letters not in ID_CUES and letters not in UNITS)
    # A model's own name ("xc40", Volvo's) after a car reads as another car, by design.
    assume(code.lower() not in vehicle_models() and code.lower() not in vehicle_makes())
    assert_plate(f"neighbour says a {vehicle} {code} parked on the grass most nights", code)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("last seen December 2024 getting into q396 poo outside 238 unity street", "q396 poo"),
        ("last seen 12.12.2025 getting into q790 bgx outside flat d, 164 slag lane", "q790 bgx"),
        ("She got into Q766 FOU on the corner.", "Q766 FOU"),
    ],
)
def test_a_q_plate_is_a_plate_whatever_its_letters_spell(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["In Q1 the car was off the road for repairs.", "q3 and q4 the van was off"])
def test_a_quarter_is_no_q_plate(text: str) -> None:
    assert_no_plate(text)


@_SETTINGS
@given(
    st.integers(10, 999),
    st.text("abcdefghjklmnoprstuvwxyz", min_size=3, max_size=3),
    st.booleans(),
    st.sampled_from(["getting into", "got into", "jumped into"]),
)
def test_a_q_plate_got_into_never_survives(digits: int, letters: str, upper: bool, verb: str) -> None:
    plate = f"q{digits} {letters}"
    plate = plate.upper() if upper else plate
    assert_plate(f"missing from care, last seen {verb} {plate} outside the shop", plate)


_WORDS = ["vow", "bag", "dog", "fan", "hen", "pot", "web", "cow", "tin", "jaw"]


@_SETTINGS
@given(st.sampled_from(_VEHICLES), st.sampled_from(_WORDS), st.integers(1, 999), st.sampled_from("bcdefhjkmnprsty"),
       st.booleans(), st.sampled_from([", ", " (", " "]))
def test_a_suffix_plate_spelling_a_word_after_a_make_and_model(vehicle: str, letters: str, digits: int,
                                                               year: str, upper: bool, sep: str) -> None:
    plate = f"{letters}{digits}{year}"
    plate = plate.upper() if upper else plate
    assert_plate(f"He was seen outside her work in a yellow {vehicle}{sep}{plate}. SPO to follow.", plate)


@_SETTINGS
@given(st.sampled_from(_VEHICLES), st.integers(100, 999), st.sampled_from("ejquy"))
def test_digits_and_a_letter_that_is_no_unit_after_a_car_are_a_plate(vehicle: str, number: int, letter: str) -> None:
    plate = f"{number}{letter}"
    assert_plate(f"took the kids in his blue {vehicle} ({plate}) and left", plate)


@pytest.mark.parametrize("text", ["parked the Toyota Yaris 250 g of it in the boot", "a Ford Focus 120 k miles"])
def test_digits_and_a_unit_letter_after_a_car_stay(text: str) -> None:
    assert_no_plate(text)


@given(make=st.sampled_from(sorted(m for m in vehicle_makes() if " " not in m and m.isalpha())),
       letter=st.sampled_from(_LETTERS), digits=st.integers(min_value=100, max_value=9999))
@_SETTINGS
def test_a_one_letter_plate_after_a_make_and_a_comma_is_a_plate(make: str, letter: str, digits: int) -> None:
    # "a silver Vauxhall, L 9541": after the comma the code cannot be the make's model.
    plate = f"{letter.upper()} {digits}"
    assert_plate(f"His car is a maroon {make.title()}, {plate}. He parks it outside.", plate)


@pytest.mark.parametrize("text", ["drives a pearl Lexus CT200h, no plate seen", "a grey Lexus RX450h outside"])
def test_a_model_code_straight_after_its_make_is_no_reference(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Vehicle two-tone Fiat 500, 217 HM. PP to follow up", "217 HM"),
        ("towed by a dark green Land Rover Defender 110, DS 7713. Mum rang", "DS 7713"),
        ("Vehicle black Skoda Octavia private hire, R 842. Victim informed", "R 842"),
    ],
)
def test_a_short_plate_after_a_make_its_model_and_a_comma_is_a_plate(text: str, plate: str) -> None:
    # A rank's letters ("DS") or a model's number ("500") before the comma no longer stop it.
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["OIC DC 2210 attended the scene", "Fiat 500, 172 kg of scrap in the back"])
def test_a_collar_number_and_a_weight_stay(text: str) -> None:
    assert_no_plate(text)
