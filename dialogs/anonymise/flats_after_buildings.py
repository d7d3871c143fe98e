"""The block's name before a flat number that comes after it: "Spindle House flat 14", "worsted court flat 14",
"SELVEDGE COURT SUPPORTED LODGINGS FLAT 17", "woolcombers house refuge flat 13".

A quick note or a record writes the building first and its flat second; the flat rule finds only "flat 14", and
the block's name, which tells a visitor as much as the number, is left in the note. Tried only before a found
address that starts with its flat word, so no pattern runs across the note.
"""

from __future__ import annotations

import re

from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
_FLAT_START_RE = re.compile(r"(?i:flat|fflat|apartment|apt|unit|room|rm|studio|bedsit)\b")
# One or two name words, the block word, and maybe what kind of home the block is, straight before the flat.
_BLOCK_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?P<n>(?:[A-Za-z][\w'’-]*[ \t]+){1,2})"
    r"(?P<b>(?i:house|court|lodge|point|tower|towers|heights|mansions|buildings|chambers|lofts|apartments|"
    r"residences|hall|mill|mills|works|wharf|quay|foyer|hostel|refuge|place|view))"
    r"(?:[ \t]+(?i:supported[ \t]+(?:living|lodgings|housing|accommodation)|sheltered[ \t]+(?:housing|scheme|flats)|"
    r"extra[ \t]+care|hostel|refuge|foyer))?"
    r"[ \t]+$"
)
# Words that make the block an ordinary place or say whose it is: "her nans house flat", "the council flats".
_NOT_NAME = frozenset({
    "the", "a", "an", "and", "or", "but", "at", "in", "on", "to", "from", "of", "by", "into", "near", "outside",
    "his", "her", "their", "my", "our", "your", "its", "this", "that", "same", "new", "old", "big", "other",
    "council", "family", "crown", "magistrates", "youth", "county", "court", "town", "city", "village", "church",
    "community", "care", "safe", "foster", "halfway", "mums", "dads", "nans", "grans", "mum's", "dad's", "nan's",
    "gran's", "friends", "friend's", "block", "tower", "whole", "own", "is", "was", "he", "she", "they", "lives",
    "living", "placed", "moved", "staying", "visited", "home", "address", "sports", "leisure", "police", "station",
    # What kind of house, not which: "trap house flat 6", "shared house room 2".
    "trap", "crack", "shared", "party", "bail", "respite", "group", "guest", "children's", "childrens", "wendy",
    "drug", "drugs", "cuckooed", "empty", "squat", "supported", "sheltered", "student", "halls", "hmo",
})


def block_before_flat(text: str, sp: Span) -> Span:
    if _FLAT_START_RE.match(text, sp.start) is None or sp.start < 6:
        return sp
    m = _BLOCK_BEFORE_RE.search(text, max(0, sp.start - 70), sp.start)
    if m is None:
        return sp
    words = m.group("n").split()
    # "at worsted court flat 14": the name starts after the last little word.
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _NOT_NAME), default=0)
    if cut == len(words):
        return sp
    # A block's name is in one case throughout, as the record writes it: "Spindle House", "worsted court".
    cased = {w[0].isupper() for w in words[cut:]} | {m.group("b")[0].isupper()}
    if len(cased) > 1:
        return sp
    start = m.start() if not cut else text.rindex(words[cut], m.start(), m.start("b"))
    return Span(_ADDRESS, start, sp.end, sp.priority)
