"""A child's name in lower case where a worker says whose home they are at or have just left: "at maizies now",
"at maizie's now", "just left maizie's, 4 ...", "just leaving rohans". A nurse's or a family worker's text names the
home by the child's name with its possessive (its apostrophe often dropped); the name alone is then used again in
the same text ("maizie on tiktok as ..."), so each later use of the same word is hidden too.

A shop, a relative's home ("at nans now", "just left mum's") or anything a dictionary lists stays readable: the
word must be in no dictionary, list of places or list of things that are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, not_names, places, proper_nouns
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# "at maizies now" / "at maizie's now": the possessive closes the name, "now" says the worker is there.
_AT_NOW_RE = re.compile(r"(?<![\w'’-])(?i:at)[ \t]+(?P<n>[a-z][a-z-]{2,15}?)(?:['’]?s)[ \t]+(?i:now)\b")
# "just left maizie's," / "just leaving maizies.": a visit that has ended.
_LEFT_RE = re.compile(
    r"(?<![\w'’-])(?i:just)[ \t]+(?i:left|leaving)[ \t]+(?P<n>[a-z][a-z-]{2,15}?)(?:['’]s|s)(?=[ \t]*[,.;:\n]|$)"
)
_RULES = (
    (_AT_NOW_RE, ("s now", "'s now", "’s now"), 30, 8, True),
    (_LEFT_RE, ("just left", "just leaving"), 2, 40, True),
)
_TABLE = RuleTable(_RULES)
# Family and household words a home is named by.
_KIN = frozenset({"nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "grandpa", "mum", "mam", "mom",
                  "dad", "aunt", "auntie", "aunty", "uncle", "cousin", "sister", "brother", "friend", "mate",
                  "neighbour", "partner", "boyfriend", "girlfriend", "carer", "foster", "fosterer"})
# At most this many names are looked for again in one text: each costs one scan (a pasted list of homes stays
# linear).
_MOST = 8


def _name_ok(name: str, english: frozenset[str]) -> bool:
    low = name.lower()
    return not (low in english or low in _KIN or low in ROLE_CUES or low in not_names() or low + "s" in not_names()
                or low in places() or low in proper_nouns() or low + "s" in english)


def visited_homes(text: str) -> Iterator[Span]:
    english = english_words()
    names: set[str] = set()
    for _, m in _TABLE.matches(text):
        name = m.group("n")
        if _name_ok(name, english):
            names.add(name)
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
    if not names:
        return
    # The same name used bare later on, in the case it was written in: one scan for all of them.
    again = re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names)[:_MOST]) + r")(?![\w-])")
    for m in again.finditer(text):
        yield Span(EntityType.PERSON, m.start(), m.end(), P_PERSON)
