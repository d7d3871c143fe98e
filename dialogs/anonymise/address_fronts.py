"""What a note writes round a found numbered address that still belongs to it (see address_tails).

- The first number of a range of houses, "to" between: "26 to 28 Mill Court", "230 to 232 Kiln Rw". The rule that
  found the street took only the last number; hidden apart, the note reads "26 to [address]", which narrows the
  street to two doors. A range goes up by a few houses; "from 3 to 28 Elm Road" (a move) is left alone.
- The home behind or beside a numbered house, before it: "the bungalow behind 66 Mill Wynd", "the caravan next to
  12 Elm Rd". The dwelling is named by the house; hidden apart, "the bungalow behind [address]" still says which
  plot. Only dwellings that stand on another house's land (bungalow, caravan, annexe ...), so "the shop next to"
  stays.
- The flat's position, Glasgow's way, after "flat": "2 Elm Road, flat 1/2". flat_marks takes "flat 3" and ", 1/2"
  but not the two together, so "/2" was left.
Each is tried only at the edge of a found address whose note holds the literal, so none runs across the note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening, numbered

_ADDRESS = EntityType.ADDRESS

# "26 to ": a house number (a letter may follow), "to", before the found address's own number. Bounded: 4 digits.
_RANGE_BEFORE_RE = re.compile(r"(?<![\w/.:£$,-])(?P<n>\d{1,4})[a-zA-Z]?[ \t]+(?:to|TO|To)[ \t]+$")
_NUMBER_RE = re.compile(r"\d{1,4}")
# A range of doors is a few houses long; a longer gap is two places ("from 3 to 28").
_MAX_RANGE = 12


def _range_before(text: str, sp: Span) -> Span:
    own = _NUMBER_RE.match(text, sp.start)
    if own is None:
        return sp
    m = _RANGE_BEFORE_RE.search(text, max(0, sp.start - 12), sp.start)
    if m is None:
        return sp
    first, last = int(m.group("n")), int(own.group())
    if not 0 < last - first <= _MAX_RANGE:
        return sp
    before = text[max(0, m.start() - 6) : m.start()].lower().split()
    if before and before[-1] in ("from", "£", "aged", "age", "ages"):
        return sp  # "moved from 26 to 28 Elm Court": two homes, not one
    return Span(_ADDRESS, m.start(), sp.end, sp.priority)


# "the bungalow behind ": a dwelling on another house's land and where it stands, straight before the number.
_DWELLINGS = (r"bungalow|caravan|static(?:[ \t]+caravan)?|mobile[ \t]+home|annexe|annex|chalet|cabin|"
              r"granny[ \t]+flat|summerhouse|cottage|outbuilding|portakabin")
_WHERE = (r"behind|beside|next[ \t]+(?:door[ \t]+)?to|at[ \t]+the[ \t]+(?:back|rear|side)[ \t]+of|"
          r"round[ \t]+the[ \t]+back[ \t]+of|to[ \t]+the[ \t]+(?:rear|side)[ \t]+of|in[ \t]+the[ \t]+garden[ \t]+of")
_DWELLING_BEFORE_RE = re.compile(
    rf"(?<![\w'’])(?i:the[ \t]+(?:{_DWELLINGS})[ \t]+(?:{_WHERE}))[ \t]+$"
)
_DWELLING_GATE = ("behind ", "beside ", "next to ", "next door to ", "back of ", "rear of ", "side of ", "garden of ")


# Where another rule took the place word already ("behind 66 Mill Wynd"), only the dwelling is left before it.
_WHERE_FIRST_RE = re.compile(rf"(?i:{_WHERE})[ \t]+\d")
_DWELLING_ONLY_RE = re.compile(rf"(?<![\w'’])(?i:the[ \t]+(?:{_DWELLINGS}))[ \t]+$")


def _dwelling_before(text: str, sp: Span) -> Span:
    if numbered(text, sp):
        before = _DWELLING_BEFORE_RE
    elif _WHERE_FIRST_RE.match(text, sp.start, min(len(text), sp.start + 40)) is not None:
        before = _DWELLING_ONLY_RE
    else:
        return sp
    m = before.search(text, max(0, sp.start - 48), sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


# ", flat 1/2": floor and door; a date ("flat 1/2/24") or a fraction of a count ("1/2 of") is no flat.
_FLAT_POSITION_RE = re.compile(r",?[ \t]+(?i:flat|flt)[ \t]*[0-9]/[0-9]\b(?![/.:]?\d|[ \t]+(?i:of)\b)")


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's
# lower-case form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((" to ",), _range_before),
    (_DWELLING_GATE, _dwelling_before),
    (("/",), match_end_widening(_FLAT_POSITION_RE, numbered)),
)
