"""Which floor, bell or room of a home a note writes after it, and homes told only by that.

- The floor after a comma or in brackets: "232 Blue John Way, 1st floor", "238 Alabaster Way, upstairs",
  "187 Starwort (top bell)", "28 noctule way bsmt". A visitor needs it to find the door, and hidden apart the note
  reads "[address], upstairs", which names the flat to anyone who knows the house.
- A numbered house with no street word, told by such a floor: "71 pipistrelle, upstairs", "10 Polaris, upstairs".
  A floor or a bell after a number and a word no dictionary has can only be a home; a count ("3 kids, upstairs")
  has an everyday word.
- The room after a named block, home or setting: "Dolomite House, room 5", "Kaolin Court, room 18".
- What the block is, after its name: "Basalt House Children's Home", "Jasper House Family Assessment Centre",
  "Nightjar House Night Shelter", "Alabaster Lodge Hotel", "Pleiades Apartments". A setting named with its kind
  is the child's address; found alone in capitals or with its room ("OWLET HOUSE RM 9").
Each widening is tried only at the end of an address another rule found; each finder only round its literal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening

_ADDRESS = EntityType.ADDRESS
_FLOOR_WORDS = (r"(?:ground|1st|2nd|3rd|4th|first|second|third|fourth|top|bottom|lower|upper)[ \t]+(?:floor|bell)|"
                r"upstairs|downstairs|basement|bsmt|attic")
# "ground floor flat, 14 ...": a floor with a number after starts the next flat's address.
_NOT_NEXT_FLAT = r"(?![ \t]*(?:flat|room|rm)?[ \t]*,?[ \t]*\d)"
_FLOOR_AFTER_RE = re.compile(
    rf"(?:,[ \t]*(?i:{_FLOOR_WORDS})|[ \t]+(?i:bsmt|(?:1st|2nd|3rd|4th)[ \t]+floor)"
    rf"|[ \t]*\((?i:{_FLOOR_WORDS})\))\b{_NOT_NEXT_FLAT}"
)
_FLOOR_GATE = ("upstairs", "downstairs", "basement", "bsmt", "attic", "floor", "bell")

# What a named block is: each makes "X House" the home of those placed there.
_KINDS = (r"children['’]?s[ \t]+home|(?:family[ \t]+)?assessment[ \t]+centre|night[ \t]+shelter|hotel|apartments|"
          r"hostel|foyer|refuge|b[ \t]*&[ \t]*b|assisted[ \t]+living|student[ \t]+(?:living|village)|extra[ \t]+care")
_KIND_AFTER_RE = re.compile(rf"[ \t]+(?i:{_KINDS})\b")
# "flat 10 Basalt House Children's" found by a rule that reads any capitalised word as the block's: its "Home" left.
_HOME_AFTER_RE = re.compile(r"[ \t]+(?i:home)\b")
_KIND_GATE = ("children", "assessment centre", "night shelter", "hotel", "apartments", "hostel", "foyer", "refuge",
              "b&b", "b & b", "living", "student village", "extra care")
_BLOCKS = frozenset({"house", "court", "lodge", "home", "centre", "shelter", "hostel", "foyer", "refuge", "hotel",
                     "apartments", "flats", "tower", "heights", "mansions", "b&b", "living", "village",
                     "care", "studios"})
# A courtroom is no home: "Snaresbrook Crown Court, room 3".
_COURTS = frozenset({"crown", "county", "magistrates", "magistrates'", "family", "youth", "high", "combined",
                     "civil", "coroner's", "coroners"})
_ROOM_AFTER_RE = re.compile(r",?[ \t]+(?i:room|rm|flat|flt|unit|bed|pod)[ \t]*\d{1,3}[a-z]?\b(?![.:/]\d)")
_ROOM_GATE = ("room", "rm", "flat", "flt", "unit", "bed", "pod")


def _last_word(text: str, sp: Span) -> str:
    cut = text.rfind(" ", sp.start, sp.end)
    return text[max(cut + 1, sp.start) : sp.end].lower()


_floor_after = match_end_widening(_FLOOR_AFTER_RE)


def _kind_after(text: str, sp: Span) -> Span:
    last = _last_word(text, sp)
    if last in ("children's", "children’s", "childrens"):
        m = _HOME_AFTER_RE.match(text, sp.end)
    elif last in _BLOCKS:
        m = _KIND_AFTER_RE.match(text, sp.end)
    else:
        return sp
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


def _room_after(text: str, sp: Span) -> Span:
    if _last_word(text, sp) not in _BLOCKS:
        return sp
    words = text[sp.start : sp.end].lower().split()
    if len(words) > 1 and words[-2] in _COURTS:
        return sp
    m = _ROOM_AFTER_RE.match(text, sp.end)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


# Each widening with the literals one of which the note's lower-case form must hold for it to be tried; they run
# after address_tails' own, in this order, so a block takes its kind before its room.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((*_KIND_GATE, "home"), _kind_after),
    (_ROOM_GATE, _room_after),
    (_FLOOR_GATE, _floor_after),
)

# A number and one or two words straight before a floor or a bell after a comma or in a bracket.
_NUMBERED_BEFORE_RE = re.compile(r"(?<![\w/£$€.:'’])\d{1,4}[a-z]?[ \t]+"
                                 r"(?P<w>(?:[A-Za-z][\w'’-]*[ \t]+)?[A-Za-z][\w'’-]*)(?:,[ \t]*|[ \t]*\()$")
_FLOOR_ONLY_RE = re.compile(rf"(?<![\w'’])(?i:{_FLOOR_WORDS})\b")


def numbered_by_floor(text: str) -> Iterator[Span]:
    """Each number and name no dictionary has, before a floor or a bell: the home, with its floor."""
    low = scan.lowered(text)
    if len(low) != len(text) or not any(g in low for g in _FLOOR_GATE):
        return
    words = english_words()
    for gate in _FLOOR_GATE:
        i = low.find(gate)
        while i != -1:
            floor = _FLOOR_ONLY_RE.search(text, max(0, i - 7), i + len(gate) + 7)
            m = _NUMBERED_BEFORE_RE.search(text, max(0, i - 48), floor.start()) if floor is not None else None
            if floor is not None and m is not None and floor.start() <= i:
                name = m.group("w").split()
                if all(w[0].isupper() == name[0][0].isupper() for w in name) and any(
                        w.lower() not in words for w in name):
                    tail = _FLOOR_AFTER_RE.match(text, m.end("w"))
                    yield Span(_ADDRESS, m.start(), m.end("w") if tail is None else tail.end(), P_ADDRESS)
            i = low.find(gate, i + len(gate))


# A named block with its kind or its room, none found by a street rule: "Basalt House Children's Home",
# "OWLET HOUSE RM 9". The name is capitalised (or in capitals), one or two words.
_BLOCK_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]*[ \t]+){1,2}$")
_BLOCK_TAIL_RE = re.compile(
    rf"(?:House|Court|Lodge|HOUSE|COURT|LODGE)(?:(?P<k>[ \t]+(?i:{_KINDS}))|(?=,?[ \t]+(?i:room|rm|bed|pod)[ \t]*\d))"
    r"(?:,?[ \t]+(?i:room|rm|flat|flt|unit|bed|pod)[ \t]*\d{1,3}[a-z]?\b(?![.:/]\d))?"
)
# Words of the sentence before a block's name: "Placement at", "HOME OWLET HOUSE".
_NOT_BLOCK_NAME = frozenset({"the", "a", "at", "to", "from", "in", "on", "of", "by", "home", "placement", "placed",
                             "lives", "living", "and", "with", "her", "his", "their", "our", "my", "this", "that",
                             "council", "local", "new", "old", "same", "crown", "county", "magistrates", "family",
                             "youth", "high", "combined", "found", "taken", "back", "went", "gone", "moved"})
_BLOCK_GATE = ("house", "court", "lodge")


def named_blocks(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text) or not any(g in low for g in (*_KIND_GATE, *_ROOM_GATE)):
        return
    for gate in _BLOCK_GATE:
        i = low.find(gate)
        while i != -1:
            tail = _BLOCK_TAIL_RE.match(text, i)
            name = _BLOCK_NAME_RE.search(text, max(0, i - 40), i) if tail is not None else None
            if tail is not None and name is not None:
                words = name.group().split()
                cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _NOT_BLOCK_NAME), default=0)
                if cut < len(words):
                    start = text.index(words[cut], name.start() + sum(len(w) + 1 for w in words[:cut]))
                    yield Span(_ADDRESS, start, tail.end(), P_ADDRESS)
            i = low.find(gate, i + len(gate))
