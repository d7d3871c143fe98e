"""Lists of people: in "in today - wenna carveth, ashfaq, dilly hearn, bobbi" two or more items are names
already found, so the items beside them are people too, even when no word list knows them. And a name in
brackets after a person: "dexter (d. swithenbank)", "lady there (williamina) says"."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache

from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import english_words, first_names, name_openers, not_names, places, wordlike_names
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_HANDLE, P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
# Where a list ends: a sentence or line ends, a bracket opens, a heading's colon or a spaced dash.
# Written to begin with one set of characters, which the engine skips ahead to (speed); the same matches as
# "[.!?:;\n()\[\]]|[ \t][-–—][ \t]".
_CLAUSE_END_RE = re.compile(r"[.!?:;\n()\[\] \t](?:(?<=[ \t])[-–—][ \t]|(?<![ \t]))")
_STOP_RE = re.compile(r"[.!?:;\n()\[\]]")


def _clause_ends(text: str) -> list[tuple[int, int]]:
    """The spans _CLAUSE_END_RE.finditer gives: the one-character ends by a regex the engine skips ahead
    with, the spaced dashes by str.find of each dash, as the full scan stopped at every blank (speed)."""
    ends = [m.span() for m in _STOP_RE.finditer(text)]
    n = len(text)
    dashes: list[int] = []
    for dash in "-–—":
        i = text.find(dash, 1)
        while i != -1:
            if text[i - 1] in " \t" and i + 1 < n and text[i + 1] in " \t":
                dashes.append(i)
            i = text.find(dash, i + 1)
    if dashes:
        dashes.sort()
        done = 0
        for i in dashes:
            if i - 1 >= done:  # " - - ": the scan takes the first and steps past its blank
                ends.append((i - 1, i + 2))
                done = i + 2
        ends.sort()
    return ends


_SEP_RE = re.compile(r"[ \t]*(?:,|&|\+|/)[ \t]*|[ \t]+and[ \t]+")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_FUNCTION = frozenset(
    {"the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "from", "by", "is", "was",
     "are", "were", "he", "she", "they", "his", "her", "their", "i", "we", "you", "it", "this", "that", "all",
     "both", "no", "not", "also", "then", "too", "etc", "others", "other", "some", "me", "him", "them", "us"}
)
_MAX_WORDS = 3


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The items of the clause text[start:end], split at commas and "and", with surrounding blanks trimmed."""
    items, i = [], start
    for m in _SEP_RE.finditer(text, start, end):
        items.append((i, m.start()))
        i = m.end()
    items.append((i, end))
    out = []
    for a, b in items:
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        out.append((a, b))
    return out


@cache
def _given() -> frozenset[str]:
    return first_names() | wordlike_names()


@cache
def _stop() -> frozenset[str]:
    return not_names() | name_openers() | places()


def _name_words(words: list[str], found_part: bool) -> bool:
    # The unions built once: building them per list item cost more than the rest of the check (speed).
    english, given, stop = english_words(), _given(), _stop()
    for w in words:
        low = w.lower()
        if low in _FUNCTION or low in ROLE_CUES or low.rstrip(".") in TITLES or (low in stop and low not in given):
            return False
    # Every word one no dictionary has, or a given name: "unbooked pregnancy" has a dictionary word, and
    # "IP Xiaoling Li" or "Parents Tegan Armitage" a role before the name, so the found part stays as it is.
    if found_part and any(w.isupper() or w[:1].isupper() != words[-1][:1].isupper() for w in words):
        return False
    return all(w.lower() not in english or w.lower() in given for w in words)


def list_people(text: str, people: Sequence[Span]) -> Iterator[Span]:
    found = sorted((sp.start, sp.end) for sp in people if sp.type is _PERSON)
    if len(found) < 2 or "," not in text:
        return
    ends = _clause_ends(text)
    clauses = zip([0, *(e for _, e in ends)], [*(s for s, _ in ends), len(text)], strict=True)
    k = 0
    starts = [s for s, _ in found]
    for a, b in clauses:
        while k < len(found) and found[k][1] <= a:
            k += 1
        # Names starting after the clause cannot be inside it: most clauses hold fewer than two (speed).
        j = min(k + 64, bisect.bisect_right(starts, b, k))
        if j - k < 2:
            continue
        inside = [sp for sp in found[k:j] if sp[0] >= a and sp[1] <= b]
        if len(inside) < 2 or "," not in text[a:b]:
            continue
        yield from _list_items(text, _items(text, a, b), inside)


def _list_items(text: str, items: list[tuple[int, int]], inside: list[tuple[int, int]]) -> Iterator[Span]:
    hits = [any(s < ie and e > ib for s, e in inside) for ib, ie in items]
    if sum(hits) < 2:
        return
    for (ib, ie), hit in zip(items, hits, strict=True):
        words = _WORD_RE.findall(text, ib, ie)
        # The item must be nothing but its words: "spoke to kerry" or "bobbi (sw)" is no bare list item.
        if not words or len(words) > _MAX_WORDS or " ".join(words) != " ".join(text[ib:ie].split()):
            continue
        if hit and all(s <= ib and e >= ie for s, e in inside if s < ie and e > ib):
            continue  # found whole already
        if _name_words(words, hit):
            yield Span(_PERSON, ib, ie, P_PERSON)


# An initial and a surname, or one or two words, in brackets: the fuller or other name of who came before.
_BRACKETED_RE = re.compile(r"\((?P<n>(?:[a-z]\.?[ \t])?[a-z][a-z'’-]{2,}(?:[ \t][a-z][a-z'’-]{2,})?)\)")


