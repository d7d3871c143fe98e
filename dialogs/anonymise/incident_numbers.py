"""A police incident written as its number "of" the day it was opened: "incident 0415 of 12/03/24", "2290 of 07/11".

Police Scotland and some English forces number a day's incidents from 0001 and write the day after "of", so the
number alone names nothing: the whole phrase is the reference, and hidden apart the note keeps "of 12/03/24",
which with the force narrows the incident to a handful. Four digits, then two-digit groups joined by slashes: "3 of
4/5 children" and "150 of 200" are counts, not incidents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

_BEFORE_RE = re.compile(r"(?<![\w/.,:-])\d{4}$")
_AFTER_RE = re.compile(r"\d{2}/\d{2}(?:/(?:\d{2}){1,2})?(?![\w/]|[.:,-]\d)")


def incident_numbers(text: str) -> Iterator[Span]:
    """Each "NNNN of DD/MM(/YY)" in `text`: only round the literal " of " (speed)."""
    i = text.find(" of ")
    while i != -1:
        if text[i - 1 : i].isdigit() and text[i + 4 : i + 5].isdigit():
            num = _BEFORE_RE.search(text, max(0, i - 4), i)
            day = _AFTER_RE.match(text, i + 4) if num is not None else None
            if num is not None and day is not None:
                yield Span(EntityType.REFERENCE, num.start(), day.end(), P_REFERENCE)
        i = text.find(" of ", i + 4)
