"""Bare capital initials after the verb that keeps a record: "Logged by CL", "LOGGED BY AK", "entered by JT at
15:40". Whoever kept the note signs with their initials; "logged by" leaves nothing else they could be but a
role's letters ("logged by DSL"), which signed_initials' list keeps, or a word in a note in capitals ("LOGGED BY
HIM"), which the dictionary keeps. signed_initials takes bare capitals only where they close the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.signed_initials import NOT_INITIALS
from dialogs.anonymise.types import EntityType, Span

_GATE = ("logged by ", "recorded by ", "entered by ", "completed by ", "written by ", "typed by ", "minuted by ")
# Two or three capitals, alone: not glued to more letters, digits or a dot ("by CL." ends a sentence; "by C.L."
# is signed_initials').
_RECORDED_BY_RE = re.compile(
    r"\b(?i:logged|recorded|entered|completed|written|typed|minuted)[ \t]+(?i:by)[ \t]+"
    r"(?P<i>[A-Z]{2,3})(?![\w'’@/&-]|\.\w)"
)


def recorded_by_initials(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if not any(g in low for g in _GATE):
        return
    for m in _RECORDED_BY_RE.finditer(text):
        letters = m.group("i").lower()
        if letters not in NOT_INITIALS and letters not in english_words():
            yield Span(EntityType.PERSON, m.start("i"), m.end("i"), P_PERSON)
