"""One entry for the late detectors that read a note's found spans or need nothing before them: plates named by
parking or driving off, initials after "logged by", and schools by their church's mark, a bracket or a street.
detect.py calls this once, so its own list of detectors stays short (each rule is in its own module, with why)."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.anonymise.plates_parked_and_left import current_before_listed, left_in_plates, parked_plates
from dialogs.anonymise.record_initials import recorded_by_initials
from dialogs.anonymise.school_brackets_and_streets import (
    bracketed_schools,
    church_marks_after_schools,
    street_named_schools,
)
from dialogs.anonymise.types import Span


def cued_leftovers(text: str, spans: Sequence[Span]) -> list[Span]:
    """New spans for what the other detectors left, read with the spans found so far (`spans`)."""
    out: list[Span] = [*parked_plates(text), *left_in_plates(text), *current_before_listed(text, spans),
                       *recorded_by_initials(text), *church_marks_after_schools(text, spans),
                       *bracketed_schools(text), *street_named_schools(text)]
    return out
