"""One call for three small rule modules that read what earlier detectors found or are gated on rare literals:
plates widened over their other half (`plate_halves`), schools with a short kind or an "All" before "Saints"
(`school_abbrevs`) and name-and-number handles near a chat word (`cued_number_handles`). Run after the plate and
school rules (so their spans are there to widen) and before handles are spread (so a handle found here spreads).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from dialogs.anonymise.cued_number_handles import cued_number_handles
from dialogs.anonymise.plate_halves import plate_halves
from dialogs.anonymise.school_abbrevs import all_saints, school_abbrevs
from dialogs.anonymise.types import Span


def halves_and_short_forms(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    yield from plate_halves(text, spans)
    yield from all_saints(text, spans)
    yield from school_abbrevs(text)
    yield from cued_number_handles(text)
