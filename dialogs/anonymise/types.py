"""The public value types of the anonymiser, plus the internal candidate span the detectors emit."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum


class EntityType(StrEnum):
    PERSON = "PERSON"
    DATE = "DATE"
    ADDRESS = "ADDRESS"
    POSTCODE = "POSTCODE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    NHS_NUMBER = "NHS_NUMBER"
    NI_NUMBER = "NI_NUMBER"
    SCHOOL = "SCHOOL"
    REFERENCE = "REFERENCE"
    HANDLE = "HANDLE"
    VEHICLE_REG = "VEHICLE_REG"
    URL = "URL"
    MARKED = "MARKED"


# Types a practitioner may never un-hide with `keep`: a slip there would publish a unique identifier.
NEVER_KEPT: frozenset[EntityType] = frozenset(
    {EntityType.NHS_NUMBER, EntityType.NI_NUMBER, EntityType.PHONE, EntityType.EMAIL, EntityType.POSTCODE}
)

FIXED_PLACEHOLDERS: dict[EntityType, str] = {
    EntityType.DATE: "[date]",
    EntityType.ADDRESS: "[address]",
    EntityType.POSTCODE: "[postcode]",
    EntityType.PHONE: "[phone]",
    EntityType.EMAIL: "[email]",
    EntityType.NHS_NUMBER: "[NHS number]",
    EntityType.NI_NUMBER: "[NI number]",
    EntityType.SCHOOL: "[school]",
    EntityType.REFERENCE: "[reference]",
    EntityType.HANDLE: "[handle]",
    EntityType.VEHICLE_REG: "[vehicle reg]",
    EntityType.URL: "[link]",
    EntityType.MARKED: "[hidden]",
}


@dataclass(frozen=True, slots=True)
class Entity:
    """One redacted span. `text` is the original substring: never log it."""

    type: EntityType
    start: int
    end: int
    text: str = field(repr=False)
    placeholder: str


@dataclass(frozen=True, slots=True)
class Redaction:
    text: str
    entities: tuple[Entity, ...]

    def summary(self) -> dict[str, int]:
        """Counts per entity type, safe for logs and metrics because it carries no content."""
        return dict(Counter(str(e.type) for e in self.entities))


@dataclass(slots=True)
class Span:
    """A detector's finding before merging. Higher `priority` wins an overlap; then the longer span."""

    type: EntityType
    start: int
    end: int
    priority: int
    # For PERSON spans only: True/False when the text gave an age or role cue, None when it did not.
    child: bool | None = None
