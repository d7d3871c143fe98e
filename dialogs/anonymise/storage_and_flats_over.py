"""Homes named by a storage site or by the house a flat sits over.

- a unit at a self-storage site, which people are found living or kept in: "unit 4, Ferry Lane self storage",
  "UNIT 12, MILL CLOSE SELF STORAGE"; the unit, the site's street and "self storage" are one place;
- a flat over a numbered house: "flat A over 17 Brook St", "flat 2 above 9 Hollin"; the cue says the number
  and words after it are a home, so the street needs no suffix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# The site's street: one to three words, none of them a word that runs the sentence on ("at the self storage").
_STREET_WORD = r"(?!(?i:at|the|in|on|of|to|a|an|and|from|by|near|our|his|her|their|my|your)\b)[A-Za-z][A-Za-z'’-]*"
_STORAGE_RE = re.compile(
    r"\b(?i:unit)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+"
    rf"(?:{_STREET_WORD}[ \t]+){{1,3}}(?i:self)[ \t-]?(?i:storage)\b"
)
# "flat B over 213 Mortice Cl": capitalised words after the number, up to three, so a sentence's next
# word in lower case ends it.
_FLAT_OVER_RE = re.compile(
    r"\b(?i:flat)[ \t]+(?:[A-Za-z]|\d{1,3}[A-Za-z]?)[ \t]+(?i:over|above)[ \t]+\d{1,4}[A-Za-z]?"
    r"(?:[ \t]+(?-i:[A-Z])[A-Za-z'’-]+){1,3}(?![\w'’-])"
)
_TABLE = RuleTable((
    (_STORAGE_RE, ("storage",), 80, 4, True),
    (_FLAT_OVER_RE, (" over ", " above "), 12, 50, True),
))


def storage_and_flats_over(text: str) -> Iterator[Span]:
    """Storage units at a named site, and flats over a numbered house, as addresses."""
    for _, m in _TABLE.matches(text):
        yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
