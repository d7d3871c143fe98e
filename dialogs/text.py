"""Tidying what people type: control characters out, lengths checked, nothing silently cut."""

from __future__ import annotations

import unicodedata

_KEEP = {"\n", "\t"}


def clean(value: str) -> str:
    """Drop control and format characters (bidi overrides, zero-width joiners used to hide text)."""
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    out = [ch for ch in value if ch in _KEEP or unicodedata.category(ch)[0] != "C"]
    return "".join(out).strip()


def too_long(value: str, limit: int) -> str | None:
    if len(value) <= limit:
        return None
    return (f"That is {len(value):,} characters; please keep it under {limit:,}. "
            "Share only what an adviser needs to know.")
