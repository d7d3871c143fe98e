"""Asides a note writes straight after a found address that still belong to it (see address_tails). Whose home it
is, "(her nan's)", stays readable by design (test_places_joined): it tells who the child is with, not where.

- The shop below the flat: "213 Mill Street, above the chippy", "9 Kirk Wynd (over the shop)". A flat over a named
  kind of shop in a named street is one door; address_tails knew the shop only after "flat N" or before the street.
- The back of a building after a dash or comma: "44 Bridge Row - back of the hall". The way in is part of the home.
- The floor alone with no dash: "102 Mill Lane upstairs". A visitor is sent to the upstairs flat of that house.
- The house number after a street that a street rule ended on "no": "STRYD Y BONT NO. 157" was found as
  "STRYD Y BONT NO", leaving the number and the full stop in the note.
Each is tried only at the end of a found address, and only when the note holds its literal, so none is run across a
note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening

_ADDRESS = EntityType.ADDRESS

# The same kinds of shop address_tails knows a flat over.
SHOPS = (r"shop|shops|chippy|chip[ \t]+shop|chicken[ \t]+shop|vape[ \t]+shop|pub|bookies|takeaway|launderette|"
          r"newsagents?|offy|off[ \t]+licence|barbers?|hairdressers?|cafe|café|bakery|butchers?|co-op|spar|"
          r"post[ \t]+office|salon|nail[ \t]+bar|kebab[ \t]+shop|pizza[ \t]+place|garage|bakers|chemist|pharmacy")
_SHOP_ASIDE_RE = re.compile(
    rf"[ \t]*\((?i:(?:flat[ \t]+)?(?:above|over)[ \t]+(?:the|a)[ \t]+(?:{SHOPS}))\)"
    rf"|,?[ \t]+(?i:(?:above|over)[ \t]+(?:the|a)[ \t]+(?:{SHOPS}))\b"
)
_SHOP_GATE = ("above the", "over the", "above a", "over a")
# "- back of the hall", ", rear of the shop": the building behind whose back the home's door is.
_BACK_OF_RE = re.compile(
    r"[ \t]*[-–,][ \t]*(?i:(?:round[ \t]+)?(?:the[ \t]+)?(?:back|rear)[ \t]+of[ \t]+the[ \t]+"
    r"(?:hall|shop|shops|church|chapel|pub|club|house|building|block|garage|yard|school))\b"
)
_BACK_OF_GATE = ("back of the", "rear of the")
# Not "12 Elm Road upstairs flat, 14 ...", where the floor starts the next flat's address.
_BARE_FLOOR_RE = re.compile(r"[ \t]+(?i:upstairs|downstairs)\b(?![ \t]+(?i:flat|room)\b[ \t]*,?[ \t]*\d)")
_BARE_FLOOR_GATE = ("upstairs", "downstairs")
_NO_AT_END_RE = re.compile(r"[ \t](?i:no)$")
_NUMBER_RE = re.compile(r"\.?[ \t]*\d{1,4}[a-zA-Z]?\b(?![.:/]\d)")


_shop_aside = match_end_widening(_SHOP_ASIDE_RE)
_back_of = match_end_widening(_BACK_OF_RE)
_bare_floor = match_end_widening(_BARE_FLOOR_RE)


def _number_after_no(text: str, sp: Span) -> Span:
    if _NO_AT_END_RE.search(text, max(sp.start, sp.end - 3), sp.end) is None:
        return sp
    m = _NUMBER_RE.match(text, sp.end)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's lower-case
# form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((" no",), _number_after_no),
    (_BARE_FLOOR_GATE, _bare_floor),
    (_BACK_OF_GATE, _back_of),
    (_SHOP_GATE, _shop_aside),
)
