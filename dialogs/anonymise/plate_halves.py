"""Plates of which the shape rules found only one half, widened over the other half written beside it:

- a prefix-era plate ("A123 BCD") whose letter and digits a cue found ("the new minibus b919 ..."): the three
  letters after it, in the same case, are its back half ("minibus x647 pug came"). A short function word there
  ("b919 and", "x647 was") is prose, and a unit or a cue word ("b919 hrs") too.
- a current plate ("AB12 CDE") whose age and back letters were found ("26 UEN") but whose two-letter memory tag
  was refused because it also spells a unit ("Cars FT 26 UEN"): two letters in the back half's case straight
  before it are the tag, unless they are an everyday word ("at 26 UEN", "on 26 UEN").

Both only widen a plate already found, so a note without one costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, UNITS
from dialogs.anonymise.types import EntityType, Span

_VRN = EntityType.VEHICLE_REG

# The found front half of a prefix-era plate, and the back half that may follow it.
_FRONT_RE = re.compile(r"[A-Za-z]\d{1,3}")
_BACK_RE = re.compile(r"[ \t](?P<b>[A-Za-z]{3})(?![\w@'’/-])")
# The found back half of a current plate, and the memory tag that may stand before it.
_AGE_BACK_RE = re.compile(r"\d{2}[ \t]?[A-Za-z]{3}")
_TAG_RE = re.compile(r"(?<![\w@'’/.-])(?P<t>[A-Za-z]{2})[ \t]$")
# Short words that follow a car's code in prose; no plate's back half is read as one of them.
_PROSE = frozenset(
    {"and", "the", "was", "has", "had", "got", "who", "but", "for", "not", "now", "yet", "too", "all", "one",
     "two", "via", "off", "out", "are", "his", "her", "its", "she", "him", "you", "our", "per", "did",
     "can", "may", "any", "new", "old", "red", "car", "van", "bus", "cab", "ran", "sat", "led", "let",
     "saw", "put", "see", "set", "way", "day", "age", "yes", "nor", "tho", "etc", "ago", "how", "why", "use"}
)


def _same_case(a: str, b: str) -> bool:
    return (a.islower() and b.islower()) or (a.isupper() and b.isupper())


def _back_letters(text: str, sp: Span) -> Span | None:
    front = text[sp.start : sp.end]
    if not _FRONT_RE.fullmatch(front):
        return None
    m = _BACK_RE.match(text, sp.end)
    if m is None:
        return None
    back = m.group("b")
    low = back.lower()
    if not _same_case(front[0], back) or low in _PROSE or low in UNITS or low in ID_CUES:
        return None
    return Span(_VRN, sp.start, m.end("b"), sp.priority)


def _memory_tag(text: str, sp: Span) -> Span | None:
    found = text[sp.start : sp.end]
    if not _AGE_BACK_RE.fullmatch(found):
        return None
    m = _TAG_RE.search(text, max(0, sp.start - 4), sp.start)
    if m is None:
        return None
    tag = m.group("t")
    if not _same_case(tag, found[-3:]) or (tag.islower() and tag in english_words()):
        return None
    if tag.isupper() and tag.lower() in english_words() and tag.lower() not in UNITS:
        return None  # "AT 26 UEN", "ON 26 UEN": a word in a capitals line; a unit's letters are a tag's too
    return Span(_VRN, m.start("t"), sp.end, sp.priority)


def plate_halves(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """Found plates widened over their other half; the found spans are read, not changed."""
    for sp in spans:
        if sp.type is not _VRN:
            continue
        wider = _back_letters(text, sp) or _memory_tag(text, sp)
        if wider is not None:
            yield wider
