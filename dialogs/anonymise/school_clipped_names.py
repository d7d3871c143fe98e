"""Schools written the short way a parent or a cadet leader writes them:

- the kind clipped to "prim" or "acad" at the end of a list item or a heading's segment: "Cadet: Ann Bell (4/1/09),
  heron lane prim", "yr 8 at yours, fox wynd prim - came to drill night". school_short_kinds takes "acad" only where
  a name word no dictionary lists stands before it, which leaves "vanguard acad" and "spitfire prim" (a name of
  everyday words) in the note. Here the segment must be closed by a line's end, a dash, a comma or a stop, and the
  words before the tail must be a name's (no grammar word, no "very prim").
- a saint's school by its nickname after a school cue: "she goes to st sebs", "his school is ST PATS", "school: St
  Bede's". The saint's name is cut short and glued to its "s", so no list of saints or first names knows it; the cue
  ("goes to", "school is") says it is a school. A church is "goes to church at St ...", not "goes to St ...s".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.school_short_kinds import _STOP as _SCHOOL_STOP
from dialogs.anonymise.types import EntityType, Span

_SCHOOL = EntityType.SCHOOL
_WORD = r"[A-Za-z][A-Za-z'’-]{1,20}"
# A segment opened by a comma, a dash or a line's start, closed by a dash, a comma, a stop or a line's end.
_CLIPPED_RE = re.compile(
    rf"(?:^|(?<=,[ \t])|(?<=[ \t][-–][ \t])|(?<=:[ \t]))(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+"
    r"(?P<t>(?i:prim|acad))(?=[ \t]+[-–][ \t]|[ \t]*[,.;)]|[ \t]*$)",
    re.MULTILINE,
)
# "goes to st sebs", "school is ST PATS.", "school: St Bede's": "st", a short saint's name and its "s".
_SAINT_RE = re.compile(
    r"(?<![\w'’])(?i:(?:goes|go|went|going)[ \t]+to|attends|school[ \t]+is|school:)[ \t]+"
    r"(?P<s>(?i:st)\.?[ \t]+[A-Za-z]{2,8}(?:'s|’s|s|'S|’S|S))"
    r"(?=[ \t]*[,.;:)!?]|[ \t]*$|[ \t]+(?i:and|but|now|in|yr|year)\b)",
    re.MULTILINE,
)
_RULES = (
    (_CLIPPED_RE, (" prim", " acad"), 70, 8, True),
    (_SAINT_RE, ("st ", "st. "), 24, 20, True),
)
_TABLE = RuleTable(_RULES)
# Words that say "prim" is the everyday adjective ("very prim") or that start the sentence, never a school's name.
_NOT_NAME = _SCHOOL_STOP | {"very", "so", "too", "quite", "rather", "bit", "little", "looks", "look", "looked",
                            "seems", "seemed", "prim", "proper", "neat", "tidy", "she", "he", "they", "it", "its",
                            "is", "was", "be", "been", "but", "all", "not", "i", "we", "you", "as", "cadet", "pupil"}


def school_clipped_names(text: str) -> Iterator[Span]:
    for pattern, m in _TABLE.matches(text):
        if pattern is _SAINT_RE:
            yield Span(_SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)
            continue
        words = m.group("n").split()
        if any(w.lower() in _NOT_NAME for w in words):
            continue
        tail = m.group("t")
        # One case style: "vanguard acad", "Vanguard Acad", "VANGUARD ACAD".
        if tail.isupper() != all(w.isupper() for w in words) or (
                tail.islower() and not (all(w.islower() for w in words) or all(w[0].isupper() for w in words))):
            continue
        yield Span(_SCHOOL, m.start("n"), m.end("t"), P_SCHOOL)
