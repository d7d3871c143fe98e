"""A record's number typed at the end of a note's heading, before its colon: "carers assessment (typed on phone)
41994: Swynwen ...". A worker titles the note with the form and its number; no cue word stands beside it.

Only a heading's shape makes it safe: the line opens with words alone (no digit, colon or full stop before the
number), the number has five digits or more (no time, year or count of a heading has), and a colon follows it.
"""

from __future__ import annotations

from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# What a heading's words may hold besides letters and blanks: "(typed on phone)", "carer's", "follow-up".
_HEADING_CHARS = frozenset(" \t()'’-&/")


def _heading_before(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 90), start) + 1
    if line_start == 0 and start > 90:
        return False  # no line start within reach: a sentence's number, not a heading's
    head = text[line_start:start]
    return (head[-1:] in (" ", "\t") and any(c.isalpha() for c in head)
            and all(c.isalpha() or c in _HEADING_CHARS for c in head))


def heading_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    n = len(text)
    for s, e in digits.runs:
        if 5 <= e - s <= 12 and e < n and text[e] == ":" and (e + 1 == n or text[e + 1] in " \t\n") \
                and _heading_before(text, s):
            yield Span(EntityType.REFERENCE, s, e, P_REFERENCE)
