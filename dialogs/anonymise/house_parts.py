"""Which part of a house, written straight after a found numbered address, and the flat or room before a named block.

- The part after a dash, as quick notes write it: "12 Tern Close - rear", "4 mill st - downstairs". Hidden apart,
  the note reads "[address] - rear", and the part still points a neighbour at one door.
- The part or dwelling in brackets: "8 Rook Lane (top flat)", "31 heron rd (basement flat)",
  "6 Wren Way (static caravan in the garden)". A caravan on the plot is the home of whoever sleeps there.
- The floor as a bare word: "50 Kite Street upstairs", "2 owl rd downstairs".
Each is tried only at the end of an address another rule found that starts with its number, so a town or a block
named alone ("Leeds - rear of the building") is not widened, and each only in notes that hold its literal.

- A flat, room or unit named by letter or number before a lower-case block or house with one name word:
  "flat c, osprey court", "room 4, plover house", "bedroom 1, curlew barn". Quick notes drop the capitals, so no
  rule that reads a block's capital knows it; the unit and the comma before it say this is an address.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening, numbered

_ADDRESS = EntityType.ADDRESS
_PART = r"rear|front|back|side|upstairs|downstairs|basement|attic|annexe?"
# "- rear" closes the address: "- rear door" is the way in (address_tails), "- rear of" is the back of something else.
_DASH_PART_RE = re.compile(rf"[ \t]+[-–][ \t]+(?i:{_PART})\b(?![ \t]*(?i:of|door|entrance|gate|garden)\b|[-'’])")
_FLAT_KIND = r"bottom|top|upper|lower|ground[ \t]+floor|first[ \t]+floor|basement|garden|back|front|rear|middle|attic"
_BRACKET_PART_RE = re.compile(
    rf"[ \t]*\((?i:(?:{_FLAT_KIND})[ \t]+flat|upstairs|downstairs|(?:upstairs|downstairs)[ \t]+flat"
    r"|(?:the[ \t]+)?(?:static[ \t]+|mobile[ \t]+)?caravan[ \t]+(?:in|at|behind|on)[ \t]+the[ \t]+"
    r"(?:yard|garden|back|drive|field|land))\)"
)
# The floor alone in brackets, as a quick note or a licence writes it: "flat 4 9 Kiln Row (top)",
# "22 Tern Close (basement)". The bracket closes straight after the floor word, so "(top of the road)" stays.
_BRACKET_FLOOR_RE = re.compile(
    r"[ \t]*\((?i:top|bottom|basement|attic|ground|(?:top|ground|first|second)[ \t]+floor)\)"
)
_UNIT_START_RE = re.compile(r"(?i:flat|flt|apt|apartment)[ \t]")


def _numbered_or_unit(text: str, sp: Span) -> bool:
    """A numbered street's address or a flat's ("flat 10 87 Kiln Row"): a named place alone is not widened."""
    return numbered(text, sp) or _UNIT_START_RE.match(text, sp.start) is not None


# A bare floor word ends the phrase: "upstairs, EH7" or "upstairs in his car"; "upstairs flat" is the next flat's.
_BARE_FLOOR_RE = re.compile(r"[ \t]+(?i:upstairs|downstairs)\b(?![ \t]+(?i:flat|neighbou?rs?)\b|[-'’])")


# Each widening with the literals one of which the note's lower-case form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((" - ", " – "), match_end_widening(_DASH_PART_RE, numbered)),
    ((" flat)", "(upstairs", "(downstairs", "caravan"), match_end_widening(_BRACKET_PART_RE, numbered)),
    (("upstairs", "downstairs"), match_end_widening(_BARE_FLOOR_RE, numbered)),
    (("(top", "(bottom)", "(basement)", "(attic)", "(ground", "(first floor)", "(second floor)"),
     match_end_widening(_BRACKET_FLOOR_RE, _numbered_or_unit)),
)

_BLOCKS = r"court|house|barn|cottage|lodge|mill|mansions|tower|heights|buildings|hall|farm|farmhouse|bungalow"
# A kind of place or a little word, not a block's name: "room 2, family court", "flat 2, the house".
_KINDS = ("the|a|an|his|her|their|my|our|your|this|that|same|new|old|main|big|safe|care|half|whole|next|own|family|"
          "crown|county|youth|magistrates|sheriff|then|and|or|so|but")
# One lower-case name word: "osprey court". Two would take "flat 2, the house" readings and sentences.
_UNIT_BLOCK_RE = re.compile(
    rf"(?<![\w'’])(?i:flat|flt|apt|room|rm|bedroom|unit)[ \t]+(?i:[a-z]|\d{{1,3}}[a-z]?)[ \t]*,[ \t]*"
    rf"(?!(?:{_KINDS})[ \t])"
    rf"[a-z][a-z'’-]{{2,}}[ \t]+(?:{_BLOCKS})\b(?![-'’])"
)
_UNIT_GATE = ("flat ", "flt ", "apt ", "room ", "rm ", "unit ")


def units_in_lower_blocks(text: str) -> Iterator[Span]:
    """Flats and rooms in lower-case named blocks: "flat c, osprey court"."""
    low = scan.lowered(text)
    if len(low) != len(text) or not any(g in low for g in _UNIT_GATE) or ", " not in text:
        return  # most notes name no unit (speed)
    # Only round each unit word: the whole pattern is not tried at every character (speed).
    for lit in _UNIT_GATE:
        i = low.find(lit)
        while i != -1:
            start = i - 3 if lit == "room " and low[max(0, i - 3) : i] == "bed" else i
            m = _UNIT_BLOCK_RE.match(text, start, min(len(text), i + 60))
            if m is not None:
                yield Span(_ADDRESS, m.start(), m.end(), P_ADDRESS)
            i = low.find(lit, i + len(lit))
