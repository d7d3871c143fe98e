"""A patient named at the head of a ward-list line in lower case: "ward round note 2023-11-24: abide barakzay, 14,
Bay 3, DKA.", "handover:\njo smith, 9, bed 12".

A ward list gives each child as "name surname, age, bay/bed", and a quick note types it all in lower case, so the
capital the name rules look for is lost. The age and the bed after the two words say a patient is named whatever the
words are (given names are often everyday words: "Medal", "Measure"), so the rule needs that whole shape, at a line's
start or after a colon, and only words no ward note uses for a patient ("seen pt, 14, bed 3") are let go.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_WORD = r"[a-z][a-z'’-]{1,24}"
_BED_LINE_RE = re.compile(
    rf"(?:^|(?<=:)|(?<=:[ \t])|(?<=:[ \t]{{2}}))[ \t]*(?P<n>{_WORD}[ \t]+{_WORD}),[ \t]*\d{{1,2}}[ \t]*"
    r"(?:y|yo|yrs?|years?(?:[ \t]+old)?)?,[ \t]*(?i:bay|bed|cubicle|side[ \t]+room|sr)[ \t]*\d{1,2}\b",
    re.MULTILINE,
)
# Words a ward note puts where a name would stand that name nobody: "seen pt, 14, bed 3", "new admission, 9, bay 2".
_NOT_NAMES = frozenset(
    {
        "seen",
        "pt",
        "patient",
        "pts",
        "child",
        "boy",
        "girl",
        "baby",
        "male",
        "female",
        "young",
        "man",
        "woman",
        "lady",
        "gent",
        "the",
        "a",
        "an",
        "this",
        "that",
        "our",
        "her",
        "his",
        "their",
        "new",
        "admitted",
        "admission",
        "reviewed",
        "review",
        "known",
        "today",
        "aged",
        "age",
        "and",
        "with",
        "for",
        "to",
        "of",
        "in",
        "on",
        "at",
        "post",
        "op",
        "day",
        "case",
        "ward",
        "round",
        "note",
        "notes",
        "plan",
        "same",
        "as",
        "above",
        "bay",
        "bed",
    }
)
_TABLE = RuleTable(((_BED_LINE_RE, (", bay", ", bed", ", cubicle", ", side room", ", sr"), 80, 12, True),))


def ward_list_names(text: str) -> Iterator[Span]:
    """Two lower-case words heading a ward-list line, told by the age and bed after them."""
    for _, m in _TABLE.matches(text):
        words = m.group("n").split()
        if any(w.strip("'’-") in _NOT_NAMES or w in ROLE_CUES for w in words):
            continue
        yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
