"""Given names a note's shape marks as names, though alone they read as words or letters:

- the child a personal assistant or one-to-one works for, in the bracket after the worker's name ("its Jo (PA for
  Harmony)", "(1:1 for Blessing)"): `cued` names, spread by `spread_people` like the other everyday words;
- a word before a surname already found, opening a numbered list's item with a date or an age in brackets after the
  name ("2. Precious Hale (07/02/2013). Deferred"): a panel's or a register's list of children;
- an initial with its full stop before a surname already found, after a label or a comma ("Case: R. Hale, 8 ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.anchored_rules import CUED_NAME, RuleTable
from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_FOR_RE = re.compile(
    rf"\((?:PA|pa|1:1|1-1|121|TA|LSA|keyworker|key worker|support worker|carer)[ \t]+(?:for|to|with)[ \t]+"
    rf"(?P<n>{CUED_NAME})\)"
)
_TABLE = RuleTable(((_FOR_RE, ("(pa ", "(1:1 ", "(1-1 ", "(121 ", "(ta ", "(lsa ", "(keyworker ", "(key worker ",
                                "(support worker ", "(carer "), 2, 40, True),))
# A numbered item's opening ("2. ", "10) ") and a word straight before the found surname.
_ITEM_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]+(?P<n>[A-Z][a-z'’-]{2,15})[ \t]+$")
# After the name: a bracket opening on a date's or an age's digit.
_DATED_RE = re.compile(r"[ \t]*\([ \t]*\d")
# A label's colon, a comma or a bracket, then an initial and its stop.
_INITIAL_RE = re.compile(r"(?:^|[:,(\n])[ \t]*(?P<n>[A-Z])\.[ \t]+$")


def cared_for_names(text: str) -> Iterator[Span]:
    for _, m in _TABLE.matches(text):
        low = m.group("n").lower()
        if low not in not_names() and low not in places() and low not in ROLE_CUES:
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)


def _word_ok(word: str) -> bool:
    # Not `not_names`: an app's or a brand's word is a given name too ("Messenger", "Genesis") in a list of children
    # with their dates of birth.
    low = word.lower()
    return not (low in ROLE_CUES or low in TITLES or low in places())


def given_names_of_listed(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """Widen a found one-word surname over the word or initial its list item or label puts before it."""
    for sp in spans:
        if sp.type is not _PERSON or sp.start < 3 or text[sp.start - 1] not in " \t":
            continue
        if " " in text[sp.start : sp.end] or not text[sp.start].isupper():
            continue
        lo = max(0, sp.start - 30)
        if text[sp.start - 2] == ".":
            m = _INITIAL_RE.search(text, lo, sp.start)
            if m is not None:
                yield Span(_PERSON, m.start("n"), sp.end, P_PERSON)
            continue
        if "\n" not in text[lo : sp.start] and lo > 0:
            continue  # no item opens a line within reach (speed)
        m = _ITEM_RE.search(text, lo, sp.start)
        if m is not None and _DATED_RE.match(text, sp.end) and _word_ok(m.group("n")):
            yield Span(_PERSON, m.start("n"), sp.end, P_PERSON)
