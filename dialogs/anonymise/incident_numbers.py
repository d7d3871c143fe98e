"""A police incident written as its number "of" the day it was opened: "incident 0415 of 12/03/24", "2290 of 07/11".

Police Scotland and some English forces number a day's incidents from 0001 and write the day after "of", so the
number alone names nothing: the whole phrase is the reference, and hidden apart the note keeps "of 12/03/24",
which with the force narrows the incident to a handful. Four digits (or fewer after "ref", "log" or "incident"),
then two-digit groups joined by slashes: "3 of 4/5 children" and "150 of 200" are counts, not incidents.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

_BEFORE_RE = re.compile(r"(?<![\w/.,:-])\d{4}$")
# With a word that says it is a log's number, fewer digits are the same thing: "ref 836 of 15/07/24", "log 42 of
# 03/02". The word is what "3 of 4/5 children" lacks.
_CUED_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?i:ref|reference|log|incident|inc|cad|serial|occurrence|occ)\.?(?:[ \t]*(?i:no\.?|number|#))?"
    r"[ \t:]*(?P<n>\d{1,3})$"
)
_AFTER_RE = re.compile(r"\d{2}/\d{2}(?:/(?:\d{2}){1,2})?(?![\w/]|[.:,-]\d)")


def incident_numbers(text: str) -> Iterator[Span]:
    """Each "NNNN of DD/MM(/YY)" in `text`: only round the literal " of " (speed)."""
    i = text.find(" of ")
    while i != -1:
        if text[i - 1 : i].isdigit() and text[i + 4 : i + 5].isdigit():
            num = _BEFORE_RE.search(text, max(0, i - 4), i)
            start = num.start() if num is not None else -1
            if num is None:
                cued = _CUED_BEFORE_RE.search(text, max(0, i - 28), i)
                start = cued.start("n") if cued is not None else -1  # the cue word stays readable
            day = _AFTER_RE.match(text, i + 4) if start != -1 else None
            if day is not None:
                yield Span(EntityType.REFERENCE, start, day.end(), P_REFERENCE)
        i = text.find(" of ", i + 4)
