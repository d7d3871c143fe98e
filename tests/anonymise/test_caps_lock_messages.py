"""Messages typed with caps lock on are read again in lower case, where the rules for quick notes find names
by their neighbours ("HI ITS FLORINA CAN U CALL ME"); nothing the capitalised reading found is lost, and a
long caps-lock text still takes time in proportion to its length (a bounded look for a name before a birth
date: unbounded, it ran to the end of the run from each word)."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.caps_lines import people_in_caps_lines
from dialogs.anonymise.names import find_people
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("txt from mum: HI ITS FLORINA CAN U CALL ME, SHE WAS OUT ALL NIGHT", "FLORINA"),
        ("msg: HI ITS KALTRINA CAN U CALL ME BACK ABOUT THE MEETING", "KALTRINA"),
        ("SHE WAS AT HER MATES WITH CAYDEN LAST NIGHT AND NOT HOME", "CAYDEN"),
    ],
)
def test_a_name_in_a_caps_lock_message_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


def test_everyday_capitals_stay() -> None:
    text = "PLEASE CALL THE OFFICE ABOUT THE MEETING TOMORROW"
    assert anonymise(text).text == text


def test_names_found_in_lower_case_keep_the_offsets_of_the_original() -> None:
    text = "Note from dad - HI ITS FLORINA CAN U CALL ME"
    spans = people_in_caps_lines(text, find_people)
    assert any(text[sp.start : sp.end] == "FLORINA" for sp in spans)
    # Only the caps-lock stretch is read again: the note's own words are not.
    assert all(sp.start >= text.index("HI") for sp in spans)


def test_a_stretch_whose_lower_case_changes_length_is_left_alone() -> None:
    text = "İSTANBUL WAS WHERE FLORINA WENT WITH HER MUM"
    assert all(sp.end <= len(text) for sp in people_in_caps_lines(text, find_people))


def test_a_long_caps_lock_text_is_read_in_one_pass() -> None:
    # 64 KB of capitals: with the unbounded look for a name before a birth date this took minutes.
    text = "ABC DEF " * 8000 + "end"
    assert anonymise(text).text.endswith("end")
