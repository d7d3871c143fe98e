"""Plates that only a phrase says are a car's: the car at a taxi rank, the car someone drove somebody in, the car
someone was dropped off by (spaced at every group), a bus's own plate, a log's "NAME IN <plate>." in capitals, and
a spaced prefix plate that stands outside. A model's number before "on the lane", a year or a count after the same
phrases stay."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, PLATE_NAMES, UNITS
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "plate", "kept"),
    [
        ("taxi marshal txt to cctv: lad Tyres in 6201 A at the rank again taking girls", "6201 A",
         "at the rank again taking girls"),
        ("taxi marshal txt: lad Trumpet in CT 1961 at the rank again taking girls", "CT 1961", "at the rank again"),
        ("says Saucer drove her there in r 6293. mum rang", "r 6293", "drove her there in"),
        ("foster carer txt - back, dropped at the end of the road by ct 08 kxt. been out", "ct 08 kxt",
         "dropped at the end of the road by"),
        ("the day care bus L 5204 cant get up the track", "L 5204", "cant get up the track"),
        ("LET TETRIS IN THE SIDE DOOR 02:00. TETRIS IN 3513 LDU. STAFF ON", "3513 LDU", "IN THE SIDE DOOR"),
        ("LET VOODOO IN THE SIDE DOOR. VOODOO IN TA 5984. STAFF ON", "TA 5984", "IN THE SIDE DOOR"),
        ("SAUCER IN BLG 4623. STAFF ON", "BLG 4623", "STAFF ON"),
        ("Rikkos sits in v 4 ofs outside most nights.", "v 4 ofs", "outside most nights"),
    ],
)
def test_a_plate_named_by_its_phrase_is_hidden(text: str, plate: str, kept: str) -> None:
    assert_gone_and_kept(text, [plate], ["[vehicle reg]", kept])


@pytest.mark.parametrize(
    "text",
    ["sits in a green 04 plate defender 110 on the lane most nights",
     "she drove in 2019 to see him", "he was driving in 1500 cc cars",
     "we waited in 10 min at the rank", "the bus at 1030 am was late", "the bus X 84 was late",
     "BORN IN 1971 AD.", "a 4 bed outside the flat", "dropped off by 2 12 pm"],
)
def test_a_model_a_year_or_a_time_after_the_same_phrase_stays(text: str) -> None:
    r = anonymise(text)
    assert "[vehicle reg]" not in r.text


@given(st.from_regex(r"[A-HJ-NPR-Z]{2,3}", fullmatch=True), st.integers(min_value=100, max_value=9999))
def test_any_dateless_plate_at_the_rank_is_hidden(letters: str, number: int) -> None:
    low = letters.lower()
    assume(low not in UNITS and low not in ID_CUES and low not in AFTER_NUMBER_WORDS and low not in BEFORE_NUMBERS
           and low not in {"ad", "bc", "bce", "ce", "gmt", "bst", "utc", "hrs", "hr"})
    assume(low not in english_words() or len(low) == 2)
    assume(low not in PLATE_NAMES)  # "VRM 100 at": a label, so the plate is what follows it
    plate = f"{letters} {number}"
    r = anonymise(f"a lad in {plate} at the rank again taking girls")
    assert plate not in r.text
    assert r.text.endswith("at the rank again taking girls")
