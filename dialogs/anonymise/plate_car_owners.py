"""Plates straight after someone's car or van: "his car 835 t", "HER CAR k52 bog", "sat in the car 6204 A.",
"their van pds 17b".

Why: after "car" the rules in `plates.py` want a plate shape that stands alone, so a dateless plate of three digits
and one letter, a prefix plate whose letters spell a word or a lone capital A before a full stop stay. A possessive
or "the" before "car" or "van" says a particular vehicle is meant and what follows it at once is its plate. The code
must still be a whole DVLA shape with three or four digits (`plate_shapes.code_ok`, with letters that may spell a
word): "the car 500 m away", "his car 2 days", "the car 1200 k", "her car in 2019" stay readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.plate_shapes import code_at, code_ok
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# The owner or article, then the vehicle and one blank, read back from the anchor " car " or " van ".
_OWNER_RE = re.compile(r"(?:\b(?:his|her|their|my|your|our|the)|\w'?s)[ \t]$", re.IGNORECASE)
_ANCHORS = (" car ", " van ")


def _ok(m: re.Match[str]) -> bool:
    if m.group("pre") is not None:
        return len(m.group("pd")) >= 2 and code_ok(m, words=True)  # "k52 bog", not "y 10 sen"
    return code_ok(m)  # "the van was 812 KX": a word before digits is the sentence's


def owned_car_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    for anchor in _ANCHORS:
        i = low.find(anchor)
        while i != -1:
            m = code_at(text, i + len(anchor))
            if m is not None and _OWNER_RE.search(text, max(0, i - 8), i + 1) is not None and _ok(m):
                yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
            i = low.find(anchor, i + 1)
