"""Landmarks and dwellings a note writes straight after a found address that still belong to it (see address_tails).

- A landmark in brackets: "12 Mill Lane (next to the launderette)", "4 Kiln Row (opposite the school)". It is
  written to send a visitor to the right door; hidden apart, it narrows the street to one house.
- The shop below or beside it in brackets: "flat above 9 Brook St (the chippy)". address_asides knows "(over the
  shop)"; the bare "(the chippy)" after a street says the same.
- The home at the back of the house after a dash or comma: "14 Fold Lane - the caravan at the back", "22 Elm Rd,
  the annexe round the side". A static or an annexe behind a house is where the family lives.
- A hotel chain's branch named by its street: "3 Station Road Travelodge", "room 5, the Quay Street Premier Inn".
  The street and the chain together are one building someone is placed in.
Each is tried only at the end of a found address and only when the note holds its literal, so none runs across a
note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.address_asides import SHOPS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening

_ADDRESS = EntityType.ADDRESS

# "(next to the taxi office)", "(opposite the Co-op)": a short landmark with "the" or "a", closed on the same line.
_LANDMARK_RE = re.compile(
    r"[ \t]*\((?i:next[ \t]+to|opposite|opp|behind|beside|near|by|across[ \t]+from|round[ \t]+the[ \t]+corner[ \t]+"
    r"from|facing)[ \t]+(?i:the|a)[ \t]+[^()\n]{1,30}\)"
)
_LANDMARK_GATE = ("(next to", "(opposite", "(opp ", "(behind", "(beside", "(near ", "(by the", "(by a", "(across",
                  "(round the", "(facing")
# "(the chippy)": only a kind of shop, not any word in brackets ("(the landlord)" says whose house it is).
_SHOP_RE = re.compile(rf"[ \t]*\((?i:the|a)[ \t]+(?i:{SHOPS})\)")
_SHOP_GATE = ("(the ", "(a ")
# "- the static at the back": a dwelling of its own behind or beside the house.
_DWELLING_RE = re.compile(
    r"[ \t]*[-–,][ \t]*(?i:the[ \t]+(?:static(?:[ \t]+caravan)?|caravan|mobile[ \t]+home|van|annexe|annex|chalet|"
    r"cabin|bungalow|cottage|flat|bedsit|granny[ \t]+flat|outbuilding|summerhouse|lodge|trailer)[ \t]+"
    r"(?:at|round|around|to|in)[ \t]+the[ \t]+(?:back|rear|side|front|bottom[ \t]+of[ \t]+the[ \t]+garden))\b"
)
_DWELLING_GATE = ("at the back", "at the rear", "at the side", "at the front", "round the", "around the", "to the ",
                  "in the ")
# A chain's name after its street: "Depot Road Travelodge". Only chains whose name is no everyday word.
_CHAIN_RE = re.compile(r"[ \t]+(?i:travelodge|premier[ \t]+inn|holiday[ \t]+inn(?:[ \t]+express)?|ibis(?:[ \t]+"
                       r"budget|[ \t]+styles)?|days[ \t]+inn|easyhotel)\b")
_CHAIN_GATE = ("travelodge", "premier inn", "holiday inn", "ibis", "days inn", "easyhotel")


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's
# lower-case form must hold for it to be tried. The chain comes first: "3 Mill Rd Travelodge (next to the bus
# station)" is one place.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    (_CHAIN_GATE, match_end_widening(_CHAIN_RE)),
    (_DWELLING_GATE, match_end_widening(_DWELLING_RE)),
    (_LANDMARK_GATE, match_end_widening(_LANDMARK_RE)),
    (_SHOP_GATE, match_end_widening(_SHOP_RE)),
)
