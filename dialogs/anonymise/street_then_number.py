"""Addresses written in an order or with words the street rules do not start from.

- The house number after the street, with no other street rule knowing the street: "Gauger's Loan 99",
  "Culvert Row 184" (found once its street is, see address_after). Forms and quick notes write it this way.
- A number and a name with no street word, then a postcode: "attended 178 Milepost cf24 5nr". The postcode
  says the words before it are an address, in whatever case either is typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_after import NUMBER_AFTER_RE
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
# Street words that end a street's name and are seldom anything else before a number: "Hill 60", "Park 2",
# "Green 3" and "Court 1" are as often a landmark, a pitch or a courtroom.
# Hence no "court", no risky words and no "brow"; of the short forms not "cres", "ct", "pl", "sq" or "terr".
# Royal Mail's "st", "dr" and "cl" after a capitalised name only: "Haematite St 100", "Basalt Dr 100", "Agate Cl 157".
_STREET_TYPES = ((sw.CORE - {"court"}) | sw.SHORT_COMMON | {"ln", "gdns", "tce", "dr", "cl"}
                 | (sw.NORTHERN - {"brow"}) | sw.WATERSIDE | {"meadows", "approach"})
# The short forms are capitalised names' only: "st 100" or "dr 5" in a lower-case note is a saint's or a doctor's.
_SHORT_TYPES = frozenset({"st", "dr", "cl"})
_NEXT_DIGIT_RE = re.compile(r"[ \t]*\d")
_NAME_BEFORE_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]*[ \t]+){1,3}$")
_CUES = frozenset({"at", "to", "from", "in", "on", "near", "off", "by", "lives", "living", "attended", "visited",
                   "address", "address:", "the", "a", "and", "of", "outside", "into", "via", "is", "was", "no", "not"})


# In a lower-case note a place cue must say the words are a street: "sleeping in the bays by gritstone way 42".
_LOWER_NAME_BEFORE_RE = re.compile(r"(?<![\w'’])(?:by|at|on|near|outside|from|to|off|opposite|behind|lives|"
                                   r"living)[ \t]+"
                                   r"(?P<n>(?:[a-z][\w'’-]*[ \t]+){1,2})$")
# What is no street's name: "on the way 2", "on his way 3", "at work road 5".
_NOT_LOWER_NAME = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that",
                             "same", "other", "wrong", "right", "long", "whole", "main", "back", "side", "one", "each",
                             "every", "no", "any", "some", "way", "work", "school", "home", "bus", "cycle", "slip",
                             "ring", "dual", "private", "country", "b", "a1", "next"})


def _lower_street_before(text: str, word_start: int) -> int | None:
    m = _LOWER_NAME_BEFORE_RE.search(text, max(0, word_start - 40), word_start)
    if m is None or any(w in _NOT_LOWER_NAME or w in _CUES for w in m.group("n").split()):
        return None
    return m.start("n")


def _street_before(text: str, start: int) -> int | None:
    """Where the street's name begins, if a capitalised name (or a lower-case one after a place cue) and a street
    word end just before `start`."""
    word_start = text.rfind(" ", max(0, start - 16), start - 1) + 1
    if word_start == 0 or text[start - 1] != " ":
        return None
    word = text[word_start : start - 1]
    if word.lower().rstrip(".") not in _STREET_TYPES:
        return None
    if word[:1].islower():
        if word.rstrip(".") in _SHORT_TYPES:
            return None
        return _lower_street_before(text, word_start) if word.islower() else None
    if not word[:1].isupper():
        return None
    m = _NAME_BEFORE_RE.search(text, max(0, word_start - 40), word_start)
    if m is None:
        return None
    words = m.group().split()
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _CUES), default=0)
    if cut == len(words):
        return None
    return text.index(words[cut], m.start() + sum(len(w) + 1 for w in words[:cut]))


def streets_then_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    """Each capitalised street straight before a house number of at most four digits."""
    for s, e in digits.runs:
        if e - s > 4 or s < 6:
            continue
        begin = _street_before(text, s)
        if begin is None:
            continue
        m = NUMBER_AFTER_RE.match(text, s - 1)
        # "NI ST 56 56 38 A": a short street word before numbers in pairs is a code's letters.
        if m is not None and text[begin:s].split()[-1].lower() in _SHORT_TYPES and _NEXT_DIGIT_RE.match(text, m.end()):
            continue
        if m is not None:
            yield Span(_ADDRESS, begin, m.end(), P_ADDRESS)


_NUMBER_NAME_RE = re.compile(r"(?<![\w/£$€.:])\d{1,4}[a-z]?[ \t]+(?P<w>(?:[A-Za-z][\w'’-]*[ \t]+){0,2}[A-Za-z][\w'’-]*)"
                             r",?[ \t]+$")
# A count before a postcode is no house: "aged 15 years LS1 ...", "2 kids B23 ...".
_COUNTS = frozenset({"years", "yrs", "year", "months", "weeks", "days", "kids", "children", "times", "hours", "mins",
                     "minutes", "am", "pm", "miles", "yo", "y/o", "people", "and", "or", "to", "at", "in", "on", "the"})


def numbers_before_postcodes(text: str, postcodes: Sequence[Span]) -> Iterator[Span]:
    for pc in postcodes:
        m = _NUMBER_NAME_RE.search(text, max(0, pc.start - 50), pc.start)
        if m is None:
            continue
        words = m.group("w").split()
        if any(w.lower() in _COUNTS for w in words) or len({w[0].isupper() for w in words}) > 1:
            continue
        yield Span(_ADDRESS, m.start(), m.end("w"), P_ADDRESS)


_GLUED_STREET_RE = re.compile(
    r"\d{1,4}[a-z]?[ \t]+(?P<n>(?:[A-Za-z][\w'’-]*[ \t]+){1,2})"
    rf"(?P<t>(?i:{sw.alternation(_STREET_TYPES)}))\b"
)


def glued_house_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    """A house number glued to its "no" before a street: "no103 tawny row", "no49 Plough Wynd". Read alone,
    "no103" looks like a reference."""
    for s, e in digits.runs:
        if e - s > 4 or s < 2 or text[s - 2 : s].lower() != "no" or (s > 2 and text[s - 3].isalnum()):
            continue
        m = _GLUED_STREET_RE.match(text, s)
        if m is None:
            continue
        words = [*m.group("n").split(), m.group("t")]
        if any(w.lower() in _CUES or w.lower() in _NOT_LOWER_NAME for w in words[:-1]):
            continue
        if m.group("t").lower() in _SHORT_TYPES and not m.group("t")[0].isupper():
            continue
        yield Span(_ADDRESS, s - 2, m.end(), P_ADDRESS)
