"""Given names that are everyday words or too short for the lists, told by the surname and what follows it.

"bay 3 vi sankey (02/06/1946)", "win southall (42) in bed": in a quick lower-case note a found surname with an age
or a birth date in brackets after it has its given name straight before it, whatever that word is, when a clause
opens before the two. "Win Twist 34/40, dob ...": a midwife's handover puts the woman's name before her weeks of
pregnancy. "fenix laws says he's off": a word no list has, opening a clause, with a word and "says" after it, is a
given name and its surname.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, first_names, not_names, wordlike_names
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# An age or a date of birth in brackets after the surname.
_AGE_OR_BIRTH_RE = re.compile(r"[ \t]?\((?:\d{1,2}\)|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\))")
# The word before the surname, and what opens the clause before that word: a comma, a colon, a line's start, or a
# bed's or a room's number ("bay 3 vi sankey").
_GIVEN_BEFORE_RE = re.compile(
    r"(?:^|[,:;]|\b(?:bay|bed|room|rm|cubicle|side[ \t]+room)[ \t]*\d{1,3})[ \t]*(?P<n>[a-z]{2,10})[ \t]+$",
    re.MULTILINE,
)
# Words that open a clause before a surname and are no given name.
NOT_GIVEN = ROLE_CUES | frozenset(
    {"the", "a", "an", "my", "his", "her", "their", "our", "your", "and", "or", "but", "to", "of", "for", "with", "at",
     "in", "on", "by", "from", "is", "was", "saw", "seen", "visited", "called", "rang", "told", "met", "asked", "spoke",
     "per", "via", "re", "so", "then", "also", "now", "pt", "patient", "mr", "mrs", "ms", "miss", "dr", "nurse",
     "passenger", "driver", "rider", "pillion", "tenant", "occupant", "lodger", "visitor", "guest", "caller"}
)
# "Win Twist 34/40": two capitalised words after a label's colon, then weeks of pregnancy.
# Read back from each "/40" found by str.find (speed).
_GESTATION_RE = re.compile(r"(?:^|:)[ \t]*(?P<n>[A-Z][a-z]+[ \t]+[A-Z][a-z'’-]+)[ \t]+\d{1,2}(?:\+\d)?$", re.MULTILINE)
# "fenix laws says he's off": a clause opening with a word no list has, a second word, then "says".
# Read back from each " says" or " said" found by str.find (speed).
_PAIR_SAYS_RE = re.compile(r"(?:^|[,:;.][ \t])[ \t]*(?P<n>(?P<g>[a-z]{3,})[ \t]+[a-z]{3,})$", re.MULTILINE)


@cache
def _given() -> frozenset[str]:
    # Built once: the union of two large lists per note was four fifths of this rule's time (speed).
    return first_names() | wordlike_names()


def given_before_surnames(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    given = _given()
    for sp in spans:
        if sp.type is not EntityType.PERSON or not text[sp.start : sp.end].islower():
            continue
        # A given name found is the whole name: a role may stand before it ("passenger kayden (10)").
        low = text[sp.start : sp.end]
        if " " in low or low in given or _AGE_OR_BIRTH_RE.match(text, sp.end) is None:
            continue
        m = _GIVEN_BEFORE_RE.search(text, max(0, sp.start - 30), sp.start)
        if m is not None and m.group("n") not in NOT_GIVEN:
            yield Span(EntityType.PERSON, m.start("n"), sp.end, P_PERSON)
    for i in _found(text, "/40"):
        if (m := _GESTATION_RE.search(text, max(0, i - 50), i)) is not None and text[i + 3 : i + 4] in ("", " ", ","):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
    english, others = english_words(), not_names()
    for i in [*_found(text, " says"), *_found(text, " said")]:
        m = _PAIR_SAYS_RE.search(text, max(0, i - 30), i)
        if m is None or text[i + 5 : i + 6] not in ("", " ", ",", "."):
            continue
        word = m.group("g")
        if word not in english and word not in others and word not in NOT_GIVEN and namelike(word, english):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def _found(text: str, literal: str) -> list[int]:
    out: list[int] = []
    i = text.find(literal)
    while i != -1:
        out.append(i)
        i = text.find(literal, i + 1)
    return out
