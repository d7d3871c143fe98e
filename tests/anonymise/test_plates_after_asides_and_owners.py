"""Plates after a make or model with a trim, a bracketed aside or a short clause between ("vw golf r line KN 4821",
"Vivaro (grey) K552"); a plate in a bracket of its own after a vehicle ("camper (sol 318k)"); plates someone is in
with no article and no verb ("two men in HXR 287 F"); plates straight after someone's car ("her car 614 r"). Model
numbers, courses, counts, units, years and prices beside the same words stay readable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.anonymise.coverage import assert_gone_and_kept, assert_hidden, assert_no_plate, assert_plate
from tests.anonymise.test_plates_typed_in_chat import _spells_nothing


@pytest.mark.parametrize(
    "text, plate",
    [
        ("dad picked her up in a grey vw golf r line KN 4821 today", "KN 4821"),
        ("left in a blue mini cooper s kdp 47c after the session", "kdp 47c"),
        ("seen getting into a black 308 gt line on 19 bwx by the shop", "on 19 bwx"),
        ("drove off in a silver 18 plate c class rok 664. review next week", "rok 664"),
        ("Drives a Vauxhall Vivaro (grey) K552. Warrant issued.", "K552"),
        ("got into a blue kuga (tinted windows) 8412 j near the park", "8412 j"),
        ("in a red fiat panda (roof box, dent in the door) 4471s. Her mum says", "4471s"),
        ("his silver micra across the disabled bay again r 6618, warden called", "r 6618"),
        ("left his Renault Kangoo on the verge again, 5203 F. Neighbours upset", "5203 F"),
        ("turns up in a green Ford Transit camper (sol 318k) most nights", "sol 318k"),
    ],
)
def test_a_plate_after_a_trim_an_aside_or_a_clause_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


def test_the_words_round_a_plate_after_an_aside_stay() -> None:
    assert_gone_and_kept("Drives a Vauxhall Vivaro (grey) K552. Warrant issued.", ["K552"],
                         ["Drives a Vauxhall Vivaro (grey)", "Warrant issued."])


@pytest.mark.parametrize(
    "text",
    [
        "a ford focus st line 1600 cc and an audi a3 s line 2019 model",
        "drives a corsa (blue) 1998 model, costs 300 a month",
        "his Polo needs new tyres again, 4 of them",
        "the Corsa was in the garage for 2 weeks, 300 pounds",
        "Vehicle: black BMW 118d, seen again",
        "He left in a black Yamaha R125, then walked",
        "there were 30 in the a class 300 students",
        "his 3 series for 950. the a class was 500. BMW (320 d)",
    ],
)
def test_model_numbers_prices_and_counts_near_a_make_stay(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize(
    "text, plate",
    [
        ("two men in HXR 287 F knocked on her door", "HXR 287 F"),
        ("her brother is in vk63 dad most days", "vk63 dad"),
        ("a man in the pxk 372 again, mum upset", "pxk 372"),
        ("stopped at the port with a lad in 742ktv and two girls", "742ktv"),
        ("the older lad hangs round the flats in mn 57 xrd", "mn 57 xrd"),
        ("stopped: Dennis Hart (4 May 1980) in ub 6183 with two boys", "ub 6183"),
        ("COLLECTED BY HIM IN q 27 vbx", "q 27 vbx"),
    ],
)
def test_a_plate_someone_is_in_needs_no_verb(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "she enrolled in psy 101 and in bio 101 this term",
        "born in ad 1066 and results in 2024 were fine",
        "she is in cs 1010, in the top 100 pupils, in rm 101 and in lab 1010",
        "he was in yr 10 now and in ks 2 then, in mm 12 the",
        "stuck in traffic in the m62 tunnel and in the a34 again",
        "we are in wk 1234 and she lived in the uk 1990",
    ],
)
def test_courses_years_rooms_and_roads_after_in_stay(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize(
    "text, plate",
    [
        ("worried about his car 614 r. he lives nearby", "614 r"),
        ("HER CAR k52 bog. PARCELS LEFT", "k52 bog"),
        ("her boyfriend sat in the car 6204 A. She came out later", "6204 A"),
        ("mum's van pds 17b was outside", "pds 17b"),
    ],
)
def test_a_plate_straight_after_someones_car_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


def test_the_words_round_an_owned_cars_plate_stay() -> None:
    assert_gone_and_kept("worried about his car 614 r. he lives nearby", ["614 r"],
                         ["worried about his car", "he lives nearby"])


@pytest.mark.parametrize(
    "text",
    [
        "in the car 2 hours, her car in 2019",
        "the car 1500 cc engine and his car 300 a month",
        "she got in the car 1230 am and his car 100 m away",
    ],
)
def test_times_counts_and_units_after_a_car_stay(text: str) -> None:
    assert_no_plate(text)


_RANDOM = st.text(alphabet="bcdfghjklmnprstvwxyz", min_size=3, max_size=3).filter(_spells_nothing)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=st.integers(min_value=100, max_value=999), letter=st.sampled_from("bcdefjnrtvwy"))
def test_any_dateless_plate_after_his_car_is_hidden(digits: int, letter: str) -> None:
    text = f"she was scared of his car {digits} {letter}. he lives nearby"
    start = text.index(str(digits))
    assert_hidden(text, start, len(f"{digits} {letter}"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters=_RANDOM, digits=st.integers(min_value=100, max_value=999), year=st.sampled_from("BCDFHJKLMNPRSTVWXY"))
def test_any_suffix_plate_someone_is_in_is_hidden(letters: str, digits: int, year: str) -> None:
    code = f"{letters.upper()} {digits} {year}"
    text = f"two men in {code} came round again"
    assert_hidden(text, text.index(code), len(code))
