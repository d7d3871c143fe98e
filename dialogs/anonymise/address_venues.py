"""Shops, venues and doors a note writes straight after a found address that still belong to it (see address_tails).

- The shop under the flat named by what it sells: "flat above 12 Mill Lane (the record shop)", "4 Kiln Row (above
  the music shop)", "9 Brook St, over the corner shop". address_asides and address_landmarks know the bare kinds
  ("(the chippy)", "(over the shop)"); with a word before "shop" the bracket still points at one door, and hidden
  apart the note reads "[address] (the record shop)", which narrows the street to one house.
- The venue a numbered studio or unit is in, after its street: "studio 6, Mill Lane arts centre", "unit 3, 8 Kiln
  Row community centre". The street and the venue are one building; the studio's number says which room.
- The way in after a comma: "121 Mill Lane, side door, M8 5XP". address_tails knows it after a dash ("- back
  door"); after a comma it is the same, when the door ends the clause ("12 Mill Lane, back door was open" is a
  sentence about the door, and stays).
Each is tried only at the end of a found address and only when the note holds its literal, so none runs across a
note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import Span
from dialogs.anonymise.widenings import match_end_widening

# The kinds of premises a flat is over, named by one or two words before them: "record shop", "old corner shop".
_PREMISES = r"shop|store|pub|cafe|café|takeaway|salon|bar|parlour"
_KIND_WORDS = r"(?:[a-z'’-]{2,15}[ \t]+){1,2}"
_KIND_SHOP_RE = re.compile(
    # "(the record shop)", "(above the music shop)": in brackets, closed straight after the premises.
    rf"[ \t]*\((?i:(?:flat[ \t]+)?(?:(?:above|over|below|under)[ \t]+)?(?:the|a)[ \t]+{_KIND_WORDS}(?:{_PREMISES}))\)"
    # ", above the music shop": without brackets only with "above" or "over", which says the flat is there.
    rf"|,?[ \t]+(?i:(?:above|over)[ \t]+(?:the|a)[ \t]+{_KIND_WORDS}(?:{_PREMISES}))\b"
)
_KIND_SHOP_GATE = (" shop", " store", " pub", " cafe", " café", " takeaway", " salon", " bar", " parlour")

# The venue after a numbered address: "studio 6, Mill Lane arts centre".
_VENUE_RE = re.compile(
    r"[ \t]+(?i:(?:arts?|community|youth|music|dance|heritage|enterprise|business|resource|family|civic|"
    r"creative|media|craft)[ \t]+(?:centre|center|hub))\b"
)
_VENUE_GATE = (" centre", " center", " hub")


def _has_number(text: str, sp: Span) -> bool:
    """Only a numbered address takes a venue: a town alone before "community centre" names the centre, not a home."""
    return any(ch.isdigit() for ch in text[sp.start : sp.end])


# ", side door" ending the clause: the door a visitor is sent to.
_DOOR_RE = re.compile(
    r",[ \t]*(?i:(?:the[ \t]+)?(?:back|side|front|rear)[ \t]+(?:door|entrance|gate))(?=[ \t]*(?:[,.;)\n]|$))"
)
_DOOR_GATE = (
    "back door",
    "side door",
    "front door",
    "rear door",
    "back entrance",
    "side entrance",
    "front entrance",
    "rear entrance",
    "back gate",
    "side gate",
    "front gate",
    "rear gate",
)


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's
# lower-case form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    (_KIND_SHOP_GATE, match_end_widening(_KIND_SHOP_RE)),
    (_VENUE_GATE, match_end_widening(_VENUE_RE, _has_number)),
    (_DOOR_GATE, match_end_widening(_DOOR_RE)),
)
