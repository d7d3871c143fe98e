"""A surname in capitals before a comma and a found given name, the way police and court records set a
name out: "Injured party BENTHAM, Wendy (3rd April 1964)", "Suspect GWYNEDD, Mared". The given name was
found; the capitals before it are only a name when a date or note in brackets follows, or a role word
comes before ("NOTE, Wendy said" stays)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAPS_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<s>[A-Z][A-Z'’]{2,}(?:-[A-Z][A-Z'’]+)?),[ \t]+$")
_ROLES = frozenset(
    {"party", "suspect", "victim", "offender", "subject", "name", "name:", "accused", "defendant", "witness",
     "complainant", "arrested", "detained", "nominal", "perpetrator", "aggrieved", "person", "ip", "ap"}
)


def caps_surnames(text: str, people: Iterable[Span]) -> Iterator[Span]:
    english = english_words()
    for sp in people:
        if sp.type is not EntityType.PERSON or sp.start < 5 or text[sp.start - 2 : sp.start] != ", ":
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
