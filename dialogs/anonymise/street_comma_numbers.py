"""The house number written after the street, a comma and "no.": "lives kestrel road, no. 12", "at Quarry Brae,
No 7". Forms copied into notes put the number last this way; streets_then_numbers knows the number only straight
after the street, so the street and the number were both left in the note.

- A street of one to three name words ending in a street word, in any case: the street word and the "no." say it is
  an address.
- A single name word with no street word, only after a place cue ("at", "lives", "address"): "the landlord at
  KILNHOUSE, NO. 4." Without the cue a lone word before "no. 3" is too often a list or a match.
Either way the number must close its clause ("Spurs, no. 2 in the league", "Elm Road, no 3 bus" stay).
Tried only where the note's lower-case form holds ", no", so a note without it pays nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.street_then_number import _CUES, _NOT_LOWER_NAME
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
# Street words that end a street's name and are seldom anything else before ", no.": no risky words ("hill", "green")
# and no short forms, which are a saint's or a doctor's as often.
_STREET_TYPES = (sw.CORE - {"court"}) | sw.NORTHERN | sw.WATERSIDE | {"road", "row", "walk", "terrace"}
_NUMBER_RE = re.compile(r",[ \t]*(?i:no\.?|number)[ \t]*(\d{1,4}[a-zA-Z]?)\b(?![.:/,]?\d)")
# Up to three name words straight before the comma, and the word before them.
_WORDS_BEFORE_RE = re.compile(r"(?:(?<=[ \t])|^)(?P<cue>[\w'’:]+[ \t]+)?(?P<n>(?:[^\W\d_][\w'’-]*[ \t]+){0,2}"
                              r"[^\W\d_][\w'’-]*)$")
_PLACE_CUES = frozenset({"at", "lives", "living", "address", "address:", "to", "from"})
_STOP = _CUES | _NOT_LOWER_NAME | {"he", "she", "they", "it", "we", "i", "you", "and", "or", "but", "with"}


def _street_start(text: str, comma: int, end: int) -> int | None:
    m = _WORDS_BEFORE_RE.search(text, max(0, comma - 60), comma)
    if m is None:
        return None
    words = m.group("n").split()
    # The name ends at the last cue or little word before the street word: "is crown wheel road" -> "crown wheel road".
    # The street word itself may be a little word elsewhere ("way"), so only the words before it are checked.
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.lower() in _STOP), default=0)
    name = words[cut:]
    if not name:
        return None
    begin = comma - len(" ".join(name))
    if text[begin:comma] != " ".join(name):
        return None
    # The number must close the clause: "12 Elm Road, no 3 bus goes past" is a bus, and a street with its own house
    # number before it is found whole by the street rules.
    if not (end >= len(text) or text[end] in ".,;)\n\r"):
        return None
    if name[-1].lower() in _STREET_TYPES and len(name) > 1:
        # A street word alone is no street ("the road, no. 3"); the name words must share one case style.
        return begin if len({w[:1].isupper() for w in name}) == 1 else None
    if len(name) == 1 and name[0].lower() not in _STOP and len(name[0]) > 3:
        before = words[cut - 1].lower() if cut > 0 else (m.group("cue") or "").strip().lower()
        return begin if before in _PLACE_CUES else None
    return None


def street_comma_numbers(text: str) -> Iterator[Span]:
    low = text.lower()
    at = low.find(", no")
    if at < 0:
        at = low.find(",no")
        if at < 0:
            return
    while at >= 0:
        m = _NUMBER_RE.match(text, at)
        if m is not None:
            begin = _street_start(text, at, m.end())
            if begin is not None:
                yield Span(_ADDRESS, begin, m.end(), P_ADDRESS)
        at = low.find(",", at + 1)
