"""Everyday words used as names where a report says who did something or who was there.

Victims and tenants name people by their street names, which are nearly always words ("Lentil", "Boiler",
"Marrow", "Forklift"). Each rule here needs a phrase that an ordinary word does not get:
- whom the victim knows the offender as: "knows offender as Lentil", "knew him only as Bagsy";
- who did the harm: "reports assault by Boiler at a party", "groomed by Tinker";
- who came with others: "reports Marrow and others dealing", "Earwig & others";
- whose associate someone is: "Known assoc Forklift / Curtis McGowan", "KNOWN ASSOCIATE RAZOR";
- who was there again: "Bleach was there again";
- whom a missing child was found with: "found in a trap house at ... with Jukebox.";
- who came back when: "Savvy back at 3am", opening a message;
- a collar number's officer: "by PC XN5762 CROZIER", "PC 1108 GULBIS".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import CUED_CAPS, CUED_NAME, RuleTable
from dialogs.anonymise.cued_word_names import person_span
from dialogs.anonymise.lexicon import english_words, surnames
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAP = CUED_NAME
_CAPS = CUED_CAPS
# A single word: a second capital after it is a full name, which the name rules find themselves.
_ALONE = r"(?![\w'’-])(?![ \t]+[A-Z][a-z])"
# "knows offender as Lentil", "knew him only as Bagsy", "KNOWS HIM AS TUBBY".
_KNOWN_AS_RE = re.compile(
    r"\b(?i:knows?|knew|known)[ \t]+(?i:(?:the[ \t]+)?(?:offender|suspect|perpetrator|perp|male|man|him|her|them)"
    r"[ \t]+)?(?i:only[ \t]+)?(?i:as)[ \t]+['\"“‘]?"
    rf"(?P<n>{_CAP}|{_CAPS}){_ALONE}"
)
# What only a person is said to do to a victim, then "by" and whoever did it.
_HARM = (r"assault|assaulted|attack|attacked|raped|rape|groomed|grooming|threatened|threats|robbed|stabbed|punched|"
         r"beaten|exploited|exploitation|abused|abuse|harassed|harassment|intimidated|stalked|recruited|coerced|"
         r"strangled|kidnapped|kicked|bullied|targeted")
_HARM_BY_RE = re.compile(rf"\b(?i:{_HARM})[ \t]+(?i:by)[ \t]+(?P<n>{_CAP}|{_CAPS}){_ALONE}")
# "reports Marrow and others dealing": after a word in lower case, so a heading's "Schools and others" stays.
_AND_OTHERS_RE = re.compile(
    rf"(?<=[a-z] )(?P<n>{_CAP})[ \t]+(?:and|&|n|\+)[ \t]+(?:\d[ \t]+|two[ \t]+|three[ \t]+)?others\b"
)
# "Known assoc Forklift / Curtis McGowan", "known associates: Razor", "KNOWN ASSOCIATE RAZOR".
_ASSOC_RE = re.compile(
    r"\b(?:[Kk]nown|KNOWN)[ \t]+(?:assoc|associate|associates|ASSOC|ASSOCIATE|ASSOCIATES)\.?[ \t]*[:=-]?[ \t]*"
    rf"(?P<n>{_CAP}|{_CAPS})(?![\w'’-])"
)
# "Bleach was there again": where a thing is seldom said to have come back to.
_THERE_AGAIN_RE = re.compile(
    rf"(?P<n>{_CAP})[ \t]+(?:was|is|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:there|here|round|over)[ \t]+again\b"
)
# "foster carer text: Savvy back at 3am": a message opening with who came back, and when.
_BACK_AT_RE = re.compile(
    rf"(?:^|(?<=[:.!?] ))(?P<n>{_CAP})[ \t]+(?:came[ \t]+|got[ \t]+|was[ \t]+)?back[ \t]+(?:at|@|by|around|about)"
    r"[ \t]*\d",
    re.MULTILINE,
)
# "Boy found in a trap house at Hopper Ln no.225 with Jukebox.": whom a missing child is found with, ending the
# sentence; the place between may hold full stops ("no.225"), so it is read by length, not to a stop.
_FOUND_WITH_RE = re.compile(
    rf"\b(?:found|located|recovered|traced)[ \t]+(?:in|at|on|inside|hiding)\b[^\n]{{0,90}}?[ \t]with[ \t]+(?P<n>{_CAP})"
    r"(?=[ \t]*(?:[.,;!)]|$))",
    re.MULTILINE,
)
# "by PC XN5762 CROZIER", "PC 1108 GULBIS": an officer's surname after their collar number.
_COLLAR_RE = re.compile(
    r"\b(?:PC|PCSO|DC|DS|PS|Sgt|SGT|DCI|DI|Insp|INSP)[ \t]+[A-Z]{0,3}[ \t]?\d{2,6}[ \t]+"
    r"(?P<n>[A-Z][A-Z'’-]{2,}|[A-Z][a-z'’-]{2,})(?![\w'’-])"
)
_VOWELS = frozenset("aeiouy")
# What follows a collar number that is the log running on, not the officer's name.
_NOT_OFFICERS = frozenset(
    {"and", "who", "the", "was", "has", "had", "will", "from", "with", "attended", "arrived", "states", "stated",
     "says", "said", "reports", "reported", "advised", "informed", "spoke", "called", "rang", "on", "at", "in", "for",
     "also", "then", "now", "tel", "ext", "via", "re", "ref", "collar", "shoulder", "badge", "station", "statement"}
)
# (pattern, literals every match holds, reach before, reach after, literals in lower case)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_KNOWN_AS_RE, ("know", "knew"), 2, 60, True),
    (_HARM_BY_RE, (" by ",), 16, 30, True),
    (_AND_OTHERS_RE, ("others",), 30, 8, False),
    (_ASSOC_RE, ("known", "Known", "KNOWN"), 2, 40, False),
    (_THERE_AGAIN_RE, ("again",), 40, 8, False),
    (_FOUND_WITH_RE, ("found", "located", "recovered", "traced"), 2, 120, True),
    (_BACK_AT_RE, ("back",), 40, 20, False),
    (_COLLAR_RE, ("PC", "PS", "DC", "DS", "DI", "Sgt", "SGT", "Insp", "INSP"), 2, 40, False),
)
_TABLE = RuleTable(_RULES)


def told_names(text: str) -> Iterator[Span]:
    """People named by everyday words, where a report says what they did, whom they came with or were there."""
    for pattern, m in _TABLE.matches(text):
        if pattern is _COLLAR_RE:
            if _officer(m.group("n").lower()):
                yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
        elif (sp := person_span(m)) is not None:
            yield sp


def _officer(low: str) -> bool:
    """A word after a collar number is the officer's surname unless it is the log going on ("PC 1234 ATTENDED")."""
    if low in _NOT_OFFICERS or not _VOWELS.intersection(low):
        return False  # no vowel: a force's initials ("PC 4410 GMP"), not a surname
    return low in surnames() or low not in english_words() or not low.endswith(("ed", "ing", "ly"))
