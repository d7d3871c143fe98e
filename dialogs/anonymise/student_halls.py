"""Rooms in student halls and named blocks, told by their block, kitchen or room code.

"Ostlers Lodge block C rm 7", "nailers hall d17", "Riveters Hall C16", "d3 pargeter court", "flat b17 shipwrights
quay", "rm 2 kitchen 3 Weavers Quay Student Living", "FLAT 2/28 SADDLERS HALL ANNEXE". A student's room is their
home, and with the block and room the note names the door. The hall's name alone ("Nailers Hall") is left: many
students live there, and it is often a venue. Only a name with a room code before or after it is taken.
Each hall word is looked for with str.find; the name before it is read in a short window.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
_GATES = ("hall", "lodge", "court", "house", "quay", "studios")
# What a room's code looks like: "rm 7", "kitchen 3", "flat 2/28", "flat b17", "block c", "d3".
_CODE = (r"(?:(?i:rm|room|flat|flt|kitchen|block|blk)[ \t]*(?:\d{1,2}/)?(?:[A-Za-z]?\d{1,3}[A-Za-z]?|[A-Za-z]\b)"
         r"|(?!b4\b)[A-Za-z]\d{1,2})")
_BEFORE_RE = re.compile(
    rf"(?<![\w'’/-])(?P<u>(?:{_CODE}[ \t]+)*)(?P<n>(?:[A-Za-z][A-Za-z-]*[ \t]+){{1,2}})$"
)
_BLOCK_RE = re.compile(
    r"(?i:hall|lodge|court|house|quay|studios)(?:[ \t]+(?i:annexe|annex|foyer|student[ \t]+(?:living|village)))?"
)
# After the block: "block C rm 7", "A17", "room 16"; each code must carry a digit or be a block's letter.
_AFTER_RE = re.compile(
    r"(?:,?[ \t]+(?:(?i:block|blk)[ \t]+[A-Za-z]\b|(?i:rm|room|flat|kitchen)[ \t]*\d{1,3}[A-Za-z]?\b"
    r"|(?!b4\b)[A-Za-z]\d{1,2}\b)"
    r"(?![.:/]\d))+"
)
# Words that end a name read backwards: "in", "to", "roof of"; and halls that are venues: "Town Hall room 4".
_NOT_NAME = frozenset({"the", "a", "an", "at", "to", "from", "in", "on", "of", "by", "into", "and", "or", "with",
                       "her", "his", "their", "my", "our", "this", "that", "lives", "living", "moved", "home",
                       "outside", "near", "back", "roof", "town", "city", "county", "village", "church", "sports",
                       "sport", "lecture", "exam", "dining", "main", "great", "concert", "school", "community",
                       "crown", "magistrates", "family", "youth", "high", "civil", "coroners", "police", "guild",
                       "student", "students", "uni", "sheriff", "supreme", "appeal", "college",
                       "same", "new", "old", "is", "was", "says", "said",
                       "address", "went", "gone", "came", "never", "stays", "staying", "stopping", "for", "up",
                       # "her nans house flat 3": whose house, written without its apostrophe.
                       "nans", "nanas", "grans", "mums", "dads", "aunties", "aunts", "uncles", "grandads", "grandmas",
                       "mates", "friends", "boyfriends", "girlfriends", "sisters", "brothers", "cousins", "parents",
                       "carers", "foster", "neighbours", "partners"})


def _name_start(text: str, m: re.Match[str]) -> int | None:
    """Where the hall's name starts after any little words, or None when none of it is a name."""
    words = m.group("n").split()
    cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _NOT_NAME), default=0)
    if cut == len(words):
        return None
    kept = words[cut:]
    # In a capitalised address each name word is capitalised; in a lower-case note each is lower-case.
    if len({w[0].isupper() for w in kept}) != 1:
        return None
    # "in shared house, Room 13", "trap house flat 6": in a lower-case note an everyday word says what kind of
    # house; a hall is named for a trade, a plural ("nailers", "weavers") or no word at all.
    # A room code before the name ("e4 cooper court") says it is a hall whatever the word.
    coded = bool(m.group("u")) and not cut
    if (not coded and len(kept) == 1 and kept[0].islower() and not kept[0].endswith("s")
            and kept[0] in english_words()):
        return None
    return m.start("n") + m.group("n").index(kept[0]) if cut else m.start("n")


def student_halls(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    for gate in _GATES:
        i = low.find(gate)
        while i != -1:
            block = _BLOCK_RE.match(text, i) if i == 0 or text[i - 1] in " \t" else None
            before = _BEFORE_RE.search(text, max(0, i - 48), i) if block is not None else None
            if block is not None and before is not None and (start := _name_start(text, before)) is not None:
                after = _AFTER_RE.match(text, block.end())
                has_code = before.group("u") and before.end("u") == before.start("n") and start == before.start("n")
                if after is not None or has_code:
                    first = before.start() if has_code else start
                    yield Span(_ADDRESS, first, after.end() if after is not None else block.end(), P_ADDRESS)
            i = low.find(gate, i + len(gate))
