"""A surname in capitals before a comma and a found given name, the way police and court records set a
name out: "Injured party BENTHAM, Wendy (3rd April 1964)", "Suspect GWYNEDD, Mared". The given name was
found; the capitals before it are only a name when a date or note in brackets follows, or a role word
comes before ("NOTE, Wendy said" stays). And a surname in capitals straight before the given name, with the
date of birth after it ("KRYEZIU Ylber, d.o.b 21/11/1969")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.lexicon import english_words, not_names, surnames
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAPS_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<s>[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]+)?),[ \t]+$")
_ROLES = frozenset(
    {"party", "suspect", "victim", "offender", "subject", "name", "name:", "accused", "defendant", "witness",
     "complainant", "arrested", "detained", "nominal", "perpetrator", "aggrieved", "person", "ip", "ap"}
)


_CAPS_JUST_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<s>[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?)[ \t]$")
# What follows a name in a record: its date of birth.
_DOB_AFTER_RE = re.compile(r",?[ \t]*(?:\(|d\.?o\.?b\b|born\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})", re.IGNORECASE)


def caps_surnames(text: str, people: Iterable[Span]) -> Iterator[Span]:
    english = english_words()
    for sp in people:
        if sp.type is not EntityType.PERSON or sp.start < 5:
            continue
        if text[sp.start - 1 : sp.start] == " " and text[sp.start - 2 : sp.start - 1].isupper():
            yield from _surname_first(text, sp, english)
            continue
        if text[sp.start - 2 : sp.start] != ", ":
            continue  # a cheap look first: most names have no comma straight before them (speed)
        given = text[sp.start : sp.end]
        if not given[:1].isupper() or given.isupper():
            continue
        m = _CAPS_BEFORE_RE.search(text, max(0, sp.start - 30), sp.start)
        if m is None:
            continue
        words = text[max(0, m.start() - 20) : m.start()].lower().split()
        role = bool(words) and words[-1] in _ROLES
        bracket = text[sp.end : sp.end + 3].lstrip(" \t").startswith("(")
        if role or (bracket and m.group("s").lower() not in english):
            yield Span(EntityType.PERSON, m.start("s"), m.end("s"), P_PERSON)


def _surname_first(text: str, sp: Span, english: frozenset[str]) -> Iterator[Span]:
    """"AMB handover 02:14 - KRYEZIU Ylber, d.o.b 21/11/1969": a record's surname in capitals straight before
    the found given name, with the date of birth after it; not a shouted word ("URGENT Kerry, 12/3")."""
    given = text[sp.start : sp.end]
    if not given[:1].isupper() or given.isupper() or _DOB_AFTER_RE.match(text, sp.end) is None:
        return
    m = _CAPS_JUST_BEFORE_RE.search(text, max(0, sp.start - 30), sp.start)
    if m is None:
        return
    low = m.group("s").lower()
    # "RSO Kerry (DOB ...)": three capitals are more often a role's initials than a surname the lists lack.
    if low in english or low in not_names() or not _VOWELS.intersection(low) or (
            len(low.replace("-", "")) < 4 and low not in surnames()):
        return
    yield Span(EntityType.PERSON, m.start("s"), sp.end, P_PERSON)


_VOWELS = frozenset("aeiouy")
