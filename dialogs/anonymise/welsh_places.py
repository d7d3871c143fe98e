"""A Welsh place named after a place word, with no number or street word: "sleeping in the bays by cae hwrdd".

Welsh names a field, a hillside or a row by its landscape word and a name ("cae hwrdd", the ram's field); the street
rules need a house number or a linking "y" first (welsh_streets). After "by", "at" or "near", one of the landscape
words no English sentence uses, then a word no English dictionary has, can only be the place. Words that are also
given names or English ("bryn", "glan", "pant", "coed") are not among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_WORDS = ("cae", "caeau", "cwm", "gerddi", "cilgant", "llwyn", "coedlan", "dolydd", "rhes", "ystad", "rhiw", "cefn",
          "waun", "gwaun", "hafod", "hendre", "llain", "tyddyn", "llannerch", "ffos", "buarth", "parc", "erw")
_PLACE_RE = re.compile(
    r"(?i:" + "|".join(_WORDS) + r")[ \t]+(?:(?i:y|yr)[ \t]+)?(?P<n>[^\W\d_][\w'’-]{2,})\b(?![ \t]+[A-Z])"
)
_CUE_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:by|at|near|outside|from|to|behind|opposite|round)[ \t]+$")


def welsh_places(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    starts = scan.word_starts(text, _WORDS) if text.isascii() else scan.literal_starts(low, _WORDS)
    for p in starts:
        if p < 3 or _CUE_BEFORE_RE.search(text, max(0, p - 10), p) is None:
            continue
        m = _PLACE_RE.match(text, p)
        if m is None:
            continue
        name = m.group("n")
        # One case throughout ("Cae Hwrdd", "cae hwrdd"), and a name, not an English word ("by cwm road").
        if name[0].isupper() != text[p].isupper() or name.lower() in english_words():
            continue
        yield Span(EntityType.ADDRESS, p, m.end(), P_ADDRESS)
