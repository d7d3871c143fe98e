"""Initials that sign a note or name who acted, told by the role word after them: "M.M. pcso", "S. M.
pcso", "F.T. PC", "J.B. (SW)". A role word after dotted capitals leaves little else they could be."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ADULT_ROLES, TITLES
from dialogs.anonymise.types import EntityType, Span

P_PERSON = 30
# Roles with which a practitioner signs; "man", "lady" and the like stay out: "A.B. man" is no signature.
_SIGNING = (TITLES | ADULT_ROLES) - {"man", "woman", "lady", "adult", "male", "female", "bloke", "fella",
                                       "stranger", "ex", "head", "senior", "principal", "foster", "boss"}
# One to three dotted capitals ("M.M.", "S. M.", "F.T.K."), then the role, maybe in brackets.
_INITIALS_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,3}(?=[ \t]*\(?(?P<role>[A-Za-z]+)\b)")


def find_signed_initials(text: str) -> Iterator[Span]:
    # Found from each full stop with a lone capital before it: a stop is rare next to the whole text, so
    # the pattern is tried at few places rather than at every character (speed).
    pos = text.find(".", 1)
    while pos > 0:
        start = pos - 1
        if text[start].isupper() and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._")):
            m = _INITIALS_RE.match(text, start)
            if m is not None:
                span = _signed(text, m)
                if span is not None:
                    yield span
                pos = max(pos, m.end() - 1)
        pos = text.find(".", pos + 1)


def _signed(text: str, m: re.Match[str]) -> Span | None:
    # "the U.K. officer": after an article the capitals are a name of a place or a body.
    before = text[max(0, m.start() - 5) : m.start()].lower().split()
    if m.group("role").lower() not in _SIGNING or (before and before[-1] in ("the", "a", "an")):
        return None
    end = m.end()
    while end > m.start() and text[end - 1] in " \t":
        end -= 1
    return Span(EntityType.PERSON, m.start(), end, P_PERSON)
