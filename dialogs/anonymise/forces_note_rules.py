"""One entry for the detectors added together for forces and welfare notes' shapes (one call in detect.py):
streets with their number after a comma (comma_house_numbers) and schools written short
(school_clipped_names) and handles in capitals (caps_dotted_handles)
and names told by the words round them (framed_names). Each module says why its rule is safe."""

from __future__ import annotations

from collections.abc import Iterator

from dialogs.anonymise.caps_dotted_handles import caps_dotted_handles
from dialogs.anonymise.comma_house_numbers import comma_house_numbers
from dialogs.anonymise.framed_names import framed_names
from dialogs.anonymise.school_clipped_names import school_clipped_names
from dialogs.anonymise.types import Span


def forces_note_spans(text: str) -> Iterator[Span]:
    """Every span these detectors find in `text`."""
    yield from comma_house_numbers(text)
    yield from school_clipped_names(text)
    yield from caps_dotted_handles(text)
    yield from framed_names(text)
