"""More of what a note writes straight after a found address that still belongs to it (see address_tails).

- The room: "194 COAL WHARF LANE BACK BEDROOM", "87 sallowbrook road downstairs flat". A missing child's room or
  the flat of a house is where a visitor goes, and hidden apart the note reads "[address] back bedroom".
- How to get in, in brackets: "(key safe by back door)", "(rear door, code 4411)". A bracket that starts with a
  door or key safe word is the way in, however it goes on.
- Which house, after a comma: "Junction Terrace, the end house with the caravan on the drive". The description
  finds the one home in the street as surely as its number.
- A street named with its type first: "Brae of the Locks", "Wynd of Gowrie"; the rule that found "100 Brae" ends
  at the street word.
- The house number after the street: "Culvert Row 184", "horse towpath road 131", "Hopper Ln no.225".
- The street on the next line or straight after a named house: "willowherb cottage\\nnettlebed row",
  "nurse's cottage physic brae".
- The kind of home before its number: "bung 16 selfheal house" (a bungalow in a sheltered court).
Each is tried only at the end or start of a found address, so none is run across the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.flats_after_buildings import block_before_flat
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.welsh_streets import STREET_FIRST_GATE
from dialogs.anonymise.widenings import match_end_widening

_ADDRESS = EntityType.ADDRESS

# "ground floor flat, 14 ...": a flat and a number then a word starts the next flat's address; "flat 7am" does not.
_ROOM_AFTER_RE = re.compile(
    r",?[ \t]+(?i:(?:back|front|rear|spare|box|top|bottom|upstairs|downstairs|attic|basement|middle|end|loft)"
    r"[ \t]+(?:bed[ \t]*room|bedsit|room|flat|annexe|annex|bungalow))\b(?![ \t]*,?[ \t]*\d{1,4}[a-zA-Z]?(?:[ \t,]|$))"
)
_ROOM_GATE = ("room", "flat", "bedsit", "annex", "bungalow")
# The floor alone after a dash, "141 LINCOLN LONGWOOL WAY - UPSTAIRS", or the floor's flat with none, "105 Blackface
# Row ground floor flat". With a number after, "ground floor flat, 14 ..." starts the next flat's address.
_FLOOR_TAIL_RE = re.compile(
    r"(?:[ \t]*[-–][ \t]*(?i:upstairs|downstairs|basement|attic|(?:ground|first|second|third|top)[ \t]+floor)"
    r"(?:[ \t]+(?i:flat|room))?"
    r"|,?[ \t]+(?i:(?:ground|first|second|third|top|lower[ \t]+ground)[ \t]+floor[ \t]+(?:flat|room|bedsit)))\b"
    r"(?![ \t]*,?[ \t]*\d{1,4}[a-zA-Z]?(?:[ \t,]|$))"
)
_FLOOR_TAIL_GATE = ("upstairs", "downstairs", "basement", "attic", "floor")
# What kind of stay the home is, in brackets: "230 Connemara Gardens (TA)", "12 Elm Road (temp accom)". The note
# marks the address it gives as temporary; the bracket is part of how that home is written.
_STAY_BRACKET_RE = re.compile(
    r"[ \t]*\((?:TA|T/A|EA|B&B|(?i:ta|temp|temporary|temp[ \t]+accom|temporary[ \t]+accommodation|"
    r"emergency[ \t]+accom(?:modation)?|interim|refuge|hostel|b[ \t]*&[ \t]*b|sofa[ \t]+surfing))\)"
)
_DOOR_BRACKET_RE = re.compile(
    r"[ \t]*\((?i:key[ \t]*safe|key[ \t]*box|lock[ \t]*box|key[ \t]+code|door[ \t]+code|"
    r"(?:side|back|rear|front|garden)[ \t]+(?:door|entrance|gate)|entrance|buzzer|doorbell)\b[^()\n]{0,40}\)"
)
# The house told by how it looks or stands: "the end house with the caravan on the drive", "the one with the
# trampoline". Up to four words after "with", and where it stands ("on the drive", "in the garden").
_THING = (r"(?:the|a|an)[ \t]+[\w'’-]+(?:[ \t]+(?!(?:on|in|outside|by|at|and|but|her|his|she|he|they|it|is|was|who|"
          r"where|which|that|to|for|from|with|near|next|opposite|so|then|now|again|says|said)\b)[\w'’-]+){0,2}"
          r"(?:[ \t]+(?:on|in|outside|by)[ \t]+the[ \t]+[\w'’-]+)?")
WHICH_HOUSE_RE = re.compile(
    r",?[ \t]+(?i:the[ \t]+(?:(?:end|corner|last|first|middle|detached|big|white|red|blue|green|yellow|grey|pink)"
    rf"[ \t]+(?:house|one|bungalow|cottage|terrace|flat)(?:[ \t]+(?:with|w/?)[ \t]+{_THING})?"
    rf"|(?:house|one|bungalow)[ \t]+(?:with|w/?)[ \t]+{_THING}))\b"
)
WHICH_GATE = ("the end ", "the corner ", "house with", "one with", "house w", "one w", "bungalow with", "the last ",
               "the first ", "the middle ", "the detached ")
# Street words a Scottish or northern street may start with, its name after "of": "Brae of the Locks".
_TYPE_FIRST = frozenset({"brae", "braes", "wynd", "loan", "vennel", "mains", "haugh", "knowe", "hill", "close",
                         "row", "port", "bank"})
_OF_NAME_RE = re.compile(r"[ \t]+(?i:of)[ \t]+(?:(?i:the)[ \t]+)?([A-Za-z][\w'’-]*)")
NUMBER_AFTER_RE = re.compile(
    # "Selvage Walk 3x": a count of times glued to its "x" is no house number with a letter.
    r",?[ \t]+(?i:(?:no\.?|number)[ \t]*)?\d{1,4}(?!x\b)[a-z]?\b(?![.:/]\d|[\w/%])"
    # "Elm Road 3 times", "Park Lane 2 wks ago": a count or a time after the street is no house number.
    r"(?![ \t]*(?i:x\b|am\b|pm\b|times?\b|years?\b|yrs?\b|weeks?\b|wks?\b|days?\b|months?\b|mins?\b|minutes?\b|"
    r"hours?\b|hrs?\b|o'?clock|people|kids|children|of\b|or\b|to\b|-|–|miles?\b|mph|secs?\b|seconds?\b|"
    r"nights?\b|bus\b|buses\b))"
)
# A street's last word before its number: every group but the rarest short forms ("rw", "wk").
_STREET_ENDS = (sw.CORE | sw.SHORT | (sw.SHORT_RARE - {"rw", "wk"}) | sw.RISKY | sw.NORTHERN | sw.WATERSIDE
                | sw.ESTATE | {"approach"})
_HOUSE_ENDS = frozenset({"cottage", "cottages", "house", "farm", "farmhouse", "lodge", "barn", "bungalow", "mill",
                         "croft", "manse", "rectory", "vicarage", "forge", "grange", "hall", "villa", "smithy"})
# The street after a house: never "st", "place", "square", "chare", "fold" or "garth" in this rule (kept so), but
# more of Royal Mail's short forms, as a record's capitals write them: "PANDY COTTAGE, SHUTTLE FLD".
_NEXT_STREET_WORDS = sw.alternation(
    (sw.CORE - {"place", "square"}) | (sw.SHORT - {"st"}) | sw.SHORT_RARE | sw.RISKY
    | (sw.NORTHERN - {"chare", "fold", "garth"}) | sw.MEADOWS | {"approach", "towpath"}
    | {"fld", "flds", "crt", "gr", "grn", "mws", "cft"}
)
# A street straight after a house: on the next line, after a comma, or (in a lower-case note) after a blank.
_NEXT_STREET_RE = re.compile(
    r"(?:[ \t]*,?[ \t]*\n[ \t]*|,[ \t]*|[ \t]+)(?P<s>(?:[A-Za-z][\w'’-]*[ \t]+){1,2}"
    rf"(?i:{_NEXT_STREET_WORDS}))\b"
)
_NOT_STREET_WORD = frozenset({"the", "a", "an", "on", "in", "at", "to", "from", "of", "by", "near", "off", "down", "up",
                              "and", "or", "but", "with", "his", "her", "their", "my", "our", "your", "this", "that",
                              "then", "is", "was", "round", "along", "over", "across", "behind", "towards", "past",
                              "same", "next", "main", "back", "front", "side", "one", "its"})
_UNIT_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:bung|bungalow|chalet|cabin|lodge|pitch|mooring|berth)\.?[ \t]*$")
_UNIT_GATE = ("bung", "chalet", "cabin", "lodge", "pitch", "mooring", "berth")


_room_after = match_end_widening(_ROOM_AFTER_RE)
_floor_tail = match_end_widening(_FLOOR_TAIL_RE)
_stay_bracket = match_end_widening(_STAY_BRACKET_RE)
_door_bracket = match_end_widening(_DOOR_BRACKET_RE)


def _which_house(text: str, sp: Span) -> Span:
    m = WHICH_HOUSE_RE.match(text, sp.end)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


def _last_word(text: str, sp: Span) -> str:
    cut = max(text.rfind(" ", sp.start, sp.end), text.rfind("\n", sp.start, sp.end), text.rfind("\t", sp.start, sp.end))
    return text[max(cut + 1, sp.start) : sp.end].lower().rstrip(".")


def _type_first(text: str, sp: Span) -> Span:
    if _last_word(text, sp) not in _TYPE_FIRST:
        return sp
    m = _OF_NAME_RE.match(text, sp.end)
    word = text[sp.start : sp.end].split()[-1]
    # In a capitalised address the name after "of" is capitalised too: "12 Hill of the dog" is a sentence.
    if m is None or word[0].islower() != m.group(1)[0].islower():
        return sp
    return Span(_ADDRESS, sp.start, m.end(), sp.priority)


def _number_after(text: str, sp: Span) -> Span:
    found = text[sp.start : sp.end]
    if any(ch.isdigit() for ch in found):
        return sp
    # "Maes y Calch 213": a Welsh or Gaelic street puts its street word first. Straight after it only: "at Heol y
    # Glo Primary, 6, says" is a school and an age.
    if _last_word(text, sp) not in _STREET_ENDS and (
            found.split(maxsplit=1)[0].lower() not in STREET_FIRST_GATE or text[sp.end : sp.end + 1] == ","):
        return sp
    m = NUMBER_AFTER_RE.match(text, sp.end)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


def _street_after_house(text: str, sp: Span) -> Span:
    if _last_word(text, sp) not in _HOUSE_ENDS:
        return sp
    m = _NEXT_STREET_RE.match(text, sp.end)
    if m is None:
        return sp
    street = m.group("s")
    first = street.split()[0].lower()
    # In a capitalised address the street is capitalised too; in a lower-case one it is lower-case.
    if first in _NOT_STREET_WORD or street[0].islower() != text[sp.start].islower():
        return sp
    return Span(_ADDRESS, sp.start, m.end(), sp.priority)


def _unit_before(text: str, sp: Span) -> Span:
    if not text[sp.start : sp.start + 1].isdigit():
        return sp
    m = _UNIT_BEFORE_RE.search(text, max(0, sp.start - 12), sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's lower-case
# form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((" of ",), _type_first),
    (("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), _number_after),
    (("\n", ",", " "), _street_after_house),
    (_UNIT_GATE, _unit_before),
    (_ROOM_GATE, _room_after),
    (WHICH_GATE, _which_house),
    (("(",), _door_bracket),
    (_FLOOR_TAIL_GATE, _floor_tail),
    (("(",), _stay_bracket),
    (("flat", "apartment", "apt", "unit", "room", "rm", "studio", "bedsit"), block_before_flat),
)
