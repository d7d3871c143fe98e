"""Plates whose last three letters spell a word, named by where the car stands or listed after another plate:
"h401 not in the visitor bay", "ms24 ere seen outside daily", "q1beh in the bays", "k831 tag and ... outside",
"vhz 7530 and ot 24 doe sit outside".

Why: the DVLA's three random letters spell a word often enough ("not", "tag", "doe"), and the standing rules
(`plate_standing`) refuse a word there, since "5 not outside" is prose. A front glued to its digits ("h401",
"ms24", "q1") is no prose, so before where a car stands its letters are the plate's whatever they spell; and a
memory tag and age already found in a list ("ot 24") take the three letters after them. Each shape keeps the
DVLA's bounds: a year letter (Q for a plate of unknown age) or an issued tag and age, letters without I or Q that
are no unit or shorthand; a room's or a cue's code ("room h401", "rm12") stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, UNITS, after_place_word
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, issued_tag
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# Where a car stands, each after a blank: anchors found by str.find in the lower-cased note.
_STANDS = (" in the bay", " in the visitor bay", " on the disabled bay", " in the disabled bay", " outside",
           " parked", " on the drive")
# A front glued to its digits, then three letters spaced or glued, then what the car is doing (a verb may come
# between: "ms24 ere seen outside"), read back from the anchor; bounded by the 24 characters searched.
_GLUED_RE = re.compile(
    r"(?<![\w/.@£$:,'’-])(?P<code>(?P<front>[a-z]{1,2})(?P<digits>\d{1,3})[ \t]?(?P<trio>[a-z]{3}))"
    r"(?:[ \t]+(?:and[ \t]+[a-z\d \t]{3,9}|seen|sat|sit|sits|is|was|still))?[ \t]*$",
    re.IGNORECASE,
)
# The year letters of prefix plates (never I, O, U or Z), and Q.
_YEARS = frozenset("abcdefghjklmnpqrstvwxy")
# After a found memory tag and age: a blank and three letters, not glued to more.
_TRIO_AFTER_RE = re.compile(r"[ \t](?P<trio>[a-z]{3})(?![\w@'’])", re.IGNORECASE)
_TAG_AGE_RE = re.compile(r"(?P<tag>[a-z]{2})[ \t](?P<age>\d{2})", re.IGNORECASE)


def _trio_ok(trio: str) -> bool:
    low = trio.lower()
    return "i" not in low and "q" not in low and low not in UNITS and low not in AFTER_NUMBER_WORDS


def _glued_ok(m: re.Match[str], text: str) -> bool:
    code, front, digits = m.group("code"), m.group("front"), m.group("digits")
    if not (code.islower() or code.isupper()) or not _trio_ok(m.group("trio")):
        return False
    if front.lower() in ID_CUES or after_place_word(text, m.start("code")):
        return False  # "rm12 was outside", "room h401 not in the bay": a cue's or a room's code
    if len(front) == 1:
        # "h401 not", "q1beh": a year letter glued to one to three digits. A word spaced after fewer than three is
        # prose about a school year or a class ("s4 was outside", "p7 are outside").
        spaced_word = m.start("trio") > m.end("digits") and m.group("trio").lower() in english_words()
        return front.lower() in _YEARS and (len(digits) == 3 or (front.lower() not in "axy" and not spaced_word))
    # "ms24 ere": a memory tag the DVLA issues, glued to its age.
    return len(digits) == 2 and issued_tag(front, digits)


def bay_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    seen: set[int] = set()
    for word in _STANDS:
        i = low.find(word)
        while i != -1:
            m = _GLUED_RE.search(text, max(0, i - 24), i)
            if m is not None and m.start() not in seen and _glued_ok(m, text):
                seen.add(m.start())
                yield Span(EntityType.VEHICLE_REG, m.start("code"), m.end("code"), P_VRN)
            i = low.find(word, i + 1)


def tags_with_letters(text: str, plates: Sequence[Span]) -> Iterator[Span]:
    """A found plate that is a memory tag and an age alone ("ot 24" of "ot 24 doe") takes the three letters after."""
    for sp in plates:
        if sp.type is not EntityType.VEHICLE_REG or sp.end - sp.start != 5:
            continue
        tag = _TAG_AGE_RE.fullmatch(text, sp.start, sp.end)
        if tag is None or not issued_tag(tag.group("tag"), tag.group("age")):
            continue
        m = _TRIO_AFTER_RE.match(text, sp.end)
        if m is not None and _trio_ok(m.group("trio")) and (
                (tag.group("tag") + m.group("trio")).islower() or (tag.group("tag") + m.group("trio")).isupper()):
            yield Span(EntityType.VEHICLE_REG, sp.start, m.end(), sp.priority)
