"""A street or a block named by one word, then "no" or "number" and the house's number, after a place cue: "at
slagbank no 12", "AT QUARTERDECK NO 12", "Home Farebox, number 25".

Why: the number after the name is written the way it is spoken ("Quarterdeck, number 25") and the name has no street
word, so the street rules read neither. A place cue before it (at, home, address, lives, outside ...) and one word
that is no counted thing ("platform no 3", "gate number 5", "room no 2" stay) name a home.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_NAMED_NUMBER_RE = re.compile(
    r"(?<![\w'’])(?:(?P<strong>(?i:home|address|addr|lives|living|staying))|(?i:at|outside|to|from))[ \t]*:?[ \t]+"
    r"(?P<a>(?P<n>[^\W\d_][\w'’-]{2,24})(?P<comma>[ \t]*,)?[ \t]+(?i:no\.?|number|num\.?)[ \t]*\d{1,4}[a-zA-Z]?)"
    # "no 3 am", "number 2 times", "no 5/6": no house number.
    r"(?![\w/:]|\.\d|[ \t]*(?i:am|pm|mins?|minutes|hours?|hrs?|times?|weeks?|days?)\b)"
)
# Counted things and places that are numbered but no home: "at platform no 3", "outside gate number 5".
_NOT_NAME = frozenset({
    "platform", "gate", "bay", "table", "junction", "stand", "pump", "room", "bed", "ward", "court", "page", "item",
    "question", "level", "floor", "exit", "track", "pitch", "stop", "bus", "route", "flat", "unit", "plot", "door",
    "seat", "row", "box", "locker", "cell", "wing", "test", "case", "step", "stage", "week", "day", "year", "size",
    "team", "shirt", "car", "van", "taxi", "badge", "line", "channel", "option", "section", "call", "visit",
    "session", "house", "home", "number", "phone", "mobile", "tel", "ref", "reference", "account", "card", "order",
    "ticket", "booking", "claim", "incident", "crime", "log", "job", "patient", "file", "the", "and", "was", "has",
    "had", "his", "her", "its", "our", "one", "two", "not", "him", "them", "you", "are", "but", "all", "any", "got",
    "get", "least", "most", "times", "chapter", "verse", "hymn", "lane", "road", "street", "block", "berth",
    "chalet", "caravan", "static", "lodge", "cabin", "pod", "space", "garage", "shed", "store", "kiosk", "stall",
    "window", "counter", "desk", "lift", "entrance", "terminal", "pier", "dock", "hangar", "hole", "green", "lap",
})
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$)")
_RULES = RuleTable(((_NAMED_NUMBER_RE, ("no", "num"), 40, 12, True),))


def named_numbers(text: str) -> Iterator[Span]:
    for _, m in _RULES.matches(text):
        if m.group("n").lower() in _NOT_NAME:
            continue
        # "met at Tesco, no. 5 on her list": after a comma and a cue of other phrases too, the number ends the clause.
        if m.group("comma") and not m.group("strong") and not _CLAUSE_END_RE.match(text, m.end("a")):
            continue
        yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
