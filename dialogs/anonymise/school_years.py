"""A pupil's year written in brackets straight after their school ("ST NINIAN'S HIGH (S6)", "st ninian's high (s6)",
"Oak Primary (Y4)") is hidden with it: with the school it narrows the class to a handful of children."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.types import EntityType, Span

# Scottish secondary and primary years, English years: "(S6)", "(P7)", "(Y10)", "(yr 9)", "(Year 11)".
_YEAR_RE = re.compile(r"[ \t]?\((?:[SsPpYy]|[Yy]r|[Yy]ear)[ \t]?\d{1,2}\)")


def years_after_schools(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    for sp in spans:
        # Only a bracket right after the school is looked at (speed: one character test per school).
        if sp.type is EntityType.SCHOOL and text[sp.end : sp.end + 2] in (" (", "("):
            m = _YEAR_RE.match(text, sp.end)
            if m is not None:
                yield Span(EntityType.SCHOOL, sp.start, m.end(), sp.priority, sp.child)
