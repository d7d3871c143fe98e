"""Street nicknames the name rules leave whole or in part, told by how such names are made or what is said of them.

- "Big Tel", "Lil T", "Big Mo", "Mad Dog": a nickname is often a given name or a letter after "Big", "Lil",
  "Yung" or "Mad". Where the name after it is found, the word before is part of it; where the name is a capital
  letter or a short capitalised word no list holds, the two are a nickname (a thing after "Big" is lower case: "a
  big van"). "Baby" and "Wee" are left out: "Baby Charlene", "Baby A" is how a note names an infant, and the
  word says the person is a baby, which the advice needs.
- "Associates: Brains, Abner Thody (0756...)": every item on a line headed "Associates" is a person.
- "he owes Lanyard for phones", "says Canteen "owns" him": a debt or a hold over someone is a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.anchored_rules import CUED_NAME, RuleTable
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_PREFIXES = ("Big", "Lil", "Yung", "Mad", "BIG", "LIL", "YUNG", "MAD")
# The prefix straight before a found name: "Big Tel", "LIL DEUCE".
_PREFIX_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<p>Big|Lil['’]?|Yung|Mad|BIG|LIL|YUNG|MAD)[ \t]$")
# The prefix then a capital letter or a short capitalised word: "Lil T", "Big Mo".
_PREFIX_SHORT_RE = re.compile(
    r"(?<![\w'’-])(?P<n>(?:Big|Lil['’]?|Yung|Mad)[ \t](?P<w>[A-Z](?:[a-z]{1,2})?))(?![\w'’-])"
)
# "Associates: Brains, Abner Thody (07566 137797)": the line after the heading.
_ASSOCIATES_RE = re.compile(r"^[ \t]*(?:Associates|ASSOCIATES|Associate|ASSOCIATE)[ \t]*[:=-][ \t]*(?P<l>[^\n]{1,200})",
                            re.MULTILINE)
_ITEM_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][a-z'’]{1,20}(?:[- ][A-Z][a-z'’]{1,20}){0,2})(?![\w'’-])")
_NOT_ASSOCIATES = frozenset({"none", "unknown", "not", "various", "no", "nil", "tbc", "see", "as"})
# "he owes Lanyard for phones", "owes Buckets £200".
_OWES_RE = re.compile(rf"\b(?i:owes|owed|owing)[ \t]+(?P<n>{CUED_NAME})(?=[ \t]+(?:for|money|cash|£|\d|a[ \t]|some))")
# 'he said Canteen "owns" him'.
_OWNS_RE = re.compile(rf"(?<![\w'’-])(?P<n>{CUED_NAME})[ \t]+[\"“']?owns[\"”']?[ \t]+(?:him|her|them|me)\b")
_TABLE = RuleTable((
    (_PREFIX_SHORT_RE, ("Big ", "Lil ", "Lil' ", "Lil’ ", "Yung ", "Mad "), 2, 8, False),
    (_OWES_RE, ("owes ", "owed ", "owing "), 2, 40, True),
    (_OWNS_RE, ("owns",), 30, 12, True),
))


def prefixed_found_names(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """"Big" before a found "Tel": the nickname's first word."""
    if not any(p in text for p in _PREFIXES):
        return  # str.find in C: most notes hold no such word (speed)
    for sp in spans:
        if sp.type is not _PERSON or sp.start < 3 or not text[sp.start].isupper():
            continue
        m = _PREFIX_BEFORE_RE.search(text, max(0, sp.start - 6), sp.start)
        if m is not None and (m.group("p").isupper() == text[sp.start : sp.end].isupper()):
            yield Span(_PERSON, m.start("p"), sp.end, P_PERSON)


def street_nicknames(text: str) -> Iterator[Span]:
    for pattern, m in _TABLE.matches(text):
        if pattern is _PREFIX_SHORT_RE:
            w = m.group("w").lower()
            if w in not_names() or w in places():
                continue
        elif m.group("n").lower() in ROLE_CUES or m.group("n").lower() in not_names():
            continue
        yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    if "ssociate" in text or "SSOCIATE" in text:
        yield from _associates(text)


def _associates(text: str) -> Iterator[Span]:
    english = english_words()
    for m in _ASSOCIATES_RE.finditer(text):
        line, base = m.group("l"), m.start("l")
        for item in re.split(r",|;|\+|&|\band\b", line):
            it = _ITEM_RE.match(item.strip())
            if it is None:
                continue
            words = it.group("n").lower().split()
            if words[0] in _NOT_ASSOCIATES or words[0] in ROLE_CUES or (
                    len(words) == 1 and (words[0] in not_names() or words[0] in places())):
                continue
            if all(w in english for w in words) and len(words) > 2:
                continue
            s = base + line.index(item) + (len(item) - len(item.lstrip())) + it.start("n")
            yield Span(_PERSON, s, s + len(it.group("n")), P_PERSON)
