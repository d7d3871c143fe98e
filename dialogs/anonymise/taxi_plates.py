"""A taxi or private-hire licence plate's number: "plate 2256", "plate no. 418", "PH plate 07731".

A council licenses each taxi and private-hire car with a numbered plate fixed to its back, and a note about a driver
gives it beside the badge: with the council it names the car and its driver as surely as the registration. Only
three to six digits straight after "plate" with no number before it, not followed by a letter or another number:
"the 66 plate 208", "plate 2 of 4" and "plate 2256 XYZ" (a registration's piece, see the plate rules) are not it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# Not a number that goes on ("123 4567": a phone's piece), a registration's letters after ("2256 XYZ") or a measure.
_NUMBER_RE = re.compile(r"[ \t]*(?i:no\.?[ \t]*|number[ \t]*|#[ \t]*|:[ \t]*)?(\d{3,6})(?![\w/.,:-]?\d|[ \t]+\d|"
                        r"[ \t]*[A-Za-z]{3}\b(?![ \t]*[a-z])|[ \t]*(?i:mm|cm|g|kg|ml)\b)")


_AGE_BEFORE_RE = re.compile(r"\d[ \t]*$")


def taxi_plates(text: str) -> Iterator[Span]:
    """Each licence plate's number in `text`: only round the literal "plate" (speed)."""
    low = scan.lowered(text)
    if len(low) != len(text):
        low = text  # lower-casing moved the offsets: only "plate" as written is looked for
    # "plated", "plates" and "template" are other words.
    i = low.find("plate")
    while i != -1:
        end = i + 5
        # "a 17 plate 208": a number before "plate" is the car's age, and the number after is its model.
        if (i == 0 or not low[i - 1].isalnum()) and not low[end : end + 1].isalnum() and not _AGE_BEFORE_RE.search(
                text, max(0, i - 8), i):
            m = _NUMBER_RE.match(text, end)
            if m is not None:
                yield Span(EntityType.REFERENCE, m.start(1), m.end(1), P_REFERENCE)
        i = low.find("plate", end)
