"""Numbered streets written with no street word, where what comes before says an address follows.

Some streets have no "Road" or "Street" in their name at all ("Hackle", "Drayman", "The Calls"), and quick notes
drop the street word anyway ("233 hackle"). A number and a word alone could be anything ("12 apples", "3 weeks"),
so each rule needs a cue that only addresses get:
- a flat before it: a Scottish stair and flat ("20/1 233 Hackle"), or "flat A 98 Drayman";
- a label for a home: "home 117-119 clothier", "Home address: 89 Hackle".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_NUMBER = r"\d{1,4}[a-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[a-z]?)?"
_WORD = r"[A-Za-z][a-z'’-]{2,}"
# The flat, then the house number, then one word: "20/1 233 Hackle", "flat A 98 Drayman", "Flat 3, 12 Calls".
_FLAT_FIRST_RE = re.compile(
    rf"(?<![\w/])(?P<a>(?:\d{{1,2}}/\d{{1,2}}|(?i:flat)[ \t]+(?:\d{{1,3}}[A-Za-z]?|[A-Za-z]))[ \t]*,?[ \t]+{_NUMBER}"
    rf"[ \t]+(?P<w>{_WORD}))(?![\w'’-])"
)
_HOME_LABEL_RE = re.compile(
    rf"(?<![\w'’])(?i:home|home[ \t]+address|address|addr)[ \t]*:?[ \t]+(?P<a>{_NUMBER}[ \t]+(?P<w>{_WORD}))(?![\w'’-])"
)
# Words that a count or a time takes after a number: "20/1 12 weeks", "home 3 days".
_NOT_STREETS = frozenset({"weeks", "days", "months", "years", "hours", "mins", "minutes", "times", "people", "kids",
                          "children", "pupils", "staff", "pm", "am", "and", "or", "the", "to", "at", "on", "in", "of",
                          "for", "with", "by", "from", "yrs", "wks", "visits", "calls", "pounds", "quid", "nights"})


def bare_streets(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        low = text  # offsets must line up; only "flat" in lower case is then looked for
    # Each pattern runs only round its literal ("/" or "flat"; "home" or "addr"), found by str.find (speed).
    for pattern, anchors, before in ((_FLAT_FIRST_RE, ("/", "flat"), 4), (_HOME_LABEL_RE, ("home", "addr"), 2)):
        points = [(i, i + 4) for i in scan.literal_starts(low, anchors)]
        for m in scan.finditer(pattern, text, scan.merge(points, len(text), before, 40)):
            if m.group("w").lower() not in _NOT_STREETS:
                yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
