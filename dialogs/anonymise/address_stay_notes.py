"""What a note writes round a found address about the home itself, that still belongs to it (see address_tails).

- The state of the way in after the door: "2 Mill Way - side door, buzzer broken", "12 Elm Road, bell not working".
  A visitor is told it with the address; hidden apart, the note reads "[address], buzzer broken", which tells a
  neighbour which door.
- What kind of home it is, in brackets: "45 Tansy Walk (supported lodgings)", "12 Elm Road (sheltered housing)".
  address_after knew "(TA)", "(refuge)" and "(hostel)" only; the setting narrows the house down as those do.
- The unit the address belongs to, before it: "mother and baby unit, 205 Elecampane Close". A unit rule took
  "unit, 205 ..." and left "mother and baby" in the note, naming the kind of place the family was placed in.
Each is tried only at the edge of a found address, and only when the note holds its literal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening

_ADDRESS = EntityType.ADDRESS

# ", buzzer broken", ", bell not working", ", intercom doesn't work": what the door's bell does, after a comma or dash.
_BELL_NOTE_RE = re.compile(
    r"[ \t]*[,–-][ \t]*(?i:(?:the[ \t]+)?(?:buzzer|door[ \t]*bell|bell|intercom|entry[ \t]*phone)[ \t]+"
    r"(?:is[ \t]+|'s[ \t]+|’s[ \t]+)?(?:broken|bust|busted|dead|not[ \t]+working|doesn'?t[ \t]+work|"
    r"doesn’t[ \t]+work|does[ \t]+not[ \t]+work|don'?t[ \t]+work|out[ \t]+of[ \t]+order))\b"
)
_BELL_GATE = ("buzzer", "bell", "intercom", "entry")
# "(supported lodgings)", "(sheltered housing)", "(care home)": the kind of home, alone in brackets; a form cuts
# the first two to their adjective ("Flat 4 Heron Court (sheltered)").
_SETTING_BRACKET_RE = re.compile(
    r"[ \t]*\((?i:supported(?:[ \t]+(?:living|lodgings?|housing|accommodation))?|sheltered(?:[ \t]+(?:housing|"
    r"accommodation|scheme|flats?))?|extra[ \t]+care|care[ \t]+home|nursing[ \t]+home|"
    r"move[- ]on[ \t]+(?:flat|flats|accommodation)|"
    r"foyer|mother[ \t]+(?:and|&)[ \t]+baby[ \t]+unit)\)"
)
_SETTING_GATE = ("(supported", "(sheltered", "(extra", "(care", "(nursing", "(move", "(foyer", "(mother")
# "mother and baby unit, " straight before the address, or "mother and baby " before a found "unit, 205 ...".
_UNIT_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?i:(?:mother|parent|mum)[ \t]+(?:and|&|n)[ \t]+baby)(?:[ \t]+(?i:unit|placement)[ \t]*,?)?[ \t]*$"
)
_UNIT_GATE = ("and baby", "& baby", "n baby")


_bell_note = match_end_widening(_BELL_NOTE_RE)
_setting_bracket = match_end_widening(_SETTING_BRACKET_RE)


def _unit_before(text: str, sp: Span) -> Span:
    m = _UNIT_BEFORE_RE.search(text, max(0, sp.start - 32), sp.start)
    if m is None:
        return sp
    unit_in_match = m.group().rstrip(" \t,").lower().endswith(("unit", "placement"))
    # "mother and baby 12 Elm Road" names no unit: the unit word is in the match or starts the address.
    if not unit_in_match and text[sp.start : sp.start + 4].lower() != "unit":
        return sp
    return Span(_ADDRESS, m.start(), sp.end, sp.priority)


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's lower-case
# form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    (_SETTING_GATE, _setting_bracket),
    (_BELL_GATE, _bell_note),
    (_UNIT_GATE, _unit_before),
)
