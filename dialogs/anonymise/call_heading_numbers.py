"""A call's log number at the end of a heading that opens with the line it came in on: "999 (speech to text) 6694:",
"101 call 48213: caller says ...".

Why: a control room titles a transcribed call with the line (999, 101, 111) and the call's serial, then a colon and
the caller's words. `heading_numbers` reads headings of words alone and five digits or more; a call's serial is
often four digits, and the line's own number opens the heading. With the line first, four digits are the serial
too, unless they read as a year ("999 call 2024:") or a time typed without its colon ("999 call 2330:").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# The line, then a heading's words alone ("call", "(speech to text)", "transcript"), then the number's blank.
_HEAD_RE = re.compile(r"(?:999|101|111)[ \t]+[A-Za-z()'’&/ \t-]{0,60}[ \t]")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def year_or_clock(number: str) -> bool:
    """Four digits that read as a year ("2024") or a 24-hour time typed without its colon ("2330")."""
    return len(number) == 4 and (_YEAR_RE.fullmatch(number) is not None
                                 or (int(number[:2]) <= 23 and int(number[2:]) <= 59))


def call_heading_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    n = len(text)
    for s, e in digits.runs:
        if not 4 <= e - s <= 12 or e >= n or text[e] != ":" or (e + 1 < n and text[e + 1] not in " \t\r\n"):
            continue
        if s < 5 or text[s - 1] not in " \t":
            continue
        # Only the last 70 characters are searched for the line's start: a heading is short (speed).
        line_start = text.rfind("\n", max(0, s - 71), s) + 1
        if (line_start == 0 and s > 70) or not _HEAD_RE.fullmatch(text, line_start, s):
            continue
        if year_or_clock(text[s:e]):
            continue
        yield Span(EntityType.REFERENCE, s, e, P_REFERENCE)
