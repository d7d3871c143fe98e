"""The word tokens the person-name rules decide on, the name lists they consult, and the small word
sets that both the word-by-word decisions (names.py) and the passes after them (name_runs.py) share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dialogs.anonymise import name_context
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, NAMING, TITLES
from dialogs.anonymise.lexicon import (
    english_words,
    first_names,
    not_names,
    proper_nouns,
    surnames,
    vehicle_makes,
    vehicle_models,
    wide_names,
    wordlike_names,
)

CONTRACTION_RE = re.compile(r"['’](?:ve|re|ll|d|t|m)$", re.IGNORECASE)


def contraction(word: str) -> bool:
    """"I've", "they're", "Didn't": no name. Most words have no apostrophe, which `in` settles before the
    regex is tried: this runs for every word that could be a name (speed)."""
    return ("'" in word or "’" in word) and CONTRACTION_RE.search(word) is not None
# Particles inside a name: "Dafydd ap Rhys", "Niamh Ní Bhriain", "Ahmed bin Said".
PARTICLES = frozenset(
    {"ap", "ab", "van", "de", "da", "del", "della", "der", "den", "di", "du", "dos", "das", "von", "bin",
     "binti", "bint", "ibn", "al", "el", "le", "la", "ó", "ní", "nic", "mac", "ben", "ter", "ten"}
)
DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "last", "next", "every", "his", "her", "their", "our",
     "my", "your", "its", "whose", "any", "some", "no"}
)
CUE_WORDS = TITLES | ADULT_ROLES | CHILD_ROLES | NAMING
NUMBER_AFTER_RE = re.compile(r"\s*\d")


@dataclass(slots=True)
class Tok:
    start: int
    end: int  # end of the name part, before any possessive "'s"
    low: str
    cap: bool
    initial: bool
    name: bool = False


class Lexicon:
    def __init__(self) -> None:
        self.english = english_words()
        self.first = first_names()
        self.wordlike = wordlike_names()
        self.surnames = surnames()
        self.given = first_names() | wordlike_names()
        # "a silver Prius": a vehicle model is not a person, unless it is also a name ("Leon").
        self.not_names = not_names() | (vehicle_models() - self.given - surnames())
        self.proper = proper_nouns()
        self.wide = wide_names()
        self.makes = vehicle_makes()
        # Models that are also names ("Adam", "Zoe", "Leon"): a person unless their make comes first.
        self.models_named = vehicle_models() & (first_names() | wordlike_names() | surnames())
        self.towns = name_context.town_words()  # checked before the call that reads the words around (speed)
        self.given = self.first | self.wordlike
        self.namey = self.given | self.surnames
        # Dictionary words that are also names: the only lower-case dictionary words worth a look.
        self.maybe_names = (self.first | self.wordlike | self.surnames) & self.english - self.not_names


@cache
def lexicon() -> Lexicon:
    return Lexicon()



def adjacent(text: str, a: Tok, b: Tok) -> bool:
    gap = text[a.end : b.start]
    return gap == " " or (len(a.low) == 1 and gap in (". ", "."))

