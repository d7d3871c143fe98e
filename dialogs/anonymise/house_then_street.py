"""A named house, a comma, then its street, with no number anywhere: "Hop Kiln Barn, Basket Willow Lane",
"SHEEPWASH COTTAGE, SHEEPWASH LN". Country homes are addressed this way; each half alone is a kind of building
or a street that other rules leave, but a house word and a street word either side of one comma name a home.
Every word is capitalised, as a written address is; "the barn, down the lane" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_CAP = r"[A-Z][\w'’-]*"
_HOUSE_BEFORE_RE = re.compile(
    rf"(?<![\w'’])(?P<h>(?:{_CAP}[ \t]+){{1,3}}"
    r"(?i:cottage|barn|farm|farmhouse|grange|mill|rectory|vicarage|bungalow|steading|smithy|forge|oast))[ \t]*$"
)
_STREET_AFTER_RE = re.compile(
    rf",[ \t]*(?P<s>(?:{_CAP}[ \t]+){{1,3}}(?i:lane|ln|road|rd|street|st|drive|dr|close|way|row|hill|brow|"
    r"green|avenue|ave|terrace|crescent|walk|view|end|loan|wynd|gate|bank|side))\b"
)
_NEXT_CAPITAL_RE = re.compile(r"[ \t]+[A-Z]")
# First words that make the building a public or working one: "City Farm, Mill Lane", "Care Farm, ...".
_NOT_HOME = frozenset({"city", "care", "petting", "open", "community", "school", "council", "town", "village",
                       "organic", "urban", "holiday", "wind", "solar", "fish", "a", "an"})
_CLAUSE = frozenset({"then", "and", "but", "so", "down", "up", "the", "a", "my", "his", "her", "their", "our"})
_CUES = frozenset({"at", "to", "from", "in", "near", "outside", "of", "by", "on", "visited", "address", "and"})


def houses_then_streets(text: str) -> Iterator[Span]:
    # The comma is where the two halves meet: found by str.find, then each half read from it (speed).
    i = text.find(",")
    while i != -1:
        street = _STREET_AFTER_RE.match(text, i)
        house = _HOUSE_BEFORE_RE.search(text, max(0, i - 50), i) if street is not None else None
        # "Mill Lane Primary": a capitalised word after the street makes it part of a longer name; in a note in
        # capitals, every next word is.
        if street is not None and not street.group("s").isupper() and _NEXT_CAPITAL_RE.match(text, street.end()):
            street = None
        if street is not None and house is not None:
            words = list(re.finditer(r"\S+", house.group("h")))
            # "THE BUS FROM SHEEPWASH COTTAGE": the name starts after the last word of going or being somewhere.
            cut = max((k + 1 for k, w in enumerate(words) if w.group().lower() in _CUES), default=0)
            words = words[cut:]
            names = [w.group().lower() for w in words[:-1] if w.group().lower() != "the"]
            first_street = street.group("s").split()[0].lower()
            # "The Barn, Then Home Lane": a bare "the" names no house, and a clause word starts no street.
            if names and names[0] not in _NOT_HOME and first_street not in _CLAUSE:
                yield Span(EntityType.ADDRESS, house.start("h") + words[0].start(), street.end("s"), P_ADDRESS)
        i = text.find(",", i + 1)
