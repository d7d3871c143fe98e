"""House numbers written after the street where the street rules stop short of them.

Why: forms, removals sheets and quick notes write the number after the street ("at Heron Chase 41"), and
`street_then_number` takes that only for the street words that are seldom anything else before a number. Three
shapes it leaves:
- a move "from" one address "to" another: "flitting her from Tanner Lane 12 to 3 Quay Road". A number before "to"
  is usually a range or a count ("Elm Road 3 to 5 times"), so `address_after` never takes it; after "from" and
  before "to" and the next place, it is the house the family left.
- a new estate's or a risky street word ("Rise", "Path", "Chase", "View") after a place cue: "lives at Heron Rise
  41". Without the cue "Hill 60" or "Path 2" is as often a landmark or a course's name, so the cue is required.
- either of these, or a street `street_then_number` knows, typed with caps lock on and shift held: "AT
  hERON wAY 65", "dRAPERS' pATH 3". The words are put right as `caps_lines` does for names and read again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_after import NUMBER_AFTER_RE
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.caps_lines import inverted_words_put_right
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.street_then_number import streets_then_numbers
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
# Up to three capitalised words of the street's name.
_NAME = r"(?:[A-Z][\w'’-]{0,30}[ \t]+){1,3}?"
# No "court": "from Crown Court 2 to Court 5" is a building's rooms.
_FROM_STREETS = sw.alternation((sw.CORE - {"court"}) | sw.SHORT | sw.NORTHERN | sw.ESTATE | sw.RISKY
                               | sw.WATERSIDE)
# "from Tanner Lane 12 to 3 Quay Road", "... to the new flat", "... to Gran's": after "to" comes another place, not
# a count ("from Elm Road 3 to 5 times").
_FROM_RE = re.compile(
    rf"(?<![\w'’])(?i:from)[ \t]+(?P<a>{_NAME}(?i:{_FROM_STREETS})[ \t]+(?:(?i:no\.?)[ \t]*)?[1-9]\d{{0,3}}[a-z]?)"
    r"(?=[ \t]+to[ \t]+(?:\d{1,4}[A-Za-z]?[ \t]+[A-Z]|the\b|[A-Z]))"
)
# The estate and risky words, capitalised as a street's name is: "Heron Rise", "Mill Path", "Fox Chase".
_ESTATE_WORDS = ("Rise", "Path", "Chase", "Paddock", "Orchard", "Lea", "Meadow", "Meadows", "Vale", "View")
_CUED_RE = re.compile(
    r"(?<![\w'’])(?i:at|from|to|lives|living|near|outside|opposite|behind|off|address:?)[ \t]+"
    rf"(?P<a>(?:[A-Z][\w'’-]{{0,30}}[ \t]+){{1,2}}(?:{'|'.join(_ESTATE_WORDS)}))(?=[ \t]+\d)"
)
# "at The View 2": the article and words the street's name never starts with.
_NOT_FIRST = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that", "no", "each",
                        "every", "sea", "level", "career", "learning", "flight", "garden", "cycle", "foot"})
_RULES = RuleTable((
    (_FROM_RE, ("from",), 0, 70, True),
    (_CUED_RE, _ESTATE_WORDS, 45, 12, False),
))


def _found(text: str) -> Iterator[Span]:
    for pattern, m in _RULES.matches(text):
        if pattern is _FROM_RE:
            yield Span(_ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
            continue
        if m.group("a").split()[0].lower() in _NOT_FIRST:
            continue
        # "at Heron Rise 3 times", "Fox Chase 2 miles": the street's number, not a count (as address_after reads it).
        num = NUMBER_AFTER_RE.match(text, m.end("a"))
        if num is not None:
            yield Span(_ADDRESS, m.start("a"), num.end(), P_ADDRESS)


def numbered_street_cues(text: str) -> list[Span]:
    return list(_found(text))


def numbered_streets_in_inverted_caps(text: str) -> list[Span]:
    """The streets with their numbers among words typed with their case inverted, read again put right; only those
    that hold such a word."""
    fixed, touches = inverted_words_put_right(text)
    if not fixed:
        return []
    spans = [*_found(fixed), *streets_then_numbers(fixed, scan.digit_scan(fixed))]
    return [sp for sp in spans if touches(sp)]
