"""Named country homes the other house rules miss for their case or their length.

- In capitals, after a word of living or going there: "LIVING AT SEAL ROCK FARM", "FROM HOLLY COTTAGE". In a
  note in capitals every word is capitalised, so the rule for "at Rose Cottage" (a longer name goes on with a
  capital) cannot tell where the name ends; here the house word must end it.
- In lower case, a house name of two words and its street with no comma, as quick notes run them together:
  "cuckooing at samphire cottage strandline road", "by sea thrift cottage sea pink row"; and a farm of two
  words after a place word: "at rathlin view farm".

Whose house it is ("AT NANS FARM", "at her dads cottage") names nobody's home in particular and stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# No "HOUSE": "AT THE HOUSE", "AT MUMS HOUSE" are how a note in capitals says where anyone is.
_CAPS_HOUSE_RE = re.compile(
    r"(?<![\w'’])(?:AT|FROM|TO|LIVING AT|STAYING AT|ADDRESS:?)[ \t]+"
    r"(?P<h>(?:[A-Z][A-Z'’-]*[ \t]+){1,3}(?:FARM|FARMHOUSE|COTTAGE|BARN|GRANGE|LODGE|MANOR|RECTORY|VICARAGE|"
    r"CROFT|STEADING|BUNGALOW))(?![ \t]*[\w'’-])"
)
_CAPS_GATE = ("FARM", "COTTAGE", "BARN", "GRANGE", "LODGE", "MANOR", "RECTORY", "VICARAGE", "CROFT", "STEADING",
              "BUNGALOW")
_LOWER_HOUSE = r"cottage|farm|farmhouse|barn|lodge|bungalow|mill|croft|grange"
_LOWER_STREET = r"road|street|lane|row|close|drive|way|avenue|crescent|terrace|brae|wynd|walk|vennel|loan|brow"
_LOWER_HOUSE_STREET_RE = re.compile(
    r"(?<![\w'’])(?:at|from|to|by|outside|near|of|visited)[ \t]+"
    rf"(?P<h>(?:[a-z][a-z'’-]*[ \t]+){{1,2}}(?:{_LOWER_HOUSE}))"
    rf"(?P<s>[ \t]+(?:[a-z][a-z'’-]*[ \t]+){{1,3}}(?:{_LOWER_STREET}))?\b"
)
_LOWER_GATE = ("cottage", "farm", "barn", "lodge", "bungalow", "mill", "croft", "grange")
# Words that make a house anyone's or any kind, and words that carry the sentence on past it.
_NOT_NAME = frozenset(
    {"the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that", "old", "new", "big", "little",
     "same", "other", "and", "or", "but", "then", "down", "up", "on", "in", "at", "to", "by", "off", "past",
     "along", "round", "near", "over", "from", "of", "with", "for", "care", "city", "petting", "open", "wind",
     "solar", "fish", "community", "school", "council", "dairy", "family", "holiday", "working", "organic",
     "was", "is", "went", "go", "going", "back", "again", "home"}
)


def _names_someone(words: list[str]) -> bool:
    """Whether the words before the house word are a name, not whose or what kind of house it is."""
    for w in words:
        low = w.lower()
        if low in _NOT_NAME or low in ROLE_CUES or low.endswith(("'s", "’s")):
            return False
    # "NANS FARM", "dads cottage": a final "s" reads as a possessive without its apostrophe.
    return not (len(words) == 1 and words[0].lower().endswith("s"))


def caps_named_homes(text: str) -> Iterator[Span]:
    if not any(g in text for g in _CAPS_GATE):
        return
    for m in _CAPS_HOUSE_RE.finditer(text):
        words = m.group("h").split()[:-1]
        # In capitals the cue's window may take in the sentence before: the name starts after its last cue.
        cut = max((k + 1 for k, w in enumerate(words) if w.lower() in ("at", "from", "to", "of")), default=0)
        if cut == len(words) or not _names_someone(words[cut:]):
            continue
        start = m.start("h") + m.group("h").index(words[cut]) if cut else m.start("h")
        yield Span(EntityType.ADDRESS, start, m.end("h"), P_ADDRESS)


def lower_named_homes(text: str, low: str) -> Iterator[Span]:
    if not text.islower() and not any(g in text for g in _LOWER_GATE):
        return
    if not any(g in low for g in _LOWER_GATE):
        return
    for m in _LOWER_HOUSE_STREET_RE.finditer(text):
        words = m.group("h").split()
        if not _names_someone(words[:-1]):
            continue
        end = m.end("h")
        if m.group("s") is not None and _names_someone(m.group("s").split()[:-1]):
            end = m.end("s")
        elif len(words) < 3 or words[-1] not in ("farm", "farmhouse"):
            continue  # one name word and a house word alone: the older rules decide those
        yield Span(EntityType.ADDRESS, m.start("h"), end, P_ADDRESS)


def named_farms(text: str, low: str) -> Iterator[Span]:
    """`low`: the lower-cased text (the caller has it)."""
    yield from caps_named_homes(text)
    yield from lower_named_homes(text, low)
