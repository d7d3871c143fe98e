"""Schools whose kind is cut short, in the places a note names its school without a cue before it:

- a special school written "sp sch" ("School: ashgrove sp sch", "ADAM FOX, ASHGROVE SP SCH"): no everyday phrase
  has that shape, so one to three name words before it are the school wherever it stands;
- an infants', juniors' or academy's short tail in a heading's segment or on a school's run ("review - holm
  lea infs - child", "ALEX OKE, HOLM LEA INFS", "the holm lea infs run"): `school_tails` needs a cue word before
  the name ("at", "from"), and a heading has only a dash or a comma;
- "special" alone after a name between a heading's dashes ("annual review - holm lea special - child (yr 8)").

"infs" is also a nurse's "infections" ("recurrent chest infs") and "special" an everyday word, so those two need a
name word no dictionary lists, and medical words end the walk back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_WORD = r"[A-Za-z][A-Za-z'’-]{1,20}"
# One to three name words, then "sp sch" (or "spec sch", "sp. school"). The walk back is bounded by the count.
_SP_SCH_RE = re.compile(
    rf"(?<![\w'’-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+(?P<t>(?i:sp|spec|spl)\.?[ \t]+(?i:sch|school))"
    r"(?![\w'’-])"
)
# A heading's segment: opened by a dash, a comma or a line's start, or "the" before a school's run; closed by a
# dash, a comma, a stop, a bracket or a line's end, or by the run itself.
_SEGMENT_RE = re.compile(
    rf"(?:^|(?<=[ \t][-–][ \t])|(?<=,[ \t])|(?<=\bthe[ \t])|(?<=\bTHE[ \t]))"
    rf"(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+(?P<t>(?i:infs|jnrs|jnr|acad))"
    r"(?=[ \t]+[-–][ \t]|[ \t]*[,.;)]|[ \t]*$|[ \t]+(?i:run|bus|minibus|taxi|escort|gates?|playground)\b)",
    re.MULTILINE,
)
# "special" only between a heading's two dashes.
_SPECIAL_RE = re.compile(
    rf"(?<=[ \t][-–][ \t])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+(?P<t>(?i:special))(?=[ \t]+[-–][ \t])"
)
_RULES = (
    (_SP_SCH_RE, ("sp sch", "sp. sch", "spec sch", "spl sch", "sp school", "spec school", "sp. school"), 70, 14,
     True),
    (_SEGMENT_RE, ("infs", "jnr", "acad"), 70, 30, True),
    (_SPECIAL_RE, (" special -", " special –"), 70, 12, True),
)
_TABLE = RuleTable(_RULES)
_NONBLANK_RE = re.compile(r"\S+")

# Words that are never part of a school's name: grammar, and what a nurse writes "infs" after.
_STOP = frozenset(
    {"at", "to", "from", "in", "on", "the", "a", "an", "his", "her", "their", "my", "our", "your", "and", "or",
     "for", "with", "by", "is", "was", "of", "goes", "went", "go", "going", "attends", "attended", "into", "now",
     "school", "sch", "pupil", "child", "review", "meeting", "visit", "new", "old", "ehcp", "idp", "run", "bus",
     "chest", "ear", "ears", "eye", "eyes", "urine", "urinary", "water", "skin", "wound", "bladder", "kidney",
     "resp", "viral", "bacterial", "fungal", "recurrent", "repeated", "frequent", "freq", "multiple", "several",
     "more", "many", "no", "two", "three", "uti", "utis", "lrti", "urti", "tract", "line", "site", "stoma",
     "peg", "tube", "throat", "sinus", "lung", "bowel", "joint", "bone", "dental", "tooth", "yeast", "any"}
)


def _name_words(name: str) -> list[str] | None:
    """The name's words after any grammar before it is dropped; None where a stop word stands inside it."""
    words = name.split()
    while words and words[0].lower() in _STOP:
        words.pop(0)
    if not words or any(w.lower() in _STOP for w in words):
        return None
    return words


def _same_case(words: list[str], tail: str) -> bool:
    if tail.isupper() and len(tail) > 2:
        return all(w.isupper() for w in words)
    if tail.islower():
        return all(w.islower() for w in words) or all(w[0].isupper() for w in words)
    return all(w[0].isupper() for w in words)


def school_short_kinds(text: str) -> Iterator[Span]:
    english = english_words()
    for pattern, m in _TABLE.matches(text):
        words = _name_words(m.group("n"))
        tail = m.group("t")
        if words is None or not _same_case(words, tail.split()[0]):
            continue
        lows = [w.lower() for w in words]
        if pattern is not _SP_SCH_RE:
            # "infs" and "special" are words too: a name no dictionary, list of names or places has must be there.
            if not any(w not in english and w not in first_names() and w not in places() for w in lows):
                continue
            if any(w in not_names() for w in lows):
                continue
        # The name's first word kept after dropping the grammar before it.
        offsets = [w.start() for w in _NONBLANK_RE.finditer(m.group("n"))]
        start = m.start("n") + offsets[len(offsets) - len(words)]
        yield Span(EntityType.SCHOOL, start, m.end("t"), P_SCHOOL)
