"""Plates typed in chat with no vehicle word beside them: suffix and prefix plates spaced in lower case, a prefix
plate of two digits run together, and dateless plates after "dropped off by", "picked him up,", "always in", "also
linked" or "it's" (once the sentence has named a car), before "drops her off", "on the grass" or "outside", and alone
in brackets after a make and model. Times, ages, years, rooms, units and scores of the same shapes stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words, first_names, surnames
from dialogs.anonymise.plate_context import CAR_UNITS, ID_CUES, RANKS, UNITS, vehicle_word
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS, COLOUR_SHORTHAND
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate, typed


@pytest.mark.parametrize(
    "text, plate",
    [
        ("coach says Pacman picked him up, jxg 752 r. mum rang", "jxg 752 r"),
        ("Ywain from upstairs with them. kbe 164 m outside til 5", "kbe 164 m"),
        ("came back with a lad, dropped off by v 668 aek. shes on snap", "v 668 aek"),
        ("came back with a lad, dropped off by w232 pad. shes on snap", "w232 pad"),
        ("breakfast club say b43ohe drops her off. our ref", "b43ohe"),
        ("there's a car going up and down outside the flats it's 9924X it's my ex", "9924X"),
        ("there's a car going up and down outside the flats it's m 9925 it's my ex", "m 9925"),
        ("he lives at the lodge and he's always in 7450 v. insta", "7450 v"),
        ("group chat: 1382 bd on the grass by the garages again", "1382 bd"),
        ("group chat: ek 400 on the grass by the marina again", "ek 400"),
        ("group chat: 5141 cva on the grass by the close again", "5141 cva"),
        ("seen with an older male. also linked Z 445. deals through snap", "Z 445"),
        ("seen with an older male. also linked VDK 3002. deals through snap", "VDK 3002"),
        ("his trailer and a black Audi A3 Sportback S line (9937 c) came onto the site", "9937 c"),
        ("his trailer and a silver Honda Jazz EX (PS 5644) came onto the site", "PS 5644"),
    ],
)
def test_a_plate_typed_in_chat_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)
    assert plate not in anonymise(text).text


def test_the_words_round_a_cued_plate_stay() -> None:
    out = anonymise("group chat: ek 400 on the grass by the swings again").text
    assert out == "group chat: [vehicle reg] on the grass by the swings again"
    assert typed("dropped off by v 668 aek. shes fine") == [("VEHICLE_REG", "v 668 aek")]


@pytest.mark.parametrize(
    "text",
    [
        "it's 1382 and she is late, its 1500 as well",
        "it's 1030 am now, car outside",
        "picked him up, 1030 am. dropped off by mum at 1530",
        "he's always in 1030 am, always in room 101, still in rm 101",
        "she is still in ICU 203 and always in B204 at lunch",
        "always in 2019 uk and also linked to 12 cases",
        "1200 hrs outside the gate, 2000 ppl on the grass",
        "the lads 164 m outside, we ran 400 m on the grass",
        "scored 34/40 on the test, she is 15 and outside",
        "a Ford Focus (1600 cc), BMW (320 d), Audi A3 (2019 reg), his Kia (150 bhp)",
        "a Vauxhall Corsa (12 yrs old) and the car (2 of them)",
        "dropped off by PC 4471 and dropped off by y 10 sen",
        "the car broke down, its 300 quid; the van was there, it's 100 ft",
        "car outside, it's 150 m; the car is fine, its 1400 cc",
        "a blue bmw m135 outside the gates",
        "SHE WILL BE y 10 sen, a blk 320 d, in y10sen, x10abc",
        "room b12cde and ek outside and 1382 outside",
    ],
)
def test_ordinary_text_of_the_same_shapes_is_no_plate(text: str) -> None:
    assert_no_plate(text)


_OLD = "bcdfghjklmnprstvwxy"  # consonants only, so the three letters spell no word
_YEARS = "bcdefghjklmnprstvwxy"  # a suffix plate's year letter (A was an article, I, O, Q, U and Z none)


def _spells_nothing(letters: str) -> bool:
    return (letters not in english_words() and letters not in first_names() and letters not in surnames()
            and letters not in UNITS and letters not in CAR_UNITS and letters not in ID_CUES
            and letters not in AFTER_NUMBER_WORDS and letters not in BEFORE_NUMBERS and letters not in RANKS
            and letters not in COLOUR_SHORTHAND and not vehicle_word(letters))


@st.composite
def spaced_old_plates(draw: st.DrawFn) -> str:
    letters = "".join(draw(st.sampled_from(_OLD)) for _ in range(3))
    assume(_spells_nothing(letters))
    digits = str(draw(st.integers(100, 999)))
    year = draw(st.sampled_from(_YEARS))
    return f"{letters} {digits} {year}" if draw(st.booleans()) else f"{year} {digits} {letters}"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plate=spaced_old_plates(), lead=st.sampled_from(["picked him up,", "mum says", "seen", "x"]))
def test_a_spaced_lower_case_suffix_or_prefix_plate_is_hidden_alone(plate: str, lead: str) -> None:
    assert_plate(f"{lead} {plate} most days, mum worried", plate)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(digits=st.integers(100, 9999), letters=st.text(alphabet=_OLD, min_size=2, max_size=3),
       digits_first=st.booleans(), cue=st.sampled_from(["on the grass by the swings", "outside", "drops her off"]))
def test_a_dateless_plate_before_a_cue_is_hidden(digits: int, letters: str, digits_first: bool, cue: str) -> None:
    assume(_spells_nothing(letters) and not 1950 <= digits <= 2039)
    plate = f"{digits} {letters}" if digits_first else f"{letters} {digits}"
    # Hidden, maybe in two pieces: "fb 100" may be read as a handle's site and a plate's number.
    assert_hidden(f"residents chat: {plate} {cue} again", len("residents chat: "), len(plate))


@pytest.mark.parametrize(("text", "plate"), [("mum says b 100 nvy most days", "b 100 nvy"),
                                             ("seen in j 452 blk again", "j 452 blk")])
def test_colour_shorthand_after_the_number_is_a_prefix_plates_letters(text: str, plate: str) -> None:
    # "a blk 320 d" is a colour and a model; after a lone letter and a number the same letters end a plate.
    assert_plate(text, plate)
