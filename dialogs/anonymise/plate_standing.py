"""Plates named by what the car is doing straight after them: "du 2188 dropping off most nights", "A 9016 parked
across the front", "2023 XFV DROPPING HIM OFF", "fa 05 ref outside stonecroft". A resident or a youth worker types
the plate they saw and what it did; no vehicle word need stand near. Dateless shapes of one to three letters and
three or four digits, a prefix plate ("v45 czy"), and a current plate spaced out, in one case."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import (
    CAR_UNITS,
    ID_CUES,
    RANKS,
    UNITS,
    after_make,
    after_place_word,
    vehicle_word,
)
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, issued_tag
from dialogs.anonymise.plates import _LEADS_A_NUMBER
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# What a car does where it stands, each after a blank: the anchors found by str.find in the lower-cased note.
_DOINGS = (" parked", " dropping", " dropped", " outside", " pulled up", " pulling up", " picking up",
           " picked up",
           # Where a car is left standing: "v45 czy in the visitor bay", "his van wk61 meg on the drive".
           " in the visitor bay", " on the drive", " in the bay",
           # A concierge's or warden's message: "N 4068 on the disabled bay", "o 6810 on the disabled bay".
           " on the disabled bay", " in the disabled bay", " on the bay")
_CODE_RE = re.compile(
    r"(?<![\w/.@£$:,-])(?:(?P<cur>(?P<tag>[A-Za-z]{2})[ \t]?(?P<age>\d{2})[ \t](?P<back>[A-Za-z]{3}))"
    r"|(?P<pre>(?P<year>[A-HJ-NPR-Ya-hj-npr-y])(?P<gap>[ \t]?)\d{1,3}[ \t]?(?P<trio>[A-Za-z]{3}))"
    r"|(?P<l>[A-Za-z]{1,3})[ \t]?(?P<d>\d{3,4})"
    r"|(?P<d2>\d{3,4})[ \t]?(?P<l2>[A-Za-z]{2,3}))[ \t]+$"
)
# "flat 1203 outside", "about 1500 parked": words a number follows in a sentence.
_NOT_LETTERS = _LEADS_A_NUMBER | ID_CUES | UNITS | RANKS | AFTER_NUMBER_WORDS


def _one_case(code: str) -> bool:
    return code.islower() or code.isupper()


def _ok(m: re.Match[str], text: str) -> bool:
    code = m.group().rstrip()
    # "a blue bmw m135 outside the gates": straight after a make the code is the model.
    if not _one_case(code) or after_place_word(text, m.start()):
        return False
    whole = m.group("cur") is not None or m.group("pre") is not None
    # A whole current or prefix plate is no model's name even after a vehicle noun ("his van wk61 meg").
    if not whole and after_make(text, m.start()):
        return False
    if m.group("cur") is not None:
        # "fa 05 ref outside": a memory tag the DVLA issues and an age; the three letters after are drawn at
        # random (never I or Q) and may spell a word.
        back = m.group("back").lower()
        return issued_tag(m.group("tag"), m.group("age")) and "i" not in back and "q" not in back
    if m.group("pre") is not None:
        # "v45 czy": a prefix plate (1983 to 2001), its year letter, a number and three letters without I or Q.
        trio = m.group("trio").lower()
        # "v 4 ofs outside": spaced at every break, its year letter is no article and its letters no word.
        spaced = m.group("gap") != "" and (m.group("year").lower() == "a" or trio in english_words())
        return "i" not in trio and "q" not in trio and trio not in _NOT_LETTERS and not spaced
    if m.group("l") is not None:
        letters, digits = m.group("l"), m.group("d")
        low = letters.lower()
        if len(low) == 1:
            # "A 9016 parked": a capital A and four digits is a plate; a lower-case "a" is the article, "I" a word.
            return low != "i" and ((letters == "A" and len(digits) == 4) or low != "a")
        # A unit follows its number: capitals before one are a plate's ("KB 589 outside most days").
        units = UNITS if letters.islower() else frozenset()
        return (low not in _NOT_LETTERS - UNITS and low not in units and low not in english_words()
                and not vehicle_word(letters))
    letters, digits = m.group("l2"), m.group("d2")
    low = letters.lower()
    # "5964 rm", "2023 XFV": digits first; four of them before two letters, which are no unit ("1430 pm").
    if len(low) == 2 and len(digits) < 4:
        return False
    # A cue's letters lead their number ("rm 12"), so after one they are the plate's ("5964 rm").
    return (low not in _NOT_LETTERS - ID_CUES and low not in CAR_UNITS and not vehicle_word(letters)
            and (len(low) == 2 or low not in english_words()))


def standing_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    seen: set[int] = set()
    for word in _DOINGS:
        i = low.find(word)
        while i != -1:
            after = i + len(word)
            if after >= len(low) or not low[after].isalpha():
                m = _CODE_RE.search(text, max(0, i - 12), i + 1)
                if m is not None and m.start() not in seen and _ok(m, text):
                    seen.add(m.start())
                    code = m.group().rstrip()
                    yield Span(EntityType.VEHICLE_REG, m.start(), m.start() + len(code), P_VRN)
            i = low.find(word, i + 1)
