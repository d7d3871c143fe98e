"""Nicknames that are everyday words ("Gaffer", "Saucer", "Tyres"), told by a deed or a company only a person has.

A street name is chosen to be a word, so only the phrase round it says a person is meant:
- who gave a child a lift: "dropped off by Gaffer in a white 71 plate vivaro";
- whose county line it is: "running the Lamppost line into ...";
- whom a child went to meet: "to meet Saucer who sits in a white 68 plate superb";
- who keeps something while a person waits: "he won't go to A&E while Saucer has got his dog";
- whom someone came with, in Scots chat's "wi": "drunk at 10 wi Tyres, tried to";
- whom a log in capitals says was rung: "RANG TONE AGAIN ON 0117 ...";
- the child back home, typed lower case after a message's header: "txt 01:40 to edt - sadhbha back";
- a baby's name in lower case before its date of birth: "+ baby stew (24 July 2025)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import CUED_NAME, RuleTable
from dialogs.anonymise.cued_word_names import person_span
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAP = CUED_NAME
# A single word: a second capital after it is a full name, which the name rules find themselves.
_ALONE = r"(?![\w'’-])(?![ \t]+[A-Z][a-z])"
_DROPPED_BY_RE = re.compile(
    rf"\b(?:dropped(?:[ \t]+off)?|picked[ \t]+up|collected|driven|fetched)[ \t]+by[ \t]+(?P<n>{_CAP}){_ALONE}"
    r"(?=[ \t]+in[ \t]+(?:a|an|his|her|their)[ \t])"
)
_LINE_RE = re.compile(
    rf"\b(?:running|runs|run|ran|works?|working|worked|sells?|selling|shotting)[ \t]+(?:for[ \t]+)?the[ \t]+"
    rf"(?P<n>{_CAP})[ \t]+line\b"
)
# Railway lines a child may be said to run along or work on: no one's county line.
_RAIL_LINES = frozenset({"jubilee", "northern", "victoria", "piccadilly", "central", "district", "metropolitan",
                         "elizabeth", "bakerloo", "circle", "overground", "waterloo", "hammersmith", "main",
                         "county", "phone", "deal", "crisis", "help", "front", "bottom", "top", "same"})
_MEET_WHO_RE = re.compile(
    rf"\b(?:meet|meets|meeting|met|with)[ \t]+(?P<n>{_CAP})[ \t]+who[ \t]+(?:sits|sat|drives|drove|lives|is|was|"
    r"has|had|gives|gave|picks|picked|waits|waited)\b"
)
_WHILE_HAS_RE = re.compile(
    rf"\b(?:while|whilst|cos|coz|because|until|unless)[ \t]+(?P<n>{_CAP})[ \t]+(?:has[ \t]+got|has|had|'s[ \t]+got|"
    r"keeps|kept)[ \t]+(?:his|her|their|my|the)\b"
)
_WI_RE = re.compile(rf"\bwi[ \t]+(?P<n>{_CAP}){_ALONE}")
_CAPS_RANG_RE = re.compile(
    r"\b(?:RANG|PHONED|CALLED|TEXTED|MESSAGED|MET|VISITED)[ \t]+(?P<n>[A-Z]{3,})[ \t]+(?:AGAIN|BACK|ON|AT|TODAY|"
    r"TONIGHT)\b"
)
# What a log in capitals rings or meets that is no person.
_CAPS_NOT = frozenset({"out", "off", "back", "home", "them", "him", "her", "everyone", "round", "around", "twice",
                       "again", "once", "later", "police", "ambulance", "edt", "mash", "camhs", "duty", "staff",
                       "office", "school", "hospital", "nhs", "the", "and", "for", "all", "you", "this", "that"})
_BACK_AFTER_HEADER_RE = re.compile(
    r"\b(?:txt|text|msg|sms|whatsapp|call)\b[^\n]{0,30}?[ \t][-–][ \t]+(?P<n>[a-z][a-z'’-]{3,})[ \t]+"
    r"(?:back|home|returned|missing|in|out|not|came|went|left|is|was|has)\b"
)
_MONTHS = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_BABY_RE = re.compile(
    r"\bbaby[ \t]+(?P<n>[a-z][a-z'’-]{2,})[ \t]+\((?=[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+" + _MONTHS
    + r"|\d{1,2}[/.-]\d{1,2}[/.-]\d|\d{4}-\d\d|" + _MONTHS + r"[a-z]*[ \t]+\d))"
)
# What follows "baby" that is no name: "baby boy (1 Jan 2025)".
_BABY_WORDS = frozenset({"boy", "girl", "brother", "sister", "son", "daughter", "twins", "twin", "born", "due",
                         "was", "is", "has", "unborn", "name", "not", "yet", "also"})

# (pattern, literals every match holds, reach before, reach after, literals in lower case)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_DROPPED_BY_RE, (" by ",), 16, 40, False),
    (_LINE_RE, (" line",), 40, 6, False),
    (_MEET_WHO_RE, (" who ",), 30, 20, False),
    (_WHILE_HAS_RE, ("while ", "whilst ", "cos ", "coz ", "because ", "until ", "unless "), 2, 50, False),
    (_WI_RE, ("wi ",), 2, 30, False),
    (_CAPS_RANG_RE, ("RANG ", "PHONED ", "CALLED ", "TEXTED ", "MESSAGED ", "MET ", "VISITED "), 2, 40, False),
    (_BACK_AFTER_HEADER_RE, (" - ", " – "), 50, 30, False),
    (_BABY_RE, ("baby ",), 2, 40, False),
)
_CAPS_WORD_RE = re.compile(r"\b[A-Z]{3,}\b")
_LOWER_RULES = (_BACK_AFTER_HEADER_RE, _BABY_RE)
_TABLE = RuleTable(_RULES)


def deed_nicknames(text: str) -> Iterator[Span]:
    """Everyday words that name a person, told by a lift, a county line, a meeting or a companion."""
    for pattern, m in _TABLE.matches(text):
        word = m.group("n").lower()
        if word in ROLE_CUES or word in _CAPS_NOT:
            continue
        if pattern in _LOWER_RULES:
            if _lower_name(word, pattern is _BABY_RE):
                yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
        elif (pattern is not _LINE_RE or word not in _RAIL_LINES) and (sp := person_span(m)) is not None:
            yield sp


def _lower_name(word: str, baby: bool) -> bool:
    """A baby's name may be any word, as its date of birth says; a child typed lower case after a header must be
    no dictionary's word ("- mum back", "- yp home" stay)."""
    if word in not_names() or word in places():
        return False
    if baby:
        return word not in _BABY_WORDS
    english = english_words()
    return word not in english and namelike(word, english)


def spread_caps_nicknames(text: str, spans: list[Span]) -> Iterator[Span]:
    """A nickname found once in a log typed in capitals, at its later uses: "LET TETRIS IN THE SIDE DOOR 02:00.
    TETRIS IN 3513 LDU." The name rules spread only words in title case."""
    covered = {(sp.start, sp.end) for sp in spans if sp.type is EntityType.PERSON}
    words = {text[a:b] for a, b in covered if b - a >= 3 and text[a:b].isalpha() and text[a:b].isupper()}
    if not words:
        return
    # One scan of the words in capitals, each looked up in the set: a find per name was quadratic when a long
    # log names many (speed).
    for m in _CAPS_WORD_RE.finditer(text):
        if m.group() in words and (m.start(), m.end()) not in covered:
            yield Span(EntityType.PERSON, m.start(), m.end(), P_PERSON)
