"""Nicknames a drug service is given for the people round a client, told by the form's phrase before them.

A street name is chosen to be a word ("Chipper", "Cider"), so only the phrase says a person is meant:
- whom a client uses with, and what that person did: "Says injecting with Chipper, who gave him the works".
  The drug word, "with", the capital and ", who" after it leave nothing else the word can be.
- the names a cuckooed or exploited client gives: "Names given: Cider, Kadircan Bozkurtoglu (@handle)". Each item
  of the list that is one capitalised word is taken; a full name is left to the name rules, which know it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import CUED_NAME, RuleTable
from dialogs.anonymise.cued_word_names import person_span
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_USES_WITH_RE = re.compile(
    r"\b(?i:injecting|injects|injected|using|uses|used|smoking|smokes|scoring|dealing|shooting[ \t]+up|"
    rf"sharing[ \t]+(?:needles|works|pipes?))[ \t]+with[ \t]+(?P<n>{CUED_NAME}),[ \t]+(?i:who)\b"
)
# "Names given: Cider, Kadircan Bozkurtoglu", "names given - Tank and Bolt": the list runs to the sentence's end.
_NAMES_GIVEN_RE = re.compile(
    r"\b(?i:names?[ \t]+given|names?[ \t]+mentioned|street[ \t]+names?)[ \t]*(?::|-|–)?[ \t]*"
    r"(?P<l>[^.\n;]{1,120})"
)
# What a form writes in the list when no name was given: "Names given: None", "Names given: Refused".
_NO_NAME = frozenset(
    {
        "none",
        "unknown",
        "refused",
        "declined",
        "nil",
        "not",
        "various",
        "several",
        "both",
        "others",
        "only",
        "just",
        "same",
        "above",
        "see",
        "unclear",
        "withheld",
        "none given",
        "tbc",
        "unsure",
    }
)
_ITEM_SPLIT_RE = re.compile(r",|\band\b|&|/")
_BRACKET_RE = re.compile(r"\([^()\n]{0,80}\)")
_ONE_NAME_RE = re.compile(rf"[ \t]*(?P<n>{CUED_NAME})[ \t]*")
_TABLE = RuleTable(
    (
        (_USES_WITH_RE, (" with ",), 30, 40, True),
        (
            _NAMES_GIVEN_RE,
            ("names given", "name given", "names mentioned", "name mentioned", "street name"),
            2,
            150,
            True,
        ),
    )
)


def drug_contact_names(text: str) -> Iterator[Span]:
    """Single-word nicknames after a drug-use phrase or a "names given" list."""
    for pattern, m in _TABLE.matches(text):
        if pattern is _USES_WITH_RE:
            if m.group("n").lower() not in ROLE_CUES and (sp := person_span(m)) is not None:
                yield sp
            continue
        yield from _listed(text, m)


def _listed(text: str, m: re.Match[str]) -> Iterator[Span]:
    """Each item of the list that is one capitalised word, no brand, place or role, is a name."""
    start, end = m.span("l")
    # Brackets may hold commas ("(@a, @b)"): blank them so the list splits only between its items.
    body = _BRACKET_RE.sub(lambda b: " " * len(b.group()), text[start:end])
    at = 0
    for piece in _ITEM_SPLIT_RE.split(body):
        one = _ONE_NAME_RE.fullmatch(piece)
        if one is not None:
            word = one.group("n").lower()
            if word not in _NO_NAME and word not in not_names() and word not in places() and word not in ROLE_CUES:
                yield Span(EntityType.PERSON, start + at + one.start("n"), start + at + one.end("n"), P_PERSON)
        at += len(piece)
        sep = _ITEM_SPLIT_RE.match(body, at)
        at = sep.end() if sep is not None else at
