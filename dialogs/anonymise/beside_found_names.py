"""Words beside a name already found that are part of it or another person, though alone they read as words.

- a second person joined to a found one: "KIDS CADAR AND BARKHAD INSIDE", "w Tormad (1 Nov 2025) n Pate, no gas";
- a given name too short for the lists between a role and a found surname: "HV: Lol Bolland", "Social worker Lac
  Banh, 07475 ...", "mum's partner Lol Balderstone";
- a given name that is a word before a Gaelic surname opening with its particle: "so Quest Ó Raghallaigh was";
- a surname that is a role's word after a found given name, with a bracket, an address or a lower-case word after
  it, never a capital: "Quay'Shon Nurse (u14s)", "mum Sherlene Nurse sherlene_25@live.com".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places, wordlike_names
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
# After a found name and its bracket: the joiner, then the other person's word.
_JOINED_RE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?P<j>and|AND|n|&|\+)[ \t]+(?P<n>[A-Z][a-z'’-]{2,}|[A-Z][A-Z'’-]{2,})"
    r"(?![\w'’-])"
)
# Before a found surname: a role's word or a label's colon, then a short capitalised word.
_SHORT_GIVEN_RE = re.compile(r"(?:(?P<r>[A-Za-z]+)|:)[ \t]+(?P<n>[A-Z][a-z]{1,3})[ \t]+$")
# Before a found surname opening with a Gaelic particle: the given name.
_BEFORE_PARTICLE_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z'’-]{2,})[ \t]+$")
_GAELIC = ("Ó ", "Ní ", "Nic ", "Mac ", "Ua ", "Uí ", "Mhic ")
# Surnames that are roles' words, and what may follow one to show it ends a name.
_ROLE_SURNAMES = frozenset({"Nurse", "Coach", "Judge", "Warden", "Bishop", "Porter", "Butler", "Cook"})
_AFTER_SURNAME_RE = re.compile(r"[ \t]+(?P<n>[A-Z][a-z]+)(?=[ \t]*\(|[ \t]+[\w.+-]+@|[ \t]+[a-z])")
# Words a short capital between a role and a surname may be that are not a given name.
_NOT_GIVEN = TITLES | ROLE_CUES | frozenset(
    {"the", "a", "an", "and", "or", "but", "his", "her", "our", "my", "their", "your", "its", "is", "was", "has",
     "had", "not", "re", "to", "of", "for", "with", "at", "in", "on", "by", "from", "per", "via", "see", "new",
     "old", "big", "lil", "wee", "one", "two", "all", "any", "no", "yes", "ex", "sw", "hv", "gp", "pc", "dc"}
)


def beside_found_names(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    english = english_words()
    n = len(text)
    # Each rule's first test is made here as well, so that most names set up no generator at all (speed).
    for sp in spans:
        if sp.type is not _PERSON:
            continue
        start, end = sp.start, sp.end
        if end < n and text[end] in " \t(":
            yield from _joined_after(text, sp, english)
        if " " not in text[start:end]:
            if start >= 3 and text[start].isupper() and text[start - 1] in " \t":
                yield from _short_given_before(text, sp, english)
            if text.startswith((" ", "\t"), end):
                yield from _role_surname_after(text, sp)
        elif text.startswith(_GAELIC, start):
            yield from _given_before_particle(text, sp)


def _joined_after(text: str, sp: Span, english: frozenset[str]) -> Iterator[Span]:
    if sp.end >= len(text) or text[sp.end] not in " \t(":
        return  # most names end a clause with a comma or a stop (speed)
    m = _JOINED_RE.match(text, sp.end)
    if m is None:
        return
    word, joiner = m.group("n"), m.group("j")
    low = word.lower().strip("'’-")
    if low in not_names() or low in ROLE_CUES or low in places() or low in TITLES:
        return
    # "n" is a chat's "and", which a thing seldom follows; after "and" the word must be no dictionary's, and in
    # capitals the found name must be in capitals too ("KIDS CADAR AND BARKHAD", not "Cadar and NHS").
    if joiner in ("n", "&", "+") or (low not in english and word.isupper() == text[sp.start : sp.end].isupper()):
        yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)


def _short_given_before(text: str, sp: Span, english: frozenset[str]) -> Iterator[Span]:
    if sp.start < 3 or not text[sp.start].isupper() or text[sp.start - 1] not in " \t":
        return
    m = _SHORT_GIVEN_RE.search(text, max(0, sp.start - 40), sp.start)
    if m is None or m.group("n").lower() in _NOT_GIVEN:
        return
    role = m.group("r")
    if role is not None and role.lower() not in ROLE_CUES:
        return
    yield Span(_PERSON, m.start("n"), sp.end, P_PERSON)


def _given_before_particle(text: str, sp: Span) -> Iterator[Span]:
    m = _BEFORE_PARTICLE_RE.search(text, max(0, sp.start - 30), sp.start)
    if m is None:
        return
    low = m.group("n").lower()
    if low in _NOT_GIVEN or low in not_names() or low in places():
        return
    yield Span(_PERSON, m.start("n"), sp.end, P_PERSON)


def _role_surname_after(text: str, sp: Span) -> Iterator[Span]:
    if not text.startswith((" ", "\t"), sp.end):
        return
    m = _AFTER_SURNAME_RE.match(text, sp.end)
    if m is None or m.group("n") not in _ROLE_SURNAMES:
        return
    given = text[sp.start : sp.end].lower()
    if given in first_names() or given in wordlike_names() or given not in english_words():
        yield Span(_PERSON, sp.start, m.end("n"), P_PERSON)
