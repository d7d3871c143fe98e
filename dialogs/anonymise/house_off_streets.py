"""A named house then the street it stands off, with no cue before it: "PROPERTY: QUILL HOUSE OFF PRESS ROAD",
"Placement - Bracken Cottage off Mill Lane".

Why: `off_streets` takes a home's name before "off" only after a place cue ("at", "to", "address"), since a bare
word before "off" is often none ("work off sick"). A form's field ("PROPERTY:", "PLACEMENT:") is no such cue, and
the street was hidden alone, leaving the house's name. A house word (House, Cottage, Lodge, Farm...) after one or
two capitalised words, then "off" and a street with its street word, is one address however the note is cased.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_HOUSE_WORDS = ("house", "cottage", "lodge", "farm", "farmhouse", "barn", "villa", "manor", "grange", "bungalow",
                "mill", "hall", "court", "mews", "chambers")
_HOUSE = "|".join(w.capitalize() for w in _HOUSE_WORDS) + "|" + "|".join(w.upper() for w in _HOUSE_WORDS)
_NAME = r"[A-Z][A-Za-z'’-]{1,20}"
_TYPES = sw.alternation(sw.CORE | sw.SHORT)
_HOUSE_OFF_RE = re.compile(
    rf"(?<![\w'’-])(?P<a>(?!(?i:the|a|an|at|to|of|in|on)[ \t]){_NAME}(?:[ \t]+{_NAME})?[ \t]+(?:{_HOUSE})"
    rf",?[ \t]+(?:off|OFF|Off)[ \t]+(?:{_NAME}[ \t]+){{1,3}}(?i:{_TYPES}))(?![\w'’-])"
)
_RULES = RuleTable(((_HOUSE_OFF_RE, ("off",), 60, 70, True),))
# Public places a note names by their house word: "Town Hall off Market Street" is no one's home.
_PUBLIC = frozenset({"town", "city", "county", "village", "church", "bingo", "pool", "sports", "magistrates",
                     "crown", "police", "community", "youth", "scout", "guide", "concert", "music",
                     "market", "food", "job", "jobcentre", "family", "school", "leisure", "civic"})


def house_off_streets(text: str) -> Iterator[Span]:
    for _, m in _RULES.matches(text):
        if m.group("a").split()[0].lower() in _PUBLIC:
            continue
        yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
