"""What a note writes round a found address that names which house it is, or whose housing it is (see address_tails).

- Which house, in brackets: "103 Elm Road (the end one)", "12 KILN CLOSE (THE CORNER HOUSE)". address_after knew the
  description after a comma ("Junction Terrace, the end house"); a bracket says the same. Whose home it is, "(her
  nan's)", stays readable by design (test_places_joined): only a house told by where it stands is taken.
- Whose housing the block is, in brackets: "room 20, heron house (veterans)", "Flat 2 Kestrel Court (forces)". Like
  "(sheltered)" (address_stay_notes), the kind of home is part of how the address is written.
- A service family's quarter, before its number: "QTR 215 NIMROD CLOSE", "quarter 145, Typhoon Gardens". Forces
  housing names the home "quarter" as a flat names its "flat"; hidden apart, the note reads "QTR [address]".
Each is tried only at the edge of a found address and only when the note holds its literal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.widenings import match_end_widening, numbered

_ADDRESS = EntityType.ADDRESS

# "(the end one)", "(the corner house)", "(the last bungalow on the left)": where the house stands in its row. Up to
# four more words after the house word, inside the same bracket, and no bracket or line inside it.
_WHICH_BRACKET_RE = re.compile(
    r"[ \t]*\((?i:the[ \t]+(?:end|corner|last|first|middle|detached|semi)[ \t]+"
    r"(?:one|house|bungalow|cottage|terrace|flat|semi))(?:[ \t]+[\w'’-]{1,15}){0,4}[ \t]*\)"
)
_WHICH_GATE = ("(the end ", "(the corner ", "(the last ", "(the first ", "(the middle ", "(the detached ",
               "(the semi ")
# "(veterans)", "(forces housing)", "(SFA)": housing kept for a service, alone in brackets.
_SERVICE_BRACKET_RE = re.compile(
    r"[ \t]*\((?i:veterans'?|veterans'?[ \t]+(?:housing|flats?|hostel|accommodation)|forces(?:[ \t]+housing)?|"
    r"service[ \t]+famil(?:y|ies)[ \t]+accommodation|sfa|married[ \t]+quarters?)\)"
)
_SERVICE_GATE = ("(veteran", "(forces", "(service famil", "(sfa)", "(married quarter")
# "QTR 215 ", "quarter 145, ", "Married Quarter 12 ": the quarter's word straight before a numbered address.
_QUARTER_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:(?:married[ \t]+)?(?:qtr|quarter))\.?[ \t]*$")
_QUARTER_GATE = ("qtr", "quarter")


_which_bracket = match_end_widening(_WHICH_BRACKET_RE)
_service_bracket = match_end_widening(_SERVICE_BRACKET_RE)


def _quarter_before(text: str, sp: Span) -> Span:
    # Only an address found from its number: "the quarter Elm Road" names no home, and "quarter 3" alone no street.
    if not numbered(text, sp):
        return sp
    m = _QUARTER_BEFORE_RE.search(text, max(0, sp.start - 16), sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


# Each widening, in the order they apply after address_tails' own, with the literals one of which the note's lower-case
# form must hold for it to be tried.
WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    (_WHICH_GATE, _which_bracket),
    (_SERVICE_GATE, _service_bracket),
    (_QUARTER_GATE, _quarter_before),
)
