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
    if "/" in text or "flat" in low:
        for m in _FLAT_FIRST_RE.finditer(text):
            if m.group("w").lower() not in _NOT_STREETS:
                yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
    if "home" in low or "addr" in low:
        for m in _HOME_LABEL_RE.finditer(text):
            # After a label any word may be a street, but a plain count ("home 3 days") is not.
            if m.group("w").lower() not in _NOT_STREETS:
                yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
