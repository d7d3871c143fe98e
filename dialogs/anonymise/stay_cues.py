"""Homes with no street word, told by the words before them.

- Where someone stops, at a friend's "on" a street: "stopping at Plunger's on tŷ'r saer", "staying at Jo's on
  tannery cottage". The street after "'s on" is where the child sleeps.
- Where bail bars someone: "bail conds not to enter tŷ'r saer or the campus", "not to enter 172 sawyers - back
  bedroom". Taken when it starts with a house number or, in lower case, has a word no dictionary holds; "not to
  enter the campus" has none.
- A one-word street and its number after an "Address:" label: "Address: Damask 216, CF24 5ZY".
Each is read only round its literal ("'s on", "to enter", "address:").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
_WORD = r"[^\W\d_][\w'’-]*"
_STOPPING_RE = re.compile(
    rf"(?i:stopping|staying|sleeping|living|kipping|crashing)[ \t]+(?i:at|@)[ \t]+{_WORD}['’]s[ \t]+on[ \t]+"
    rf"(?P<a>{_WORD}(?:[ \t]+{_WORD}){{0,2}})(?=[ \t]*(?:[.,;!?)]|$))"
)
_ENTER_RE = re.compile(
    rf"(?P<a>(?:\d{{1,4}}[a-z]?[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
    r"(?:[ \t]+[-–][ \t]+(?i:back|front|rear|spare|box|top)[ \t]+(?:bed[ \t]*room|room))?)"
    r"(?=[ \t]+or\b|[ \t]*(?:[.,;!?)]|$))"
)
_ADDRESS_LABEL_RE = re.compile(
    r"(?i:address)[ \t]*:[ \t]*(?P<a>[A-Z][a-z'’-]+[ \t]+\d{1,4}[a-z]?)\b(?=[ \t]*(?:,|/|\n|$))"
)


# "Address: Flat 216, ..." names the flat and leaves its street to the street rules.
_UNITS = frozenset({"flat", "unit", "room", "apartment", "apt", "plot", "block", "house", "box", "bed", "pitch",
                    "no", "number", "floor", "level", "suite", "studio"})


# "stopping at Jo's on the weekend": a time, not a street; a home is a name no dictionary holds or a kind of house.
_HOUSES = frozenset({"cottage", "house", "farm", "lodge", "barn", "bungalow", "mill", "croft", "villa"})


def _named(words: list[str]) -> bool:
    return words[0].lower() not in ("the", "a", "an", "my", "his", "her", "their", "our") and (
        words[-1].lower() in _HOUSES or _unknown(words))


def _unknown(words: list[str]) -> bool:
    known = english_words()
    return any(w.lower().strip("'’") not in known for w in words)


def stay_cues(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    for gate in ("'s on ", "’s on "):
        i = low.find(gate)
        while i != -1:
            m = _STOPPING_RE.search(text, max(0, i - 60), i + 60)
            if m is not None and m.start("a") == i + 6 and _named(m.group("a").split()):
                yield Span(_ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
            i = low.find(gate, i + 6)
    i = low.find("not to enter ")
    while i != -1:
        m = _ENTER_RE.match(text, i + 13)
        if m is not None:
            words = m.group("a").split()
            if words[0][0].isdigit() or (m.group("a").islower() and _unknown(words)):
                yield Span(_ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
        i = low.find("not to enter ", i + 13)
    i = low.find("address")
    while i != -1:
        m = _ADDRESS_LABEL_RE.match(text, i)
        if m is not None and m.group("a").split()[0].lower() not in _UNITS:
            yield Span(_ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
        i = low.find("address", i + 7)
