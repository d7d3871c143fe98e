"""A current plate whose memory tag is a little word, typed in capitals inside a sentence in lower case: "a black 22
plate tucson (the older man's) OR 53 CDG. her kids ...".

plate_issue keeps out tags that are two-letter words ("OR", "AT", "ON") because a sentence in capitals puts them
before numbers ("ON 12 MAY", "AT 10 ..."). In a note written in lower case no sentence does: the capitals, an age
the DVLA issues and three random letters are the plate, and the tag left readable would narrow it to one region.
So the word before and the word after must hold lower-case letters, which a note in capitals never has.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.plate_issue import BEFORE_NUMBERS, issued_age, random_back
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

_TAGS = tuple(sorted(w.upper() for w in BEFORE_NUMBERS))
_WORD_TAG_RE = re.compile(rf"(?<![\w'’-])(?P<t>{'|'.join(_TAGS)})[ \t](?P<d>\d\d)[ \t](?P<b>[A-Z]{{3}})(?![\w'’-])")
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]+")
_TABLE = RuleTable(((_WORD_TAG_RE, tuple(f"{t} " for t in _TAGS), 1, 12, False),))
# Region letters a memory tag starts with (plate_issue's); I, J, Q, T, U, X and Z start none.
_REGION_LETTERS = frozenset("ABCDEFGHKLMNOPRSVWY")


def _lower_word(text: str, start: int, end: int, last: bool) -> bool:
    """Whether the nearest word in text[start:end] (the last one if `last`) holds a lower-case letter."""
    words = _WORD_RE.findall(text, start, end)
    if not words:
        return False
    word = words[-1] if last else words[0]
    return any(ch.islower() for ch in word)


def caps_tag_plates(text: str) -> Iterator[Span]:
    """Current plates with a word for a tag, in capitals between lower-case words."""
    for _, m in _TABLE.matches(text):
        tag = m.group("t")
        if tag[0] not in _REGION_LETTERS or tag[1] in "IQZ" or not issued_age(m.group("d")):
            continue
        if not random_back(m.group("b")):
            continue
        if _lower_word(text, max(0, m.start() - 40), m.start(), True) and _lower_word(
            text, m.end(), m.end() + 40, False
        ):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
