"""The house number written after the street and a bare comma, where the street itself was not found: "HOME TO NIMROD
CL, 123 TIL IT'S SORTED", "MEMBER: ..., PIPER'S WYND, 214, BT12 3GN", "moving in at Lôn y Bont, 127 to ...".

Records and welfare forms put the number last. The street rules found a capitalised street before its number
("Nimrod Close, 100") but not one in capitals (read as a name, or not at all), not a name with an apostrophe
("Piper's Wynd", read as a person), and not a Welsh or Gaelic street whose street word comes first (address_after
leaves ", 6" after those: "Heol y Glo Primary, 6, says" is a school and an age). Here the street and its number are
taken together when:

- the street is one to three name words and a street word, every word in one case style (all capitals or all
  capitalised), or a capitalised street-first word ("Lôn", "TERAS", "Rathad") and up to three words after it;
- the number closes the clause, runs on into the sentence, or is followed by a comma and a postcode; never a count
  ("Elm Road, 3 times", "Kiln Lane, 12 years") and never a list of numbers or an age in commas ("Jack Lane, 12, said").
Tried only at a comma followed by a number, so a note without one pays a single scan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.welsh_streets import STREET_FIRST_GATE

_ADDRESS = EntityType.ADDRESS
_WORDS = sw.CORE | sw.SHORT | sw.SHORT_RARE | sw.NORTHERN | sw.WATERSIDE | {"ave", "avenue"}
_CAPS_WORDS = "|".join(re.escape(w.upper()) for w in sorted(_WORDS, key=lambda w: (-len(w), w)))
_TITLE_WORDS = "|".join(re.escape(w.title()) for w in sorted(_WORDS, key=lambda w: (-len(w), w)))
_FIRST_WORDS = "|".join(re.escape(w) for w in sorted(STREET_FIRST_GATE, key=lambda w: (-len(w), w)))

# ", 214" and what may follow it. Not a date, time, decimal or list ("12/3", "4.5", "3, 4"), and not a count.
_NUMBER_RE = re.compile(
    r",[ \t]?(?P<n>[1-9]\d{0,3}[A-Za-z]?)(?![\w/:%£$-]|\.\d|,[ \t]*\d|[ \t]+(?i:x|am|pm|times?|years?|yrs?|yo|"
    r"y/o|weeks?|wks?|days?|months?|mins?|minutes?|hours?|hrs?|people|kids|children|miles?|mph|of|or|and|out)\b)"
)
# After a comma the number only counts when a postcode follows: "PIPER'S WYND, 214, BT12 3GN".
_COMMA_AFTER_RE = re.compile(r",[ \t]*+(?![A-Za-z]{1,2}\d)")
# The street straight before the comma, in one case style, up to three name words.
_CAPS_STREET_RE = re.compile(rf"(?<![\w'’])(?:[A-Z][A-Z'’-]*[ \t]+){{1,3}}(?:{_CAPS_WORDS})\.?$")
_TITLE_STREET_RE = re.compile(rf"(?<![\w'’])(?:[A-Z][a-z'’-]*[a-z][ \t]+){{1,3}}(?:{_TITLE_WORDS})\.?$")
_FIRST_STREET_RE = re.compile(
    rf"(?<![\w'’])(?=[A-ZÀ-Þ])(?i:{_FIRST_WORDS})[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}[A-ZÀ-Þ][\w'’-]*$"
)
# Cue and little words that end before the street's name: "HOME TO NIMROD CL" -> "NIMROD CL".
_STOP = frozenset({"the", "a", "an", "to", "at", "in", "on", "from", "of", "by", "near", "off", "home", "lives",
                   "living", "address", "and", "or", "but", "with", "is", "was", "his", "her", "their", "my", "our",
                   "back", "round", "into", "via", "same", "next", "main", "this", "that", "member", "qtr",
                   "quarter"})


def _street_start(text: str, comma: int) -> int | None:
    lo = max(0, comma - 60)
    for street_re in (_CAPS_STREET_RE, _TITLE_STREET_RE, _FIRST_STREET_RE):
        m = street_re.search(text, lo, comma)
        if m is None:
            continue
        words = m.group().split()
        first = street_re is _FIRST_STREET_RE
        # The name starts after the last little or cue word; a street-first name starts with its street word.
        cut = 0 if first else max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in _STOP), default=0)
        if not first and len(words) - cut < 2:
            return None  # a street word alone is no street: "AT THE CLOSE, 3"
        start = m.start()
        for w in words[:cut]:
            start = text.index(w, start) + len(w)
        while text[start] in " \t":
            start += 1
        return start
    return None


def comma_house_numbers(text: str) -> Iterator[Span]:
    """Streets with their house number after a comma, where neither was found."""
    for m in _NUMBER_RE.finditer(text):
        end = m.end()
        if _COMMA_AFTER_RE.match(text, end) is not None:
            continue
        start = _street_start(text, m.start())
        if start is not None:
            yield Span(_ADDRESS, start, end, P_ADDRESS)
