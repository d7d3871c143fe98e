"""The short marks of which flat or room, written straight around a found address.

- The flat's position after the street, Glasgow's way: "125 Buckram Lane, 1/1", "153 Gabardine Ave, 3/3". The
  first floor, first door: hidden apart the note reads "[address], 1/1", which names the door to a neighbour.
- The floor in a note's short form: "160 Hodden Wynd ff", "229 Damask Park gf", "38 Spokeshave Close top flr".
- What part of the house, in brackets: "20 Flannel St (rear)", "145 Sawyers Rd (hmo) rm 1".
- The room in a shared house: "86 Wheelwrigths Way rm 3", "122 Turners Way - back bedroom".
- The floor between the flat and its house: "flat 8 (1st flr) 121 Merino Way".
- The street a named house stands off: "Chintz Cottage off Cambric Dr".
Each is tried only at the edge of an address another rule found, so none is run across the note. One finder,
streets_with_num, reads only round the literal " num".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening, numbered

_ADDRESS = EntityType.ADDRESS
# A date "1/2/24" or a fraction of a count ("3/4 of") is no flat position.
_POSITION_RE = re.compile(r",[ \t]*[0-9]/[0-9]\b(?![/.:]?\d|[ \t]+(?i:of)\b)")
_SHORT_FLOOR_RE = re.compile(
    r"[ \t]+(?:ff|gf|FF|GF|(?i:(?:top|ground|first|1st|2nd|second|bottom)[ \t]+flr))\b(?![ \t]*\d)"
)
_PART_BRACKET_RE = re.compile(
    r"[ \t]*\((?i:rear|front|back|side|hmo|annexe|annex|(?:1st|2nd|3rd|ground|first|second|top)[ \t]+fl(?:oo)?r)\)"
    r"(?:[ \t]+(?i:rm|room)[ \t]*\d{1,3}[a-z]?\b(?![.:/]\d))?"
)
_ROOM_RE = re.compile(r"[ \t]+(?i:rm|room)[ \t]*\d{1,3}[a-z]?\b(?![.:/]\d|[ \t]*(?i:am|pm)\b)")
_DASH_ROOM_RE = re.compile(
    r"[ \t]+[-–][ \t]+(?i:(?:back|front|rear|spare|box|attic|top|middle)[ \t]+(?:bed[ \t]*room|room))\b"
)
_FLOOR_BETWEEN_RE = re.compile(
    r"(?<![\w'’])(?i:flat|flt|apt|rm|room)[ \t]*\d{1,3}[a-z]?[ \t]*"
    r"\((?i:(?:\d{1,2}(?:st|nd|rd|th)|ground|first|second|third|top)[ \t]+fl(?:oo)?r|ground|basement)\)[ \t]*$"
)
# "193 ropemakers pk flat 13": the flat after its numbered house.
_FLAT_AFTER_RE = re.compile(r",?[ \t]+(?i:flat|flt|apt)[ \t]*\d{1,3}[a-z]?\b(?![.:/]\d|[ \t]*(?i:am|pm)\b)")
_HOUSE_ENDS = frozenset({"cottage", "farm", "house", "lodge", "barn", "bungalow", "mill", "croft", "farmhouse"})
# Capitalised name words then a street word: "off Cambric Dr", "off Linsey Loan". Capitalised only; no courts,
# squares, gardens, groves, mews, parades, places or walks in this rule (kept so).
_OFF_WORDS = sw.alternation(w.capitalize() for w in (
    (sw.CORE - {"court", "gardens", "grove", "mews", "parade", "place", "square", "walk"}) | sw.SHORT_COMMON
    | {"ln", "dr", "cl", "cres", "green", "loan", "wynd"}))
_OFF_STREET_RE = re.compile(
    r"[ \t]+(?:off|OFF)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}"
    rf"(?:{_OFF_WORDS})\b"
)


def _street_numbered(text: str, sp: Span) -> bool:
    # A flat's mark follows a numbered street; after a named block or town alone "ff" or "1/1" reads otherwise.
    return text[sp.start : sp.start + 1].isdigit() or text[sp.start : sp.start + 4].lower() == "flat"


_position = match_end_widening(_POSITION_RE, _street_numbered)
_short_floor = match_end_widening(_SHORT_FLOOR_RE, _street_numbered)
_flat_after = match_end_widening(_FLAT_AFTER_RE, numbered)


def _floor_between(text: str, sp: Span) -> Span:
    if not text[sp.start : sp.start + 1].isdigit():
        return sp
    m = _FLOOR_BETWEEN_RE.search(text, max(0, sp.start - 32), sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


def _off_street(text: str, sp: Span) -> Span:
    cut = text.rfind(" ", sp.start, sp.end)
    if text[max(cut + 1, sp.start) : sp.end].lower() not in _HOUSE_ENDS:
        return sp
    m = _OFF_STREET_RE.match(text, sp.end)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


# Each widening with the literals one of which the note's lower-case form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    (("flr)", "floor)", "(ground", "(basement"),
     _floor_between),
    (("(",), match_end_widening(_PART_BRACKET_RE)),
    (("/",), _position),
    ((" ff", " gf", " flr"), _short_floor),
    ((" rm", " room"), match_end_widening(_ROOM_RE)),
    ((" flat", " flt", " apt"), _flat_after),
    ((" - ", " – "), match_end_widening(_DASH_ROOM_RE)),
    ((" off ",), _off_street),
)


# The house number after the street with "num": "Ropery num 19", "THATCHERS CLOSE NUM 110". Up to four digits and
# no more after, so a phone's "num 07700 ..." is left to the phone rule.
_NUM_RE = re.compile(r"(?i:num)\.?[ \t]*\d{1,4}[a-z]?\b(?![.:/]?\d|[ \t]+\d)")
_NAME_BEFORE_RE = re.compile(r"(?<![\w'’])(?:(?P<cue>[A-Za-z]+)[ \t]+)?(?P<n>(?:[A-Za-z][\w'’-]*[ \t]+){1,2})$")
# The street word before "num": no "parade", "pl", "sq", "tce", "terr", "bank", "vale", "towpath" or the rarer
# northern words here (kept so); "park" ("pk") as well.
_STREET_TYPES = ((sw.CORE - {"parade"}) | (sw.SHORT - {"pl", "sq", "tce", "terr"}) | {"rw"}
                 | (sw.RISKY - {"bank", "vale"}) | (sw.NORTHERN - {"brow", "chare", "fold", "garth"})
                 | {"quay", "wharf"} | {"park", "pk"})
# One capitalised word is a street only after a word that brings an address: "address Ropery num 19".
_ADDRESS_CUES = frozenset({"address", "at", "of", "lives", "from", "in"})
_NOT_STREET = frozenset({"the", "a", "his", "her", "my", "your", "their", "our", "phone", "mobile", "mob", "tel",
                         "house", "room", "flat", "door", "ref", "case", "reg", "id", "pin", "account", "contact",
                         "at", "of", "to", "from", "in", "on", "address", "lives"})


def streets_with_num(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    i = low.find(" num")
    while i != -1:
        num = _NUM_RE.match(text, i + 1)
        name = _NAME_BEFORE_RE.search(text, max(0, i - 40), i + 1) if num is not None else None
        if num is not None and name is not None:
            words = name.group("n").split()
            while words and words[0].lower() in _NOT_STREET:
                words.pop(0)
            cue = name.group("cue")
            street_end = bool(words) and words[-1].lower() in _STREET_TYPES
            lone = (len(words) == 1 and words[0][0].isupper() and cue is not None and cue.lower() in _ADDRESS_CUES)
            if words and (street_end or lone) and len({w[0].isupper() for w in words}) == 1:
                yield Span(_ADDRESS, text.rindex(words[0], name.start(), i), num.end(), P_ADDRESS)
        i = low.find(" num", i + 4)
