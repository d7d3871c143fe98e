"""A whole plate named as the car someone is picked up in or turns up in is hidden though its parts alone read
otherwise: last letters like a unit ("AV 63 KMS"), a tag glued to its age ("at10 tam"), a Q or prefix plate with two
digits ("q40 abh"). A year and a need ("y 10 sen") or a time ("at 10 am") after the same cue stay."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.plate_context import UNITS
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, random_back
from dialogs.anonymise.plates import SHORT_WORDS
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "plate", "kept"),
    [
        ("says bf is 22 and picks her up in AV 63 KMS. CSE screening done.", "AV 63 KMS", "CSE screening done"),
        ("Their dad turns up in at10 tam and takes her money.", "at10 tam", "and takes her money"),
        ("Ex turned up in q40 abh and was asked to leave.", "q40 abh", "and was asked to leave"),
    ],
)
def test_the_plate_someone_is_picked_up_or_turns_up_in_is_hidden(text: str, plate: str, kept: str) -> None:
    assert_gone_and_kept(text, [plate], ["[vehicle reg]", kept])


@pytest.mark.parametrize(
    "text",
    ["picks her up in y 10 sen", "picks her up in y10 sen", "she turned up in at 10 am", "turned up in at 15 mph",
     "picks her up in AT 10 AM", "turned up in my 12 old"],
)
def test_a_year_a_time_or_a_speed_after_the_same_cue_stays(text: str) -> None:
    assert anonymise(text).text == text


@given(st.sampled_from("bcdefghjklmnprstvw"), st.integers(min_value=1, max_value=99),
       st.from_regex(r"[bdfghjkmnprstwy]{3}", fullmatch=True))
def test_any_glued_prefix_plate_turned_up_in_is_hidden(letter: str, number: int, back: str) -> None:
    # Letters that spell a word, unit or shorthand ("pkg") are left to the plate's other cues.
    assume(random_back(back) and back not in UNITS and back not in SHORT_WORDS and back not in AFTER_NUMBER_WORDS)
    plate = f"{letter}{number} {back}"
    r = anonymise(f"the ex turned up in {plate} and was asked to leave.")
    assert plate not in r.text
    assert r.text.endswith("and was asked to leave.")
