"""A prefix plate's year letter A taken for the article: "drove off in a 198 muy", "another one A 343 PMG",
"a ranger raptor a 279 zsr". The shape rules find "198 muy" (digits and three random letters) and leave the "a",
which leaves the plate's first letter readable.

Why: A was the year letter of 1983's prefix plates, and a lone "a" or "A" straight before a found plate of one to
three digits and three random letters (no I or Q, no word) reads both ways. Taken with the plate, an article lost
costs one letter; left, the plate's letter is left. Only a plate already found is widened, and only in its own
case ("a 198 muy", "A 343 PMG"), so a dateless plate after "a" in other text ("a 1998 Ford") is untouched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.plate_issue import random_back
from dialogs.anonymise.types import EntityType, Span

# The found plate's own text: one to three digits, a blank or none, three letters.
_DIGITS_THEN_TRIO_RE = re.compile(r"\d{1,3}[ \t]?(?P<trio>[A-Za-z]{3})")
# A lone "a" or "A" and one blank straight before it, not the end of a word ("Ana 198").
_LETTER_BEFORE_RE = re.compile(r"(?<![\w'’&-])[aA][ \t]$")


def year_letters_before(text: str, plates: Sequence[Span]) -> Iterator[Span]:
    for sp in plates:
        if sp.type is not EntityType.VEHICLE_REG or sp.start < 2:
            continue
        m = _DIGITS_THEN_TRIO_RE.fullmatch(text, sp.start, sp.end)
        if m is None or not random_back(m.group("trio")):
            continue
        a = _LETTER_BEFORE_RE.search(text, sp.start - 2, sp.start)
        trio = m.group("trio")
        if a is not None and ((trio.islower() and a.group()[0] == "a") or (trio.isupper() and a.group()[0] == "A")):
            yield Span(EntityType.VEHICLE_REG, a.start(), sp.end, sp.priority)
