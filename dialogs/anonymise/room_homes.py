"""A rented room in a named house, and a house named "... Flat" before its street:

- "Room 18, Garden Mill Flat", "evicted from Room 3, The Old Forge.": a room's number, then a house's name ending in
  a home's word, as a shared house or hostel is written; the room alone ("wants Room 2 so ...") stays;
- "Bakery Flat, 12 Elm Row", "GARDEN FLAT, 4 MILL LANE": a found address that opens with "Flat, <number>" takes in
  the name words before "Flat", since there "Flat" ends the house's name and is no unit's word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
# Words a house's name ends with; not a hall's or chambers' (a meeting's room: "Room 4, Town Hall").
_HOMES = (r"Flat|House|Cottage|Lodge|Bakehouse|Barn|Mill|Farm|Farmhouse|Forge|Granary|Stables|Manor|Rectory|"
          r"Vicarage|Villa|Bungalow|Annexe|Annex|Coach House|Mews|Hostel")
_NAME_WORD = r"[A-Z][a-z'’-]{1,20}"
_ROOM_RE = re.compile(
    rf"(?<![\w'’-])(?:Room|ROOM|room|Rm|RM|rm)\.?[ \t]+\d{{1,3}}[A-Za-z]?,[ \t]+"
    rf"(?:The[ \t]+)?(?:{_NAME_WORD}[ \t]+){{0,3}}(?:{_HOMES})(?![\w'’-])"
)
_TABLE = RuleTable(((_ROOM_RE, ("room", "rm"), 2, 90, True),))
# The name words before "Flat, 12": one to three capitalised words (or in capitals), nearest last.
_BEFORE_FLAT_RE = re.compile(r"(?<![\w'’-])(?:(?:[A-Z][a-z'’-]{1,20}|[A-Z]{2,20})[ \t]+){1,3}$")
_NONBLANK_RE = re.compile(r"\S+")
_FLAT_NUMBER_RE = re.compile(r"(?:Flat|FLAT),[ \t]+\d")
_NOT_NAME = frozenset({"The", "THE", "At", "AT", "From", "FROM", "Home", "HOME", "Address", "ADDRESS", "Case", "CASE",
                       "In", "IN", "To", "TO", "Of", "OF", "And", "AND", "A", "Top", "TOP", "Ground", "GROUND",
                       "First", "FIRST", "Second", "SECOND", "Basement", "BASEMENT", "Upstairs", "Downstairs"})


def room_homes(text: str) -> Iterator[Span]:
    for _, m in _TABLE.matches(text):
        yield Span(_ADDRESS, m.start(), m.end(), P_ADDRESS)


def named_flats(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """Widen a found "Flat, 12 ..." back over the house's name before it."""
    for sp in spans:
        if sp.type is not _ADDRESS or not _FLAT_NUMBER_RE.match(text, sp.start):
            continue
        m = _BEFORE_FLAT_RE.search(text, max(0, sp.start - 70), sp.start)
        if m is None:
            continue
        words = m.group().split()
        caps = text[sp.start + 1].isupper()
        while words and words[0] in _NOT_NAME:
            words.pop(0)
        if not words or any(w in _NOT_NAME for w in words) or any(w.isupper() != caps for w in words):
            continue
        offsets = [w.start() for w in _NONBLANK_RE.finditer(m.group())]
        start = m.start() + offsets[len(offsets) - len(words)]
        yield Span(_ADDRESS, start, sp.end, sp.priority)
