"""Names that no list knows, told by the words framing them in a note's everyday phrasing:

- who writes, at a line's start: "poppy appeal - rhyleigh here.", "RAYDON FROM THE VETS BREAKFAST CLUB - ...";
- who a parent is kept from: "SHE WON'T LET HIM SEE RUPJIT.";
- a relative's name between its label and a phone number: "HIS DAUGHTER IN KIRKNEWTON: RHYA 07700900470";
- two children named in brackets after "lads", "girls" or "kids": "2 lads from warspite high (reo + rydal)";
- one of a group with an age: "one of them Purpose is only 14" (a virtue name, an everyday word elsewhere).
Lower-case and capitals notes hide these names from the capitalised-name rules. Every rule but the age one needs a word
no dictionary or list of non-names holds, so "nobody here", "LET HIM SEE THEM" and "FROM THE SCHOOL" stay; the age
rule needs a capital mid-sentence, "one of them", "is" and a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.lexicon import english_words, not_names, record_systems
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_LOW = r"[a-z][a-z'’-]{2,20}"
_ANY = r"(?:[A-Z][a-z'’-]{2,20}|[A-Z][A-Z'’-]{2,20}|[a-z][a-z'’-]{2,20})"

_HERE_RE = re.compile(rf"(?:^|(?<=[-–:][ \t]))(?P<n>{_LOW})[ \t]+here(?=[ \t]*[.,!:;-])", re.MULTILINE)
_FROM_THE_RE = re.compile(r"^(?P<n>[A-Z][A-Z'’-]{2,20})[ \t]+FROM[ \t]+THE[ \t]", re.MULTILINE)
_SEE_RE = re.compile(
    rf"(?<![\w'’])(?i:let)[ \t]+(?i:him|her|them|me|us)[ \t]+(?i:see)[ \t]+(?P<n>{_ANY})(?=[ \t]*(?:[.,;!?)]|$))",
    re.MULTILINE,
)
_KIN = (r"daughter|son|mum|mother|dad|father|wife|husband|sister|brother|nan|nain|gran|grandma|grandad|granddad|"
        r"aunt|auntie|uncle|niece|nephew|partner|carer")
_KIN_PHONE_RE = re.compile(
    rf"(?<![\w'’])(?i:{_KIN})(?:[ \t]+(?i:in|at|from)[ \t]+[A-Za-z][\w'’-]{{1,20}}(?:[ \t]+[A-Za-z][\w'’-]{{1,20}})?)?"
    rf"[ \t]*:[ \t]*(?P<n>{_ANY})[ \t]+(?=\+44|0\d{{3}})"
)
_PAIR_RE = re.compile(
    r"(?<![\w'’])(?i:lads|boys|girls|kids|lasses|teens|children)\b[^()\n]{0,60}"
    rf"\((?P<a>{_LOW})[ \t]*(?:\+|&|and)[ \t]*(?P<b>{_LOW})\)"
)
_ONE_OF_THEM_RE = re.compile(
    r"(?<![\w'’])(?i:one[ \t]+of[ \t]+them),?[ \t]+(?P<n>[A-Z][a-z'’-]{2,20}),?[ \t]+(?:is|was)[ \t]+"
    r"(?:only[ \t]+|just[ \t]+|aged[ \t]+)?\d{1,2}\b"
)
_KIN_LITERALS = tuple(_KIN.split("|"))
_RULES = (
    (_HERE_RE, (" here",), 24, 6, True),
    (_FROM_THE_RE, (" FROM THE ",), 24, 12, False),
    (_SEE_RE, (" see ",), 14, 26, True),
    (_KIN_PHONE_RE, _KIN_LITERALS, 2, 70, True),
    (_PAIR_RE, ("lads", "boys", "girls", "kids", "lasses", "teens", "children"), 2, 120, True),
    (_ONE_OF_THEM_RE, ("one of them",), 2, 40, True),
)
_TABLE = RuleTable(_RULES)
# Capitalised words that start a clause after "one of them": never a name.
_NOT_AGED = frozenset({"The", "He", "She", "They", "It", "This", "That", "Who", "Which", "There"})


def _unknown(word: str) -> bool:
    low = word.lower()
    return low not in english_words() and low not in not_names() and low not in record_systems()


def framed_names(text: str) -> Iterator[Span]:
    for pattern, m in _TABLE.matches(text):
        if pattern is _PAIR_RE:
            if _unknown(m.group("a")) and _unknown(m.group("b")):
                yield Span(_PERSON, m.start("a"), m.end("a"), P_PERSON)
                yield Span(_PERSON, m.start("b"), m.end("b"), P_PERSON)
        elif pattern is _ONE_OF_THEM_RE:
            if m.group("n") not in _NOT_AGED:
                yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
        elif _unknown(m.group("n")):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
