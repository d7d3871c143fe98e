"""The record number of a notification, written straight after who was told: "LADO aware 4296.", "EDT informed,
38817", "police notified 2290774".

Why: a worker notes that a service knows and, in the same breath, the number that service gave the call or the
referral. No cue word such as "ref" stands before it; the verb is the cue. Four to eight digits that end the clause
(a stop, comma, semicolon or bracket after them, or the line's end): "told 3 times" and "informed 1500 staff" run on
into words and stay. A year ("informed 2024.") and a time typed without its colon ("aware 2315.") stay readable; a
phone number is longer and its own rule's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.call_heading_numbers import year_or_clock
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

_VERBS = ("aware", "informed", "notified", "told")
_NOTIFIED_RE = re.compile(
    r"(?<![\w'’])(?i:aware|informed|notified|told)[ \t]*[,:-]?[ \t]*(?P<n>\d{4,8})"
    r"(?=[.,;)](?!\d)|[ \t]*(?:[\r\n]|\Z))"
)
_TABLE = RuleTable(((_NOTIFIED_RE, _VERBS, 2, 24, True),))


def notified_numbers(text: str) -> Iterator[Span]:
    """Each number written straight after "aware", "informed", "notified" or "told" that ends its clause."""
    for _, m in _TABLE.matches(text):
        if year_or_clock(m.group("n")):
            continue
        yield Span(EntityType.REFERENCE, m.start("n"), m.end("n"), P_REFERENCE)
