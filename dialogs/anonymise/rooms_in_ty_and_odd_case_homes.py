"""Named homes that the other house rules miss because of how they are written.

- A room or flat (numbered or lettered) in a Welsh or Gaelic named house with no street: "room 11, Tŷ'r Morwr",
  "flat 4 Taigh na Mara", "flat B, Tŷ'r Gof".
  The house name after a room number reads like a person's name ("Tŷ'r Morwr" as two capitalised words) and was
  hidden as one, leaving "room 11," behind; "Tŷ", "Taigh" and "Tigh" (house) are never a name, so the room and the
  house are one address.
- A house name in a note typed with caps lock on, its case inverted: "AT mINT cOTTAGE", "nEAR pEAR tREE fARM".
  Each word starts lower-case and goes on in capitals, which no rule for either case reads; the house word itself
  ("cOTTAGE") is the literal, so it costs nothing on any other note.
- A house and its street both in capitals after a place word, with no number: "AT SENTRY COTTAGE VULCAN DRIVE".
  The caps rules take "VULCAN" as a surname; a house word between two capitalised words, then a street word, is an
  address however the note is cased.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.street_words import CORE, alternation
from dialogs.anonymise.types import EntityType, Span

_ROOM_IN_HOUSE_RE = re.compile(
    r"(?<![\w'’])(?i:room|rm|flat|fflat)[ \t]+(?:\d{1,4}[A-Za-z]?|[A-Za-z])(?![\w'’]),?[ \t]+"
    r"(?:T[ŷŶ]|tŷ|TAIGH|Taigh|taigh|TIGH|Tigh|tigh)(?:['’][rR]|[ \t]+(?:na|an|a['’]|NA|AN|A['’]))?[ \t]+"
    r"[^\W\d_][^\W\d_'’-]{1,20}(?:-[^\W\d_]{2,20})?"
)
# The house words a caps-lock note writes inverted; "hALL" and "mILL" are left out ("tOWN hALL" is public).
_INVERTED_HOUSE_WORDS = ("cOTTAGE", "hOUSE", "lODGE", "fARM", "fARMHOUSE", "mANOR", "vILLA", "bARN", "gRANGE",
                         "mANSE", "bUNGALOW")
_INVERTED_RE = re.compile(
    r"(?<![\w'’])(?P<a>(?:[a-z][A-Z'’]{1,20}[ \t]+){1,3}(?:" + "|".join(_INVERTED_HOUSE_WORDS) + r"))(?![\w'’])"
)
_CAPS_HOUSE_WORDS = ("COTTAGE", "HOUSE", "LODGE", "FARM", "MANOR", "GRANGE", "BUNGALOW")
_CAPS_HOUSE_STREET_RE = re.compile(
    r"(?<![\w'’])(?:AT|TO|FROM|OUTSIDE|NEAR)[ \t]+(?P<a>(?!THE[ \t])[A-Z]{3,20}[ \t]+(?:"
    + "|".join(_CAPS_HOUSE_WORDS) + r")[ \t]+[A-Z]{3,20}[ \t]+(?:"
    + alternation(w.upper() for w in CORE) + r"))(?![\w'’])"
)
_RULES = RuleTable((
    (_ROOM_IN_HOUSE_RE, ("tŷ", "taigh", "tigh"), 30, 40, True),
    (_INVERTED_RE, _INVERTED_HOUSE_WORDS, 70, 12, False),
    (_CAPS_HOUSE_STREET_RE, _CAPS_HOUSE_WORDS, 40, 40, False),
))


# Small words a caps-lock note inverts too; before the name they are the sentence's, not the house's ("aT", "tHE").
_INVERTED_LEADS = frozenset({"a", "at", "the", "to", "in", "on", "of", "by", "near", "from", "round", "outside"})
_WORD_RE = re.compile(r"[^ \t]+[ \t]+")


def rooms_in_ty_and_odd_case_homes(text: str) -> Iterator[Span]:
    for pattern, m in _RULES.matches(text):
        if pattern is _ROOM_IN_HOUSE_RE:
            yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
            continue
        start, end = m.start("a"), m.end("a")
        if pattern is _INVERTED_RE:
            # Step past the small words the sentence inverted before the name; the house word alone is no name.
            while (w := _WORD_RE.match(text, start, end)) and w.group().rstrip(" \t").lower() in _INVERTED_LEADS:
                start = w.end()
            if text.find(" ", start, end) < 0 and text.find("\t", start, end) < 0:
                continue
        yield Span(EntityType.ADDRESS, start, end, P_ADDRESS)
