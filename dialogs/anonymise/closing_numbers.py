"""A bare number of four digits or more standing as a note's last sentence ("... email x@uos.ac.uk. 8021") is the
record the note was filed under, pasted at its end: it is hidden as a reference. A year there ("... in 2023. 2024")
is no record."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# Only the note's end is read (speed): a sentence's stop, then the number alone.
_CLOSING_RE = re.compile(r"[.!?][ \t]+(?P<n>\d{4,8})[ \t]*\.?[ \t\r\n]*\Z")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def closing_numbers(text: str) -> Iterator[Span]:
    tail = max(0, len(text) - 24)
    m = _CLOSING_RE.search(text, tail) if text[-1:].isdigit() or text[-2:-1].isdigit() else None
    if m is not None and not _YEAR_RE.fullmatch(m.group("n")):
        yield Span(EntityType.REFERENCE, m.start("n"), m.end("n"), P_REFERENCE)
