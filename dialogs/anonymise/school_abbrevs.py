"""Schools written with a short kind the other school rules do not take in these places:

- a primary written "ps" after where someone waits or goes: "picks her up outside slievegallion ps", "he's at
  ballymena ps". "ps" is also a postscript and a police sergeant, so the one name word must spell no English word
  and a digit may not follow ("PS 4471" is a collar number).
- an academy cut to "acad" before a year group: "the ouse bank acad y10 group chat", "fenwick acad yr 9".
  `school_short_kinds` takes "acad" closing a heading's segment; before a year group it is a school too.
- "All Saints ...": a found school that opens with "Saints" after "All" ("All Saints C of E Junior") is the
  church-school name; the walk back that found it stops at "All", an everyday word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_SCHOOL = EntityType.SCHOOL

_PS_RE = re.compile(
    r"\b(?i:outside|at|from|to|attends|attending|near|behind|by)[ \t]+"
    r"(?P<s>(?P<n>[A-Za-z][a-z]{3,20})[ \t]+(?:ps|PS|p\.s\.))(?![\w'’-]|[ \t]*\d)"
)
_ACAD_RE = re.compile(
    r"(?<![\w'’-])(?P<s>[a-z]{2,20}(?:[ \t][a-z]{2,20}){0,2}[ \t]acad)[ \t]+(?=(?:y|yr|year)[ \t]?\d{1,2}\b)"
)
# Words that open a phrase, not a school's name, at the front of a run before "acad".
_LEAD = frozenset({"the", "a", "in", "at", "on", "to", "from", "with", "of", "and", "her", "his", "their", "our",
                   "my", "your", "for", "by", "into", "is", "was"})
_ALL_RE = re.compile(r"(?<![\w'’-])All[ \t]$")


def _ps_schools(text: str, low: str) -> Iterator[Span]:
    if " ps" not in low and " p.s." not in low:
        return
    for m in _PS_RE.finditer(text):
        if m.group("n").lower() not in english_words():
            yield Span(_SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)


def _acad_schools(text: str, low: str) -> Iterator[Span]:
    if " acad " not in low:
        return
    for m in _ACAD_RE.finditer(text):
        words = m.group("s").split()
        start = m.start("s")
        while len(words) > 1 and words[0] in _LEAD:
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) > 1:
            yield Span(_SCHOOL, start, m.end("s"), P_SCHOOL)


def school_abbrevs(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    yield from _ps_schools(text, low)
    yield from _acad_schools(text, low)


def all_saints(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """Found schools opening with "Saints" widened over the "All" before them."""
    for sp in spans:
        if sp.type is _SCHOOL and text.startswith("Saints", sp.start) and _ALL_RE.search(text, max(0, sp.start - 5),
                                                                                           sp.start):
            yield Span(_SCHOOL, sp.start - 4, sp.end, sp.priority)
