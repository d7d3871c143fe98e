"""The worker who signs a note typed in ordinary case with one word in capitals at its very end.

A hotel's night log or a duty note is often closed with the writer's name alone, in capitals, after the last
sentence: "... reported to provider, ref CRH-1234. OSWYN". In a note typed in capitals every word is so and this
says nothing; in one typed in ordinary case, a last word in capitals that no dictionary, acronym list or gazetteer
holds is the signature. Acronyms ("... sent to MASH. NFA") are in the not-names list and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.lexicon import english_words, not_names, places, record_systems
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# The note's end: a stop or a line break, then one word in capitals, then at most a stop.
_END_RE = re.compile(r"(?:[.!?]|\n)[ \t]{0,3}(?P<n>[A-ZÀ-Þ]{3,15})[ \t]{0,3}\.?[ \t\n]{0,3}\Z")
_TAIL = 30


def closing_caps_signatures(text: str) -> Iterator[Span]:
    tail_start = max(0, len(text) - _TAIL)
    tail = text[tail_start:].rstrip()
    if len(tail) < 4 or not (tail[-1].isupper() or tail[-1] == "."):
        return  # most notes end otherwise (speed)
    m = _END_RE.search(text, tail_start)
    if m is None:
        return
    lower = sum(1 for ch in text if ch.islower())
    upper = sum(1 for ch in text if ch.isupper())
    if lower < 40 or lower < 2 * upper:
        return  # a note typed in capitals, or too short to tell
    low = m.group("n").lower()
    if low in english_words() or low in not_names() or low in places() or low in record_systems():
        return
    yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
