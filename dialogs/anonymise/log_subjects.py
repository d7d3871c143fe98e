"""Whom a quick log line is about, in lower case, where the line's shape says it before any word does:

- a word no dictionary has with a date of birth in brackets straight after it ("akubuike (2013-10-25)"), and
  the word before it when a heading's dash or colon opens the pair ("teams: hardev - happy akubuike (...)",
  "supported housing incident: breeze wigham (9)");
- a word no dictionary has straight after a message's heading ("sexual health clinic txt: ugomma in for ...");
- a word no dictionary has asked to call, closing a message ("... babul pls call").

A word no dictionary has is also not a known non-name, a role or a typo of an everyday word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES
from dialogs.anonymise.lexicon import english_words, not_names
from dialogs.anonymise.name_context import namelike, typo_of_word
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_WORD = r"[a-z][a-z'’-]+"
_DATE = (r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9},?[ \t]+\d{4}"
         r"|[a-z]{3,9}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}")
# A date of birth or an age in brackets, and the word (maybe two) straight before it. Each is tried only at a
# "(" found by str.find, with the words read back from it: the whole pattern at every word of a long note cost
# a tenth of its time (speed).
_BRACKET_DATE_RE = re.compile(rf"\((?:dob[ \t:]*)?(?:{_DATE})\)", re.IGNORECASE)
_WORDS_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?:(?P<g>{_WORD})[ \t]+)?(?P<n>{_WORD})[ \t]*$", re.IGNORECASE)
# A heading's dash or colon, or a line's start, straight before the pair.
_OPENS_BEFORE_RE = re.compile(r"(?:^|[-–:][ \t]*|\n)$")
# A message's heading word before a colon, and the word after it: read at each ":" found by str.find (speed).
_HEADINGS = frozenset({"txt", "text", "msg", "message", "log", "note", "email", "handover", "update", "whatsapp",
                       "teams", "chat", "slack", "call"})
_HEADING_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Za-z]+)[ \t]*$")
_AFTER_HEADING_RE = re.compile(rf"[ \t]+(?P<n>{_WORD})[ \t]+[a-z]")
# A word, then a request to call: read back from each request word found by str.find (speed).
_REQUESTS = (" pls ", " plz ", " please ", " can you ", " can u ", " could you ")
_CALL_AFTER_RE = re.compile(r"[ \t]+(?:call|ring|text|phone|get back)\b", re.IGNORECASE)
_WORD_BEFORE_RE = re.compile(rf"(?<![\w'’-])(?P<n>{_WORD})$")


def _unknown(word: str, english: frozenset[str]) -> bool:
    low = word.lower()
    if low.endswith(("'s", "’s")) or ("-" in low and all(p in english for p in low.split("-"))):
        return False  # "someone's dumped", "burnt-out": a possessive or a compound of everyday words
    return (low not in english and low not in not_names() and low not in ADULT_ROLES and low not in CHILD_ROLES
            and namelike(low, english) and not typo_of_word(low, english))


def _given_ok(word: str) -> bool:
    # "hv here - visited shamsunnahar (...)": a verb opens the clause, not a given name.
    return word.islower() and word not in not_names() and not word.endswith(("ed", "ing")) and word not in _VERBS


_VERBS = frozenset({"saw", "met", "seen", "rang", "called", "visit", "see", "and", "with", "for", "to", "from", "by",
                    "re", "is", "was", "has", "had", "the", "a", "an", "her", "his", "their", "my", "our"})


def _finds(text: str, sub: str) -> Iterator[int]:
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


def log_subjects(text: str) -> Iterator[Span]:
    english = english_words()
    for i in _finds(text, "("):
        if _BRACKET_DATE_RE.match(text, i) is None:
            continue
        m = _WORDS_BEFORE_RE.search(text, max(0, i - 60), i)
        if m is None or not m.group("n").islower() or not _unknown(m.group("n"), english):
            continue
        start = m.start("n")
        given = m.group("g")
        # The given name may be any word when a heading opens the pair: "teams: hardev - happy akubuike".
        if given is not None and _given_ok(given) \
                and _OPENS_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) is not None:
            start = m.start("g")
        yield Span(_PERSON, start, m.end("n"), P_PERSON)
    for i in _finds(text, ":"):
        heading = _HEADING_BEFORE_RE.search(text, max(0, i - 12), i)
        if heading is None or heading.group(1).lower() not in _HEADINGS:
            continue
        m = _AFTER_HEADING_RE.match(text, i + 1)
        if m is not None and _unknown(m.group("n"), english):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    low = scan.lowered(text)
    for request in _REQUESTS:
        for i in _finds(low, request):
            if _CALL_AFTER_RE.match(text, i + len(request) - 1) is None:
                continue
            m = _WORD_BEFORE_RE.search(text, max(0, i - 30), i)
            if m is not None and m.group("n").islower() and _unknown(m.group("n"), english):
                yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
