"""People named by how someone else refers to them: in quotes as a "cousin" or a 'mate', as "a man called Eid",
"one was Roach", "a girl they called trouble", in a pasted chat's "tell rayah im sorry" or "bring nokwanda x", by a
relative and the phone or birth date in brackets after them ("grandson dickie hothersall (07452 998 138)"), and in
a log typed in capitals ("GIRLS SAID TAIYA AND SAYGE.", "- ANGUSINA MAIN RM 6", "SAYS LADDER CAME IN").

Each of these phrases is one an everyday word seldom gets, so the word after it is hidden even when it is a word
("Hobnob", "Magpie", "trouble").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import CUED_NAME, RuleTable
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAP = CUED_NAME
_LOWER = r"[a-z][a-z'’-]{2,}"
# "his 'mate' Hobnob", "his "cousin" Teabag", "Afshan's 'friend' Fudge": a relation the writer doubts, then the name.
_QUOTED_RELATION_RE = re.compile(
    rf"['\"“‘](?:cousin|mate|friend|uncle|auntie|aunty|bro|brother|sister|boyfriend|girlfriend|bf|gf|lodger|carer|"
    rf"partner|nephew|niece)['\"”’][ \t]+(?P<n>{_CAP}(?:[ \t]+[A-Z][a-z]*)?|{_LOWER})(?=['’]s\b|(?![\w'’-]))"
)
# "a man called Eid", "a girl they called trouble", "a lad called Worm".
_PERSON_NOUN = r"man|woman|lad|girl|boy|guy|bloke|fella|male|female|someone|person|kid"
# Whoever "called" or "named" may also ring or be named after someone ("a man called back", "named after her nan"):
# a lower-case word there must be one no dictionary has. "they called" can only name.
_CALLED_RE = re.compile(
    rf"\b(?:{_PERSON_NOUN})[ \t]+(?:called|named|calling[ \t]+(?:him|her)self)[ \t]+(?P<n>{_CAP}|{_LOWER})(?![\w'’-])"
)
_THEY_CALLED_RE = re.compile(
    rf"\b(?:{_PERSON_NOUN})[ \t]+(?:they|we|everyone|people)[ \t]+(?:called|call|named)[ \t]+(?P<n>{_CAP}|{_LOWER})"
    r"(?![\w'’-])"
)
# "3 lads in after curfew, one was Roach, drove off".
_ONE_WAS_RE = re.compile(rf"\b[Oo]ne[ \t]+(?:was|is|of[ \t]+them[ \t]+was)[ \t]+(?P<n>{_CAP})(?![\w'’-])")
# A pasted chat: "tell rayah im sorry", "outside in 10 bring nokwanda x".
_CHAT_OBJECT_RE = re.compile(
    rf"\b(?:tell|bring|ask|get|give|meet|with|and)[ \t]+(?P<n>{_LOWER})[ \t]+(?:x{{1,3}}|im|i'm|i’m|its|it's)\b"
)
# A relative in lower case with their phone or birth date in brackets: "grandson dickie hothersall (07452 998 138)",
# "nan fortunate chitsike (06/03/1936)".
_KIN = (r"grandson|granddaughter|son|daughter|nan|nana|nanna|gran|granny|grandad|grandma|mum|dad|brother|sister|"
        r"nephew|niece|uncle|aunt|auntie|aunty|cousin|partner|husband|wife|carer|neighbour|boyfriend|girlfriend")
_KIN_BRACKET_RE = re.compile(
    rf"\b(?:{_KIN})[ \t]+(?P<n>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)[ \t]+\((?:\+44|0\d|\d{{1,2}}[/.-]\d{{1,2}}"
    r"[/.-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3})"
)
# Capitals: "GIRLS SAID TAIYA AND SAYGE.", "GAVE NAMES AS X AND Y."
_CAPS_SAID_PAIR_RE = re.compile(
    r"\b(?:SAID|CALLED|NAMED|GAVE[ \t]+NAMES?[ \t]+AS)[ \t]+(?P<n>[A-Z][A-Z'’-]{2,})[ \t]+AND[ \t]+"
    r"(?P<m>[A-Z][A-Z'’-]{2,})(?=[ \t]*[.,;]|$)"
)
# "- ANGUSINA MAIN RM 6 SAYS": a resident's name in capitals before their room.
_CAPS_ROOM_RE = re.compile(r"(?<=[-:] )(?P<n>[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+)?)[ \t]+(?:RM|ROOM)[ \t]*\d{1,3}\b")
# "SAYS LADDER CAME IN THE FIRE DOOR": a word in capitals doing what people do, after "SAYS".
_CAPS_CAME_RE = re.compile(
    r"\b(?:SAYS|SAID|THAT)[ \t]+(?P<n>[A-Z]{3,})[ \t]+(?:CAME|WENT|LEFT|KICKED|PUNCHED|THREATENED|GRABBED|PUSHED|"
    r"BROKE|STOLE|SMASHED)\b"
)
# "off to teabag's in Reading", 'at "Prawn's"': someone's home, in lower case or in quotes.
_LOWER_HOME_OF_RE = re.compile(rf"\b(?:at|to|from|round)[ \t]+(?P<n>{_LOWER})['’]s[ \t]+in[ \t]+[A-Z]")
_QUOTED_HOME_OF_RE = re.compile(rf"\b(?:at|to|from|round)[ \t]+[\"“'‘](?P<n>{_CAP}|{_LOWER})['’]s[\"”'’]")
# "Shiza (14) told me Spoon has her doing favours": whom a child names to the writer, doing something.
_TOLD_ME_RE = re.compile(
    rf"\btold[ \t]+(?:me|us|staff|police|her|him)[ \t]+(?P<n>{_CAP})[ \t]+(?:has|had|is|was|gave|makes|made|took|"
    r"takes|keeps|wants|sends|sent)\b"
)
# "CUCKOOED BY RABBIT AND SAMAI (@samaiszn12)": two people in capitals, a handle or a detail in brackets after.
_CAPS_BY_PAIR_RE = re.compile(r"\bBY[ \t]+(?P<n>[A-Z][A-Z'’-]{2,})[ \t]+AND[ \t]+(?P<m>[A-Z][A-Z'’-]{2,})[ \t]*\(")
# 'says he's been "helping" Bolt at weekends': what the child does for someone, in the writer's doubting quotes.
_QUOTED_DOING_RE = re.compile(
    rf"['\"“‘](?:helping|working[ \t]+for|looking[ \t]+after|minding|running[ \t]+for|doing[ \t]+jobs[ \t]+for)"
    rf"['\"”’][ \t]+(?P<n>{_CAP})(?![\w'’-])"
)
# "worried about Ketchup from the bus stop", "messages from Beefy on snapchat": whom a parent fears, who wrote.
_WORRIED_ABOUT_RE = re.compile(
    rf"\b(?:worried|concerned|scared|frightened)[ \t]+(?:about|of)[ \t]+(?P<n>{_CAP})(?![\w'’-])(?![ \t]+[A-Z])"
)
_MESSAGES_FROM_RE = re.compile(rf"\bmessages?[ \t]+from[ \t]+(?P<n>{_CAP})[ \t]+(?:on|via|over)\b")
_NOT_NAMES = ROLE_CUES | {
    "the", "a", "an", "him", "her", "them", "me", "us", "you", "it", "this", "that", "someone", "police", "staff",
    "everyone", "nobody", "he", "she", "they", "we", "i", "mum", "dad", "his", "their", "my", "your", "our",
    "he's", "she's", "not", "no", "yes", "all", "both",
}
_CAPS_NOT_NAMES = frozenset({"HE", "SHE", "THEY", "HIM", "HER", "THEM", "SOMEONE", "STAFF", "POLICE", "MUM", "DAD",
                             "NOBODY", "EVERYONE", "NO", "YES", "THE", "A", "IT", "THIS", "THAT", "NOTHING", "HIS",
                             "HERS", "THEIR", "SECURITY", "CARERS", "NURSE", "DOCTOR", "RESIDENT", "RESIDENTS"})
# How sure each phrase is: any word after it is a name (_ANY), a capitalised one is and a lower-case one only if no
# dictionary has it (_CAPITAL: 'a new "girlfriend" online'), or only a word that is no known non-name (_WEAK).
_ANY, _CAPITAL, _WEAK, _UNLISTED = 2, 1, 0, 3
# _UNLISTED: any word that no list says is a shop, a brand or a place ("off to tesco's in Leeds").
# (pattern, literals every match holds, reach before, reach after, literals in lower case, how sure)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool, int], ...] = (
    (_QUOTED_RELATION_RE, ("'", "\"", "“", "‘"), 4, 40, False, _CAPITAL),
    (_CALLED_RE, ("called", "named", "calling"), 20, 30, False, _CAPITAL),
    (_THEY_CALLED_RE, ("call", "named"), 30, 30, False, _ANY),
    (_ONE_WAS_RE, ("ne was", "ne is", "ne of them was"), 2, 30, True, _WEAK),
    (_CHAT_OBJECT_RE, (" x", " im", " i'm", " i’m", " its", " it's"), 40, 6, False, _WEAK),
    (_KIN_BRACKET_RE, (" (",), 50, 16, False, _ANY),
    (_CAPS_SAID_PAIR_RE, (" AND ",), 30, 30, False, _WEAK),
    (_CAPS_ROOM_RE, ("RM", "ROOM"), 50, 8, False, _WEAK),
    (_LOWER_HOME_OF_RE, ("'s in", "’s in"), 30, 6, False, _UNLISTED),
    (_QUOTED_HOME_OF_RE, ("'s", "’s"), 30, 4, False, _ANY),
    (_TOLD_ME_RE, ("told ",), 2, 40, False, _WEAK),
    (_CAPS_BY_PAIR_RE, ("BY ",), 2, 50, False, _WEAK),
    (_QUOTED_DOING_RE, ("helping", "working", "looking", "minding", "running", "doing"), 4, 40, False, _ANY),
    (_WORRIED_ABOUT_RE, ("worried", "concerned", "scared", "frightened"), 2, 40, False, _WEAK),
    (_MESSAGES_FROM_RE, ("message",), 2, 40, False, _WEAK),
    (_CAPS_CAME_RE, ("CAME", "WENT", "LEFT", "KICKED", "PUNCHED", "THREATENED", "GRABBED", "PUSHED", "BROKE",
                     "STOLE", "SMASHED"), 24, 12, False, _WEAK),
)


# One table with the others' rules: the literals of all are found in one scan of a note (speed).
_TABLE = RuleTable((pattern, anchors, before, after, lower) for pattern, anchors, before, after, lower, _ in _RULES)
_SURE = {pattern: sure for pattern, _, _, _, _, sure in _RULES}


def relation_names(text: str) -> Iterator[Span]:
    english = english_words()
    for pattern, m in _TABLE.matches(text):
        sure = _SURE[pattern]
        for group in ("n", "m") if "m" in pattern.groupindex else ("n",):
            if _named(m.group(group), english, sure):
                yield Span(EntityType.PERSON, m.start(group), m.end(group), P_PERSON)


def _named(word: str, english: frozenset[str], sure: int) -> bool:
    low = word.lower()
    if low in _NOT_NAMES or word in _CAPS_NOT_NAMES or any(w in ROLE_CUES for w in low.split()):
        return False
    if sure == _ANY or (sure == _CAPITAL and not word.islower()):
        return True
    if sure == _UNLISTED:
        return low not in not_names() and low not in places()
    # After a weaker phrase a lower-case word must be one no dictionary has ("tell rayah im sorry", not "tell
    # them its fine"); a capital or capitals must not be a known non-name ("one was Monday").
    if word.islower():
        return low not in english and namelike(low, english)
    return low not in not_names()
