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
    if ". " not in text and not re.search(r"[A-Z]\.[A-Z]", text):
        return  # no dotted initials at all (speed)
    for m in _INITIALS_RE.finditer(text):
        # "the U.K. officer": after an article the capitals are a name of a place or a body.
        before = text[max(0, m.start() - 5) : m.start()].lower().split()
        if m.group("role").lower() in _SIGNING and not (before and before[-1] in ("the", "a", "an")):
            end = m.end()
            while end > m.start() and text[end - 1] in " \t":
                end -= 1
            yield Span(EntityType.PERSON, m.start(), end, P_PERSON)
