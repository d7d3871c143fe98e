"""How a note tells the one house in a street, written straight after a found address (see address_tails).

- What the house looks like, in brackets: "12 Elm Road (end terrace, blue door)", "7 Mill Lane (semi-detached)",
  "3 Kiln Row (green door)". A visitor or a neighbour finds the door by it as surely as by the number, and hidden
  apart the note reads "[address] (end terrace, blue door)". A bracket that starts with a kind of house or a door's
  colour is the house's description, however it goes on.
- The annexe or granny flat of the house after a dash, a comma or in brackets: "12 Elm Road - the annexe",
  "7 Mill Lane (granny flat)". It is the door to knock on.
- Where the way in is kept, after a dash or in brackets: "12 Elm Road - key safe by the side gate", "7 Mill Lane
  (meter cupboard outside)"; after a dash only when the key safe is placed ("by", "behind", "left of"). Carers
  and repairs write it to find and open that one door; it runs to the bracket's end, or after a dash to the next
  comma, full stop or line's end, at most 40 characters.
Whose home it is, "(her nan's)", stays readable (see address_asides). Each is tried only at the end of a found
address, and only when the note holds its literal, so none is run across a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import Span
from dialogs.anonymise.widenings import match_end_widening

_COLOURS = r"red|blue|green|black|white|yellow|grey|gray|brown|purple|pink|orange|navy|cream"
# The bracket's first words say it describes the house; the rest runs to the bracket's end, at most 40 characters.
_LOOKS_BRACKET_RE = re.compile(
    r"[ \t]*\((?i:(?:end|mid|middle|corner)[ \t-]*(?:of[ \t-]*)?terrace[d]?|terraced|(?:semi[ \t-]*)?detached|semi"
    rf"|(?:{_COLOURS})[ \t]+(?:front[ \t]+|back[ \t]+)?(?:door|gate))\b[^()\n]{{0,40}}\)"
)
_LOOKS_GATE = ("terrace", "detached", "semi", " door", " gate")
_ANNEXE = r"(?:the[ \t]+)?(?:annexe|annex|granny[ \t]+flat|garden[ \t]+flat)"
_ANNEXE_RE = re.compile(rf"[ \t]*[-–,][ \t]*(?i:{_ANNEXE})\b|[ \t]*\((?i:{_ANNEXE})\)")
_ANNEXE_GATE = ("annex", "granny flat", "garden flat")
_WAY_IN = r"(?:the[ \t]+)?(?:key[ \t-]*safe|key[ \t]+box|meter[ \t]+cupboard)"
# After a dash the key safe must be placed ("by the back door"), so "- the key safe was broken" stays a sentence.
_WHERE = r"(?:by|at|on|in|round|behind|beside|next[ \t]+to|under|left|right|outside|inside|near|opposite)"
_WAY_IN_RE = re.compile(
    rf"[ \t]*[-–][ \t]*(?i:{_WAY_IN}[ \t]+(?:is[ \t]+)?{_WHERE})\b[^,.;()/\n]{{0,40}}(?<![ \t])"
    rf"|[ \t]*\((?i:{_WAY_IN})\b[^()\n]{{0,40}}\)"
)
_WAY_IN_GATE = ("key safe", "keysafe", "key-safe", "key box", "meter cupboard")


_looks_bracket = match_end_widening(_LOOKS_BRACKET_RE)
_annexe_after = match_end_widening(_ANNEXE_RE)
_way_in = match_end_widening(_WAY_IN_RE)


# Each widening, with the literals one of which the note's lower-case form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    (_LOOKS_GATE, _looks_bracket),
    (_ANNEXE_GATE, _annexe_after),
    (_WAY_IN_GATE, _way_in),
)