# A nickname or a handle in brackets straight after a found name: "Turlach McAleer (Kipper)", "Arnis Šmits
# (xx.arnis.smit)", "Dobrica Dudas (K-Dog)", "Daciana Ene (Little Miss)", "Marwan (Zippy, snap ...)". Roles
# ("(SW)", "(Mum)", "(Head Teacher)") and acronyms stay.
_ALIAS_RE = re.compile(
    r"[ \t]\((?P<n>[A-Z][a-z]{2,}|[A-Z][a-z]*-[A-Z][a-z]+|[A-Z][a-z]+[ \t][A-Z][a-z]*"
    r"|(?=[\w.]*[._\d])[a-z0-9][\w.]{3,29}[a-z0-9])(?:\)|,[ \t])"
)
# The same in a log in capitals: "RM 5 RIAIN (LIL ROCKET)", "GHAZANFAR (RIZZY)"; acronyms ("(EHCP)", "(LAC)") stay.
_CAPS_ALIAS_RE = re.compile(r"[ \t]\((?P<n>[A-Z][A-Z'’-]{3,}|[A-Z]{3,}[ \t][A-Z][A-Z'’-]*)(?:\)|,[ \t])")
# Words that open a two-word nickname though they are roles or titles alone: "Lady T", "Little Miss".
_NICK_OPENERS = frozenset({"lady", "little", "lil", "big", "young", "mad", "baby", "lord", "king", "queen", "miss"})
# Another name after a slash, ending the clause: "bfs name is dan craggs / zippy".
_SLASH_ALIAS_RE = re.compile(r"[ \t]+/[ \t]+(?P<n>[A-Za-z][a-z'’-]+)(?=[ \t]*(?:$|[.,;!?)\n]))")


# What a bracket after a name says of its part in a meeting or a team: "Jo Bloggs (Chair)".
_MEETING_ROLES = frozenset(
    {"chair", "chairperson", "minutes", "notetaker", "apologies", "interpreter", "observer", "guest", "host", "lead",
     "student", "trainee", "locum", "agency", "bank", "volunteer", "director", "coordinator", "admin", "author",
     "referrer", "reporter", "witness", "victim", "suspect", "tenant", "owner", "driver", "passenger", "applicant",
     "claimant", "respondent", "appellant", "carer", "parent", "guardian", "sibling", "twin", "deceased", "retired"}
)


@cache
def _alias_stop() -> frozenset[str]:
    return not_names() | places() | ROLE_CUES | _MEETING_ROLES


def _alias_ok(alias: str, stop: frozenset[str]) -> bool:
    words = alias.lower().replace("-", " ").split()
    if len(words) == 1:
        return words[0] not in stop
    # "(Early Help)", "(Head Teacher)", "(Named Person)": a team or a role, not a nickname.
    return alias.lower() not in stop and not any(w in stop and w not in _NICK_OPENERS for w in words)


def _caps_alias_ok(alias: str, stop: frozenset[str]) -> bool:
    words = alias.split()
    if len(words) == 2:
        return words[0] in _NICK_OPENERS and words[1] not in stop
    # A nickname has a vowel after its first letter and no dictionary has it; an acronym has neither.
    return alias not in stop and alias not in english_words() and any(c in "aeiouy" for c in alias[1:])


def bracketed_aliases(text: str, people: Sequence[Span]) -> Iterator[Span]:
    slash = " / " in text or "\t/" in text or "/\t" in text
    if "(" not in text and not slash:
        return
    stop = _alias_stop()
    for sp in people:
        if sp.type is not _PERSON:
            continue
        if slash and text.startswith((" /", "\t/", "  "), sp.end):
            s = _SLASH_ALIAS_RE.match(text, sp.end)
            if s is not None and s.group("n").lower() not in stop and s.group("n").lower() not in _PRONOUNS:
                yield Span(_PERSON, s.start("n"), s.end("n"), P_PERSON)
        if not text.startswith(" (", sp.end):
            continue
        if text[sp.start : sp.end].isupper():
            c = _CAPS_ALIAS_RE.match(text, sp.end)
            if c is not None and _caps_alias_ok(c.group("n").lower(), stop):
                yield Span(_PERSON, c.start("n"), c.end("n"), P_PERSON)
                continue
        m = _ALIAS_RE.match(text, sp.end)
        if m is None:
            continue
        alias = m.group("n")
        if alias[0].isupper():
            if _alias_ok(alias, stop):
                yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
        elif sum(c.isalpha() for c in alias) >= 3:
            yield Span(EntityType.HANDLE, m.start("n"), m.end("n"), P_HANDLE)


# "Zinnia Fearnley (she/her)": pronouns, not another name.
_PRONOUNS = frozenset({"she", "her", "hers", "he", "him", "his", "they", "them", "theirs", "their", "it", "xe", "ze"})


def bracketed_people(text: str, people: Sequence[Span]) -> Iterator[Span]:
    """"dexter (d. swithenbank)", "tate (t bickerstaff)", "lady there (williamina) says": in lower-case notes,
    words no dictionary has in brackets straight after a found name or a role are that person's name."""
    if "(" not in text:
        return
    ends = {sp.end for sp in people if sp.type is _PERSON}
    english = english_words()
    for m in _BRACKETED_RE.finditer(text):
        words = [w for w in m.group("n").replace(".", " ").split() if len(w) > 1]
        # "her son (asd)", "mum (tbc)": an abbreviation or an everyday word in brackets says something else.
        if not words or any(w in english or w in not_names() or w in ROLE_CUES or not namelike(w, english)
                            for w in words):
            continue
        head = text[max(0, m.start() - 24) : m.start()].rstrip(" \t")
        before = head.lower().split()[-2:]
        if (m.start() - (len(text[: m.start()]) - len(text[: m.start()].rstrip(" \t")))) in ends \
                or any(w in ROLE_CUES for w in before):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
