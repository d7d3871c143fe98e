"""A name someone gave, written in lower case: "one lad gave his name as wyre", "she gives her name as tash".

Notes typed in lower case lose the capital that the other name rules look for; "gave his name as" says the
next word is a name whatever its case. An everyday word there ("gave her name as well") is the sentence
going on, so the word must not be English unless it is a known first name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.lexicon import english_words, first_names
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_GAVE_LOWER_RE = re.compile(
    r"\b(?i:give|gives|giving|given|gave)[ \t]+(?i:his|her|their|a)[ \t]+(?i:name)[ \t]+(?i:as)[ \t]+"
    r"(?P<n>[a-z][a-z'’-]{1,}[a-z])(?![\w'’-])"
)
_TABLE = RuleTable(((_GAVE_LOWER_RE, (" name as ",), 20, 30, True),))


def given_lower_names(text: str) -> Iterator[Span]:
    """Lower-case names after "gave his/her name as"."""
    for _, m in _TABLE.matches(text):
        word = m.group("n")
        if word not in english_words() or word in first_names():
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
