"""Northern Ireland and Q plates: hidden when they are plates, left alone when they are words."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words, first_names, surnames
from dialogs.anonymise.plates import NI_CODES
from dialogs.anonymise.types import EntityType
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_VEHICLE_WORDS = ["car", "van", "reg", "registration", "plate", "vehicle", "drives", "driving", "parked"]


@pytest.mark.parametrize(
    "text, plate",
    [
        ("Dad's car ABZ 1234 was outside school at pick-up.", "ABZ 1234"),
        ("He was seen getting into OIA 656, a silver Ford, near the park.", "OIA 656"),
        ("reg is oia 656 i think", "oia 656"),
        ("the van was kxi1234 according to mum", "kxi1234"),
        ("Neighbour noted CIW 1234 at the flat three nights running.", "CIW 1234"),
        ("she drives a small blue car, plate dlz 77", "dlz 77"),
        ("parked up in FJZ 9 again last night", "FJZ 9"),
        ("an old Land Rover on Q123 ABC, parked by the shop", "Q123 ABC"),
        ("car was q12 xkr", "q12 xkr"),
    ],
)
def test_northern_ireland_and_q_plates_are_hidden(text: str, plate: str) -> None:
    r = anonymise(text)
    assert plate not in r.text
    start = text.index(plate)
    assert any(e.type is EntityType.VEHICLE_REG and e.start <= start and e.end >= start + len(plate)
               for e in r.entities), r.entities


@pytest.mark.parametrize(
    "text",
    [
        "She goes to the youth club via 12 stops on the bus.",
        "He drives a van 2 days a week for his uncle.",
        "The car cost £1234 and he paid it off in 2019.",
        "In Q1 the car was off the road for repairs.",
        "Attendance was 92% in the autumn term; 14 of 15 sessions attended.",
        "Room 12, ward 4; the oil 2000 advert was on the wall.",
        "They had a big 3 days at the fair.",
    ],
)
def test_words_and_amounts_that_share_the_shape_are_kept(text: str) -> None:
    assert anonymise(text).text == text


@st.composite
def sure_ni_plates(draw: st.DrawFn) -> str:
    """One letter, a Northern Ireland code and four digits: hidden with no vehicle word near."""
    letters = draw(st.sampled_from(_LETTERS)) + draw(st.sampled_from(sorted(NI_CODES))).upper()
    if draw(st.booleans()):
        low = letters.lower()
        if low not in english_words() and low not in first_names() and low not in surnames():
            letters = low
    digits = draw(st.integers(0, 9999).map(lambda n: f"{n:04d}"))
    return letters + draw(st.sampled_from([" ", ""])) + digits


@st.composite
def cued_plates(draw: st.DrawFn) -> tuple[str, str]:
    """(vehicle word, plate): shorter NI plates and Q plates, which need the word to be hidden."""
    if draw(st.booleans()):
        pair = draw(st.sampled_from(sorted(NI_CODES))).upper()
        plate = draw(st.sampled_from(_LETTERS)) + pair + draw(st.sampled_from([" ", ""])) + str(
            draw(st.integers(1, 999)))
    else:
        tail = "".join(draw(st.lists(st.sampled_from(_LETTERS), min_size=3, max_size=3)))
        plate = f"Q{draw(st.integers(1, 999))}{draw(st.sampled_from([' ', '']))}{tail}"
    return draw(st.sampled_from(_VEHICLE_WORDS)), plate


@_SETTINGS
@given(ids.surrounding, ids.separators, sure_ni_plates(), ids.separators, ids.surrounding)
def test_sure_ni_plates_never_survive(before: str, sep1: str, plate: str, sep2: str, after: str) -> None:
    assert_hidden(before + sep1 + plate + sep2 + after, len(before) + len(sep1), len(plate))


@_SETTINGS
@given(ids.surrounding, ids.separators, cued_plates(), ids.separators, ids.surrounding)
def test_plates_near_a_vehicle_word_never_survive(
    before: str, sep1: str, cued: tuple[str, str], sep2: str, after: str
) -> None:
    word, plate = cued
    head = before + sep1 + word + " "
    assert_hidden(head + plate + sep2 + after, len(head), len(plate))


@_SETTINGS
@given(st.sampled_from(sorted(w for w in english_words() if len(w) == 3 and w.isalpha() and w.isascii())),
       st.integers(0, 9999))
def test_an_everyday_word_and_a_number_are_no_plate_without_a_vehicle_word(word: str, number: int) -> None:
    # Other rules may still hide the number ("cad 100" is a log number); it must not be called a plate.
    text = f"She said {word} {number} times that day."
    assert all(e.type is not EntityType.VEHICLE_REG for e in anonymise(text).entities)
