"""Statutory reviews' case numbers: "DHR 15/12", "Review ref DHR 07/2024", "CSPR 3/23", "LCSPR-2024-06".

A domestic homicide review, a child safeguarding practice review or a serious case review is numbered by the body
that commissions it, as a serial and a year joined by a slash or a dash. After the review's initials the pair is no
day and month, though it reads like one ("15/12"), and the number names the death or the child the review is about.
The initials are taken into the span, so the reference is one entity. Tried only round the initials, which few notes
hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_REVIEW
from dialogs.anonymise.types import EntityType, Span

_REVIEWS = ("DHR", "CSPR", "LCSPR", "SCR", "SAR")
# "SAR" is also a subject access request, whose "SAR 2/24" is the same kind of serial: hidden all the same.
_REVIEW_RE = re.compile(
    r"(?<![\w/-])(?:LCSPR|CSPR|DHR|SCR|SAR)[ \t]*[-:#]?[ \t]*"
    # A year alone is the review's year, not its number: "the CSPR 2024 annual report".
    r"(?:\d{1,4}[/-]\d{2,4}(?:[/-]\d{1,4})?|(?!(?:19|20)\d\d(?![\d/-]))\d{3,8})(?![\w/])"
)
_TABLE = RuleTable(((_REVIEW_RE, _REVIEWS, 2, 24, False),))


def review_numbers(text: str) -> Iterator[Span]:
    """Each review's initials and its number, as one reference."""
    for _, m in _TABLE.matches(text):
        yield Span(EntityType.REFERENCE, m.start(), m.end(), P_REVIEW)
