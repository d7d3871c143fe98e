"""Widening a found address over what is written straight after it."""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS


def numbered(text: str, sp: Span) -> bool:
    """Whether an address starts with its number: a town or a named block alone is followed by other things."""
    return text[sp.start : sp.start + 1].isdigit()


def match_end_widening(pattern: re.Pattern[str], when: Callable[[str, Span], bool] | None = None
                       ) -> Callable[[str, Span], Span]:
    """A widening that takes in what `pattern` matches straight after an address ("12 Elm Rd (top flat)"): the
    address then ends where the match does. `when`, if given, says which addresses may take it (a numbered street's,
    say). Most of the address-tail rules are this and differ only in the pattern."""

    def widen(text: str, sp: Span) -> Span:
        m = pattern.match(text, sp.end) if when is None or when(text, sp) else None
        return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)

    return widen
