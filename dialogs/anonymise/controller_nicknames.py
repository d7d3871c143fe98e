"""Who holds a person in labour exploitation, named by the debt, the wages or the key, and eVisa share codes.

Trafficking and modern-slavery notes name the controller by a nickname in quotes, often an everyday word the name
rules set aside ("owes "Moneybags" £20,000", "wages go to "CHALK"", "worked in a car wash for "FIXER" before"):
- owing or paying back someone: 'owes "Ledger" £9,000', "i work car wash pay back Sprocket";
- where the wages go: 'says wages go to "GRAVEL"', 'her money goes to "Tinsel"';
- working for a quoted someone: 'worked in a nail bar for "Pumice" before being picked up';
- brought over by a quoted someone: 'was brought to the UK by "Velvet" to "do nails"';
- an outsider with a key: 'a man ("SPANNER") has a key', 'someone ("Hinge") comes at night';
- asking for a quoted name no dictionary has: 'asks for "OBIORA" a lot' (a friend or relative left behind).
A nickname in quotes is a word, so each rule needs its cue; what follows the quote is lower case or a capital "I".

An eVisa share code ("share code (W4K 7PL 2QX)", "share code: A12B34C56") proves a person's immigration status to
whoever holds it: nine letters and digits, in threes or run together, after the words "share code".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.closing_caps_signatures import closing_caps_signatures
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.house_off_streets import house_off_streets
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.priority import P_PERSON, P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
# A nickname in quotes: one capitalised word or one in capitals, 3 to 20 letters.
_Q_OPEN = "[\"“”']"
_Q_CLOSE = "[\"“”']"
_QUOTED = rf"{_Q_OPEN}(?P<n>[A-Z][a-z]{{2,19}}|[A-Z]{{3,20}}){_Q_CLOSE}"
# 'owes "Moneybags" £20,000', 'owe "Ledger" money', 'paying back "Tinsel"'.
_OWES_RE = re.compile(rf"\b(?i:owes|owed|owe|owing|pay[ \t]+back|paying[ \t]+back|paid[ \t]+back)[ \t]+{_QUOTED}")
# 'he say i work car wash pay back Sprocket' (unquoted: the end of the line or a stop after it).
_PAY_BACK_RE = re.compile(
    r"\b(?i:pay|paying|paid)[ \t]+(?i:back)[ \t]+(?P<n>[A-Z][a-z]{2,19})(?=[ \t]*(?:$|[.,;!)\n]))", re.MULTILINE)
# 'wages go to "GRAVEL"', 'money goes to "Tinsel"', 'pay went to "Rivet"'.
_WAGES_RE = re.compile(
    rf"\b(?i:wages|money|pay|earnings|cash)[ \t]+(?i:go|goes|went|going|gets[ \t]+paid)[ \t]+(?i:to)[ \t]+{_QUOTED}")
# 'worked in a car wash for "FIXER" before', 'works for "Pumice"'.
_WORKED_FOR_RE = re.compile(
    rf"\b(?i:work|works|worked|working|work(?:ed|s)?[ \t]+there)\b[^\n\"“”]{{0,60}}?[ \t](?i:for)[ \t]+{_QUOTED}")
# 'brought to the UK by "Velvet"', 'brought over by "Hinge"', 'trafficked here by "Gloss"'.
_BROUGHT_RE = re.compile(
    rf"\b(?i:brought|trafficked|smuggled|taken)(?:[ \t]+(?i:to[ \t]+the[ \t]+UK|to[ \t]+the[ \t]+uk|to[ \t]+England|"
    rf"to[ \t]+the[ \t]+country|over|here|across))?[ \t]+(?i:by)[ \t]+{_QUOTED}")
# 'an outsider ("SPANNER") has a key', 'a man ("Hinge") comes'.
_BRACKETED_RE = re.compile(
    rf"\b(?i:outsider|man|woman|male|female|someone|guy|adult|boss|controller)[ \t]*\([ \t]*{_QUOTED}[ \t]*\)")
# 'asks for "OBIORA" a lot': only a word no dictionary has.
_ASKS_FOR_RE = re.compile(
    rf"\b(?i:asks|asked|asking|calls|called|calling|cries|cried|crying)[ \t]+(?i:for)[ \t]+{_QUOTED}")
_TABLE = RuleTable((
    (_OWES_RE, ("owe", "pay back", "paying back", "paid back"), 2, 40, True),
    (_PAY_BACK_RE, ("back ",), 12, 24, True),
    (_WAGES_RE, ("wages", "money", "pay", "earnings", "cash"), 2, 50, True),
    (_WORKED_FOR_RE, ("work",), 2, 110, True),
    (_BROUGHT_RE, ("brought", "trafficked", "smuggled", "taken"), 2, 60, True),
    (_BRACKETED_RE, ("(\"", "(“", "('", "( \""), 14, 28, False),
    (_ASKS_FOR_RE, (" for ",), 10, 28, True),
))
# Share codes: "share code" then nine letters and digits, in threes or whole, at least two of them digits.
_SHARE_CODE_RE = re.compile(
    r"\b(?i:share[ \t]?code)s?\b[ \t]*(?:\(|:|-|is|was|of)?[ \t]*"
    r"(?P<c>(?=(?:[A-Z0-9][ \t-]?){8}[A-Z0-9])(?:[A-Z0-9]{3}[ \t-]?){2}[A-Z0-9]{3})(?![A-Za-z0-9])")
_SHARE_TABLE = RuleTable(((_SHARE_CODE_RE, ("share code", "sharecode", "share-code"), 2, 30, True),))
_NOT_NICKNAMES = frozenset({"help", "mum", "mam", "dad", "food", "water", "police", "nobody", "none", "unknown",
                            "boss", "the", "him", "her", "them", "you", "me", "home", "mummy", "daddy", "free"})


def controller_nicknames(text: str) -> Iterator[Span]:
    """The nicknames above, then the share codes."""
    for pattern, m in _TABLE.matches(text):
        name = m.group("n")
        low = name.lower()
        if low in _NOT_NICKNAMES or low in places():
            continue
        if pattern is _ASKS_FOR_RE and (low in english_words() or low in not_names()):
            continue
        if pattern is _PAY_BACK_RE and (low in not_names() or low in ROLE_CUES):
            continue
        yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    for _, m in _SHARE_TABLE.matches(text):
        code = m.group("c")
        if sum(ch.isdigit() for ch in code) >= 2:
            yield Span(EntityType.REFERENCE, m.start("c"), m.end("c"), P_REFERENCE)


def controllers_signatures_and_houses(text: str) -> Iterator[Span]:
    """This module's rules, the closing signature in capitals (`closing_caps_signatures`) and a named house off a
    street (`house_off_streets`): one call in detect."""
    yield from controller_nicknames(text)
    yield from closing_caps_signatures(text)
    yield from house_off_streets(text)
