"""What the words around an unknown lower-case word say about it, for the name rules in names.py:

- a role in brackets after it ("discussed w/ modupe (DSL)", "rang bev (SW)");
- an age before it ("10 yr old nirojan in the back", "a 15yo kofi");
- an age after it ("henok is 15 and keeps turning up").

Only words that no word list knows reach these checks, so an everyday word is never taken.
"""

from __future__ import annotations

import re

from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES

_ROLE_BRACKET_RE = re.compile(r" ?\(([A-Za-z][A-Za-z -]{0,24})\)")
# "10 yr old ", "10-year-old ", "15yo ", "a 9 year old ": the age comes straight before the name.
_AGED_BEFORE_RE = re.compile(r"\b\d{1,2}[ -]?(?:y(?:ea)?rs?[ -]?old|yo|y/o)[ \t]+$", re.IGNORECASE)
# "henok is 15": an age, not a time ("is 10 am"), a score ("is 15/20") or an amount ("is 15%").
_IS_AGE_RE = re.compile(
    r"[ \t]+is[ \t]+(?:aged[ \t]+)?\d{1,2}\b(?![.:/%]\d|\s*(?:am|pm|%|percent|minutes|mins|hours|hrs|out of|/))",
    re.IGNORECASE,
)
_VOWELS = frozenset("aeiouy")


def role_in_brackets(text: str, end: int) -> bool:
    """"modupe (DSL)", "kez (step-dad)": a role named in brackets straight after the word."""
    if not text.startswith(("(", " ("), end):
        return False
    m = _ROLE_BRACKET_RE.match(text, end)
    if m is None:
        return False
    role = m.group(1).strip().lower()
    return role in ADULT_ROLES or role in CHILD_ROLES


def aged_before(text: str, start: int) -> bool:
    """"10 yr old nirojan": an age in years straight before the word."""
    before = text[max(0, start - 16) : start]
    if not before.endswith((" ", "\t")) or not any(c.isdigit() for c in before):
        return False
    return _AGED_BEFORE_RE.search(before) is not None


def age_after(text: str, word: str, end: int, english: frozenset[str]) -> bool:
    """"henok is 15": an age after the word. Abbreviations in lower case ("gcs is 15", "bmi is 15")
    are ruled out by asking for four letters or more, with a vowel; a plural of a word ("sats is 98")
    by its stem."""
    if len(word) < 4 or not _VOWELS.intersection(word) or (word.endswith("s") and word[:-1] in english):
        return False
    return _IS_AGE_RE.match(text, end) is not None


# Family words that start a note's mention of a relative: "Mum Beryl on ...", "Nan Sheila has ...".
KIN = frozenset(
    {"mum", "mam", "mom", "dad", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "grandpa",
     "stepdad", "stepmum", "step-dad", "step-mum", "auntie", "aunty", "aunt", "uncle", "brother", "sister",
     "son", "daughter"}
)
_LOWER_AFTER_RE = re.compile(r"[ \t]*(?:[a-z]|,|\+?\d)")


def lower_after(text: str, end: int) -> bool:
    """"Mum Beryl on", "Mum Beryl, 07...": what follows is no capitalised heading ("Mum Support Group")."""
    return _LOWER_AFTER_RE.match(text, end) is not None
