"""Parcel tracking numbers in the postal format: two letters, nine digits and the country ("RR 1234 5678 9GB").

A tracked letter or parcel leads to whoever sent or signed for it. The general number rules take the digits
alone, leaving the letters that, with the digits, still name the item; this rule
takes the whole number, and being longer it wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# Letters, then nine digits in any grouping of blanks, then "GB" (the Royal Mail S10 shape).
_TRACKING_RE = re.compile(
    r"(?<![\w])[A-Z]{2}[ \t]?\d(?:[ \t]?\d){8}[ \t]?GB(?![\w])"
)
_TABLE = RuleTable(((_TRACKING_RE, ("GB",), 20, 2, False),))


def tracking_numbers(text: str) -> Iterator[Span]:
    """Postal tracking numbers, letters and all."""
    for _, m in _TABLE.matches(text):
        yield Span(EntityType.REFERENCE, m.start(), m.end(), P_REFERENCE)
