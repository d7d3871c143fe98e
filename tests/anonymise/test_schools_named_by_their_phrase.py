"""Schools that a phrase names though their name alone is an everyday word or a few capitals: one word before
"high" after "go to", "on roll at", "education at" or "timetable at"; initials on a roll, from the college's own
staff ("we are CRC, ring me") or after a named person's name; a saint's short form after "goes to"; a Welsh "Bro"
school signing off a note; a school's hostel. A state after the same phrases ("went to bed high"), an agency's
initials and the council's Virtual School stay."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.school_initials import NOT_SCHOOLS
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "school", "kept"),
    [
        ("Y11, on roll at Cairngorm Wynd Primary but on a 2hr timetable at galena high since Monday.", "galena high",
         "on a 2hr timetable at"),
        ("staying with a family friend so she can go to galena high. Parents are abroad", "galena high",
         "so she can go to"),
        ("at the resi, education at galena high. Needs a Care Act assessment", "galena high", "Needs a Care Act"),
        ("report for the panel: Y11, on roll at CRC but on a 2hr timetable", "CRC", "but on a 2hr timetable"),
        ("college safeguarding (sent from phone): missed 3 days. we are HFC, ring me on the mobile", "HFC",
         "ring me on the mobile"),
        ("stays at the guest house tonight. named person Nannie Porteous (PHS). his dad", "PHS", "his dad"),
        ("one said her name was Niav and she goes to st padarns. his car", "st padarns", "his car"),
        ("new girlfriend messages her on tiktok. SOSCARE 126361. Bro Llechen", "Bro Llechen", "new girlfriend"),
        ("parents told. Polaris High School Hostel duty phone has been told", "Hostel", "duty phone has been told"),
    ],
)
def test_a_school_named_by_its_phrase_is_hidden(text: str, school: str, kept: str) -> None:
    assert_gone_and_kept(text, [school], ["[school]", kept])


@pytest.mark.parametrize(
    "text",
    ["he went to bed high and woke late", "she is going to feel high after that", "they go to town high most days",
     "Present: A Leese (SW), Akvile Jaks (Virtual School). Attendance 81%",
     "on roll at CAMHS for now", "college: we are MASH, ring me", "cheers. Bro Dave",
     "he goes to st albans on the train"],
)
def test_a_state_an_agency_or_a_council_team_stays(text: str) -> None:
    assert "[school]" not in anonymise(text).text


@given(st.from_regex(r"[A-HJ-Z]{3}", fullmatch=True))
def test_any_initials_on_roll_are_hidden(init: str) -> None:
    assume(init not in NOT_SCHOOLS and init.lower() not in english_words())
    r = anonymise(f"Y10, on roll at {init} but on a reduced timetable")
    assert f" {init} " not in r.text
    assert r.text.endswith("but on a reduced timetable")
