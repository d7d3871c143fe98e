"""Dateless and spaced plates named by a phrase that only a car fits, with no vehicle word near:

- the car at a taxi rank ("lad Tyres in 6201 A at the rank", "in CT 1961 at the rank");
- the car someone drove somebody in ("drove her there in r 6293");
- the car someone was dropped off by, a current plate spaced at every group ("dropped at the end of the road by
  ct 08 kxt");
- a bus's own plate, not its route ("the day care bus L 5204");
- a shelter's or a hostel's log in capitals, a sentence "NAME IN <plate>." ("TETRIS IN 3513 LDU.").

A dateless plate's shape alone is a count, a year or a time ("in 2019", "in 10 mins"), so each rule needs its
phrase, three digits or more, and letters that are no unit or shorthand; in lower case no word either.
Every rule is tried only where its literal stands (speed).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, UNITS
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS, issued_tag, random_back
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# A dateless plate: one to three letters and three or four digits, either way round, in one case.
_DATELESS = (r"(?P<code>(?P<l>[A-Za-z]{1,3})[ \t]?(?P<d>\d{3,4})|(?P<d2>\d{3,4})[ \t]?(?P<l2>[A-Za-z]{1,3}))"
             r"(?![\w@'’]|[/.:-]\d)")
# "in 6201 A at the rank": the code straight before the rank, after "in". Searched back from the anchor.
_RANK_RE = re.compile(r"(?<![\w'’-])in[ \t]+" + _DATELESS + r"[ \t]+$")
_RANKS = (" at the rank", " on the rank", " at the taxi rank", " on the taxi rank")
# "drove her there in r 6293": up to four words between the verb and "in", none ending a sentence.
_DROVE_RE = re.compile(r"(?:[ \t]+[\w'’]+){0,4}?[ \t]+in[ \t]+" + _DATELESS)
_DROVE = ("drove", "driven", "driving")
# "by ct 08 kxt": a memory tag, an age and three letters, a blank at every break, all in one case.
_BY_RE = re.compile(r"(?P<tag>[A-Za-z]{2})[ \t](?P<age>\d{2})[ \t](?P<back>[A-Za-z]{3})(?![\w@'’]|[/.:-]\d)")
# "the day care bus L 5204": a capital and four digits, or capitals and three or four digits, after "bus".
_BUS_RE = re.compile(r"[ \t]+(?P<code>[A-HJ-Z][ \t]?\d{4}|[A-Z]{2,3}[ \t]?\d{3,4}|\d{3,4}[ \t]?[A-Z]{1,3})"
                     r"(?![\w@'’]|[/.:-]\d)")
# "TETRIS IN 3513 LDU.": in a line of capitals, a code that ends its sentence after "IN".
_CAPS_IN_RE = re.compile(r"IN[ \t]+(?P<code>(?P<l>[A-Z]{1,3})[ \t]?(?P<d>\d{3,4})"
                         r"|(?P<d2>\d{3,4})[ \t]?(?P<l2>[A-Z]{1,3}))[ \t]*(?=[.;!\n]|\Z)")
# Letters that follow a year or a time in capitals: "IN 1971 AD.", "IN 2300 GMT".
_ERAS = frozenset({"ad", "bc", "bce", "ce", "gmt", "bst", "utc", "hrs", "hr"})


def _letters_ok(letters: str, digits_first: bool, strict: bool) -> bool:
    """Letters a plate may hold: no unit, cue or shorthand; in lower case (or when `strict`) no word either. A lone
    letter is any but the article and the pronoun; "6201 A" in capitals is the plate's."""
    low = letters.lower()
    if len(low) == 1:
        return low not in "iou" and (letters.isupper() or low != "a")
    if low in UNITS or low in ID_CUES or low in AFTER_NUMBER_WORDS or low in _ERAS or low in BEFORE_NUMBERS:
        return False
    # "CT 1961" in capitals before the number: an everyday word is a memory tag there, never after ("1961 ON").
    return not ((strict or letters.islower() or digits_first) and low in english_words())


def _dateless_ok(m: re.Match[str], strict: bool = False) -> bool:
    code = m.group("code")
    if not (code.islower() or code.isupper() or code.isdigit()):
        return False
    if m.group("l") is not None:
        return _letters_ok(m.group("l"), False, strict)
    return _letters_ok(m.group("l2"), True, strict)


def _span(m: re.Match[str]) -> Span:
    return Span(EntityType.VEHICLE_REG, m.start("code"), m.end("code"), P_VRN)


def _at_rank(text: str, low: str) -> Iterator[Span]:
    for rank in _RANKS:
        i = low.find(rank)
        while i != -1:
            m = _RANK_RE.search(text, max(0, i - 16), i + 1)
            if m is not None and _dateless_ok(m):
                yield _span(m)
            i = low.find(rank, i + 1)


def _driven_in(text: str, low: str) -> Iterator[Span]:
    for verb in _DROVE:
        i = low.find(verb)
        while i != -1:
            m = _DROVE_RE.match(text, i + len(verb)) if i == 0 or not low[i - 1].isalpha() else None
            if m is not None and "\n" not in m.group() and _dateless_ok(m, strict=True):
                yield _span(m)
            i = low.find(verb, i + 1)


def _dropped_by(text: str, low: str) -> Iterator[Span]:
    if "dropped" not in low and "drop" not in low:
        return
    i = low.find(" by ")
    while i != -1:
        m = _BY_RE.match(text, i + 4)
        if (m is not None and (m.group().islower() or m.group().isupper())
                and issued_tag(m.group("tag"), m.group("age")) and random_back(m.group("back"))
                and "drop" in low[max(0, i - 60) : i]):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
        i = low.find(" by ", i + 1)


def _bus_plates(text: str, low: str) -> Iterator[Span]:
    i = low.find("bus ")
    while i != -1:
        m = _BUS_RE.match(text, i + 3)
        if m is not None and (i + 3 == len(text) or not text[i + 3].isalpha()):
            letters = "".join(c for c in m.group("code") if c.isalpha())
            if len(letters) == 1 or _letters_ok(letters, m.group("code")[0].isdigit(), True):
                yield Span(EntityType.VEHICLE_REG, m.start("code"), m.end("code"), P_VRN)
        i = low.find("bus ", i + 1)


def _caps_logs(text: str) -> Iterator[Span]:
    i = text.find(" IN ")
    while i != -1:
        m = _CAPS_IN_RE.match(text, i + 1)
        # The word before "IN" is in capitals too: the whole line is shouted, as a log's is.
        before = text[max(0, i - 12) : i].split()
        if m is not None and before and before[-1].isupper() and before[-1].isalpha() and _dateless_ok(m, strict=True):
            yield _span(m)
        i = text.find(" IN ", i + 1)


def phrase_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    if "rank" in low:
        yield from _at_rank(text, low)
    if "driv" in low or "drove" in low:
        yield from _driven_in(text, low)
    yield from _dropped_by(text, low)
    if "bus " in low:
        yield from _bus_plates(text, low)
    if " IN " in text:
        yield from _caps_logs(text)
