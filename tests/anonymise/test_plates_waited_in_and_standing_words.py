"""Plates named without an article as the car someone waits, sits or is seen in ("waiting in V 5464", "seen in
pok 2841"); a prefix plate's year letter A taken for the article ("drove off in a 417 kxd"); glued fronts before
where a car stands whose letters spell a word ("k207 pen in the visitor bay"); a tag and age listed before three
letters ("bx 19 hop"). Years, rooms, school years, times and counts after the same words stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.anonymise.coverage import assert_gone_and_kept, assert_hidden, assert_no_plate, assert_plate
from tests.anonymise.test_plates_typed_in_chat import _spells_nothing


@pytest.mark.parametrize(
    "text, plate",
    [
        ("Partner LEVI waiting in D 7713 outside the clinic.", "D 7713"),
        ("mum says she was seen in pok 2841 by the shops", "pok 2841"),
        ("foster carer dropped him at the gate in gx 66 bwn and left", "gx 66 bwn"),
        ("older lad waiting by the gate in AT 71 KRD again.", "AT 71 KRD"),
        ("the bloke sitting outside the bookies in 5530 hvp, asking kids", "5530 hvp"),
        ("collected by Dean Marsh in 8820 r near the station", "8820 r"),
        ("he paid and waited in H 52 RFW round the corner", "H 52 RFW"),
        ("picked up after school in k58 dvm today", "k58 dvm"),
        ("sat in RKT 613 G most of the night", "RKT 613 G"),
    ],
)
def test_a_plate_waited_or_seen_in_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


def test_the_words_round_a_plate_waited_in_stay() -> None:
    assert_gone_and_kept("Partner waiting in D 7713 outside the clinic.", ["D 7713"],
                         ["Partner waiting in", "outside the clinic."])


@pytest.mark.parametrize(
    "text",
    [
        "seen in 2019 by the GP and seen in 2021 as well",
        "waiting in rm 101 now, sat in bay 1234 all morning",
        "she was seen in yr 10 now and sat in row 101 last term",
        "picked up in 10 mins, waiting in 1500 ml cups",
        "seen in feb 2024 and seen in may 2023",
        "waiting in a 1200 queue, dropped in 1530 pm",
    ],
)
def test_years_rooms_and_times_after_in_stay(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize(
    "text, plate",
    [
        ("he drove off in a 417 kxd after curfew", "a 417 kxd"),
        ("two cars, one is yg19 vrp and another one A 652 DWF I think", "A 652 DWF"),
    ],
)
def test_a_year_letter_a_goes_with_its_plate(text: str, plate: str) -> None:
    assert_plate(text, plate)


def test_an_article_before_a_model_year_stays() -> None:
    assert_gone_and_kept("he drives a 1998 Ford and a 200 cc bike", [], ["a 1998 Ford", "a 200 cc bike"])


@pytest.mark.parametrize(
    "text, plate",
    [
        ("per the concierge k207 pen in the visitor bay again", "k207 pen"),
        ("residents say bv24 ate seen outside daily", "bv24 ate"),
        ("lads in and out, t3bun in the bays all night", "t3bun"),
        ("residents say the ys19 dkn and bx 19 hop sit outside the flats", "bx 19 hop"),
    ],
)
def test_a_plate_whose_letters_spell_a_word_where_a_car_stands_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "room h401 not in the bay today",
        "y10 was outside at break, s4 was outside for pe, p7 are outside",
        "see p12 and then outside for lunch",
    ],
)
def test_rooms_cues_and_page_numbers_before_standing_words_stay(text: str) -> None:
    assert_no_plate(text)


_RANDOM = st.text(alphabet="bcdfghjklmnprstvwxyz", min_size=3, max_size=3).filter(_spells_nothing)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters=_RANDOM, digits=st.integers(min_value=100, max_value=9999))
def test_any_dateless_plate_seen_in_is_hidden(letters: str, digits: int) -> None:
    text = f"the man was seen in {letters} {digits} near the park"
    start = text.index(letters)
    assert_hidden(text, start, len(f"{letters} {digits}"))


def test_a_school_year_and_a_need_after_in_stays() -> None:
    assert_no_plate("she was picked up in y 10 sen and sat in yr 9 now")
