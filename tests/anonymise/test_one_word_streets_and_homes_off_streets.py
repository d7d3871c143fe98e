"""A house number and a one-word street after a place verb ("cuckooing at 88 ropewalk again"), and a home's name with
the street it stands off ("at The Granary, off Mill Row"): the address goes, the words round it stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden, assert_hidden_and_kept


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("EWO: knocked at no 12 hollowgate 2 times, no answer.", "no 12 hollowgate", "2 times, no answer"),
        ("PCSO: cuckooing at 88 ropewalk again. lads in and out.", "88 ropewalk", "again. lads in and out"),
        ("bail condition: not to attend 71 Cobblegate\nnext hearing in May", "71 Cobblegate", "next hearing"),
        ("housing visit: 17 Fernbeck - tenant says the damp is back", "17 Fernbeck", "tenant says the damp"),
        ("mum says they are at her mams at 4-6 tannery. fine", "4-6 tannery", "fine"),
        ("we live 301 Beckside, ring first", "301 Beckside", "ring first"),
        ("hi its the food bank on 58 wheelgate, we have a family in", "58 wheelgate", "we have a family in"),
        ("CAMERA HAS HIM AT 44B ORM ST WITH TWO LADS", "44B ORM ST", "WITH TWO LADS"),
    ],
)
def test_one_word_street_after_a_place_verb_is_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_and_kept(text, address, kept)


@pytest.mark.parametrize(
    "text",
    [
        "she was at 3 sharp. he was at 2 parties, home late",
        "the meeting is at 10 tonight. visit: 3 times now",
        "attended 2 sessions, then attended 1 occasion.",
        "they live 2 doors down. she is at 7 stone.",
        "the guest house on 3 floors, the school on 2 sites.",
    ],
)
def test_counts_and_times_after_a_place_verb_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("I was at The Granary, off Mill Row fixing the boiler", "The Granary, off Mill Row", "fixing the boiler"),
        ("she's at pinfold end, off tenter, with her nan", "pinfold end, off tenter", "with her nan"),
        ("Home Clock House (off Weaver). PCSO aware", "Clock House (off Weaver)", "PCSO aware"),
        ("cam 3, rank on sluice keeper's cottage off lock gate wy. male seen",
         "sluice keeper's cottage off lock gate wy", "male seen"),
        ("Address: Coopers Loft, off Cask Lane End, Thornby", "Coopers Loft, off Cask Lane End", "Thornby"),
        ("took her to see Weir House off Salmon Rd after school", "Weir House off Salmon Rd", "took her to see"),
    ],
)
def test_home_and_the_street_it_is_off_are_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_and_kept(text, address, kept)


@pytest.mark.parametrize(
    "text",
    [
        "he was at work off sick all week.",
        "she dropped him off at the gate.",
        "kids at the academy buying off him.",
        "at the party off her head, then went home.",
        "he ran off home again.",
    ],
)
def test_off_in_ordinary_sentences_stays(text: str) -> None:
    assert anonymise(text).text == text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["knocked at", "cuckooing at", "not to attend", "visit:"]), st.integers(1, 999),
       st.sampled_from(["hollowgate", "Ropewalk", "fernbeck", "Tannery"]), st.sampled_from([".", ",", " again", "\n"]))
def test_numbered_one_word_street_hidden_whatever_the_cue(cue: str, number: int, street: str, end: str) -> None:
    address = f"{number} {street}"
    text = f"log: {cue} {address}{end} the tenant was in"
    assert_hidden(text, text.index(address), len(address))
    assert "the tenant was in" in anonymise(text).text
