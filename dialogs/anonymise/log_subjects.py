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

from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES
from dialogs.anonymise.lexicon import english_words, not_names
from dialogs.anonymise.name_context import namelike, typo_of_word
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_WORD = r"[a-z][a-z'’-]+"
_DATE = (r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9},?[ \t]+\d{4}"
         r"|[a-z]{3,9}[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}|\d{1,2}")
# A word, maybe the word before it, then a date of birth or an age in brackets.
_DOB_AFTER_RE = re.compile(
    rf"(?<![\w'’-])(?:(?P<g>{_WORD})[ \t]+)?(?P<n>{_WORD})[ \t]*\((?:dob[ \t:]*)?(?:{_DATE})\)", re.IGNORECASE
)
# A heading's dash or colon, or a line's start, straight before the pair.
_OPENS_BEFORE_RE = re.compile(r"(?:^|[-–:][ \t]*|\n)$")
_HEADED_RE = re.compile(
    rf"(?i:txt|text|msg|message|log|note|email|handover|update|whatsapp|teams|chat|slack|call)[ \t]*:[ \t]+"
    rf"(?P<n>{_WORD})[ \t]+[a-z]"
)
_CALL_ME_RE = re.compile(rf"(?<![\w'’-])(?P<n>{_WORD})[ \t]+(?:pls|plz|please|can you|can u|could you)[ \t]+"
                         r"(?:call|ring|text|phone|get back)\b")


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


def log_subjects(text: str) -> Iterator[Span]:
    english = english_words()
    if "(" in text:
        for m in _DOB_AFTER_RE.finditer(text):
            if not m.group("n").islower() or not _unknown(m.group("n"), english):
                continue
            start = m.start("n")
            given = m.group("g")
            # The given name may be any word when a heading opens the pair: "teams: hardev - happy akubuike".
            if given is not None and _given_ok(given) \
                    and _OPENS_BEFORE_RE.search(text, max(0, m.start() - 3), m.start()) is not None:
                start = m.start("g")
            yield Span(_PERSON, start, m.end("n"), P_PERSON)
    if ":" in text:
        for m in _HEADED_RE.finditer(text):
            if _unknown(m.group("n"), english):
                yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    low = text.lower()
    if "call" in low or "ring" in low or "text" in low or "phone" in low:
        for m in _CALL_ME_RE.finditer(text):
            if m.group("n").islower() and _unknown(m.group("n"), english):
                yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
