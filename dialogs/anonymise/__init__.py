"""The anonymiser every flow uses before case text is shown to anyone else or stored.

`anonymise(text)` returns the redacted text and the spans it hid, with offsets into the original
text. Detection is by rules and word lists shipped with the package: no model is downloaded.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dialogs.anonymise.engine import redact
from dialogs.anonymise.types import Entity, EntityType, Redaction

__all__ = ["Entity", "EntityType", "Redaction", "anonymise"]

_log = logging.getLogger(__name__)


def anonymise(text: str, *, extra: Sequence[str] = (), keep: Sequence[str] = ()) -> Redaction:
    """Hide the identifiers in `text`. Never raises for a str."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if not text:
        return Redaction("", ())
    try:
        return redact(text, extra, keep)
    except Exception as exc:
        # Fail closed: an unexpected bug must not let raw case text through, so hide all of it.
        # Only the error's type is logged: its message could quote the text.
        _log.error("anonymiser failed with %s; the whole text was hidden", type(exc).__name__)
        return Redaction("[hidden]", (Entity(EntityType.MARKED, 0, len(text), text, "[hidden]"),))
