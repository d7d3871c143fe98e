"""Nicknames and given names that are everyday words, told by a phrase that only a person stands in.

A nickname is chosen to be a word ("Toolbox", "Solder", "Pleasant"), and the name lists cannot tell it from one, so
each rule needs a phrase an ordinary word seldom gets:
- whom someone called by it: "PADDIE CALLED HIM TOOLBOX.";
- whom a resident let in with others: "LET IN SOCKET + 2 NON-RESIDENTS";
- who came with their friends: "AFTER pROTRACTOR AND HIS MATES", "had Nonna and two lads round";
- a given name whose surname is missing: "(Vision, surname not given)";
- a stranger's name in brackets: "a man from the bus station (Solder) takes him";
- who signs off or opens a message: "diolch, Nonna", "hiya it's Pearly just to say";
- a relative named before their phone number: "Son Kilt (+44 7857 ...)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, ROLE_CUES
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# A word in any case a nickname is typed in: "Toolbox", "TOOLBOX", "pROTRACTOR" (caps lock and shift).
_ANY = r"[A-Za-z][A-Za-z'’-]{2,}"
_CAP = r"[A-Z][a-z][a-z'’-]+"
_CALLED_RE = re.compile(rf"\b(?i:called|calls|call)[ \t]+(?i:him|her|them)[ \t]+(?P<n>{_ANY})(?=[.,!;]|[ \t]*$)",
                        re.MULTILINE)
_LET_IN_RE = re.compile(
    rf"\b(?i:let)[ \t]+(?i:in)[ \t]+(?P<n>{_ANY})[ \t]+(?:\+|&|(?i:and))[ \t]*(?:\d|(?i:two|three))"
)
_WITH_MATES_RE = re.compile(
    rf"(?<![\w'’-])(?P<n>{_ANY})[ \t]+(?:\+|&|(?i:and|n))[ \t]+"
    r"(?i:his|her|their|two|2|three|3|four|4|some|a[ \t]+few|other)[ \t]+"
    r"(?i:mates|lads|boys|pals|friends|girls|mandem|crew)\b"
)
_NO_SURNAME_RE = re.compile(
    rf"\((?P<n>{_CAP}),?[ \t]+(?i:(?:no[ \t]+)?(?:surname|last[ \t]+name|second[ \t]+name|family[ \t]+name))"
    r"(?i:[ \t]+(?:not[ \t]+(?:given|known)|unknown|n/k))?\)"
)
_MAN_BRACKET_RE = re.compile(
    rf"\b(?i:man|lad|guy|bloke|fella|woman|girl|boy|male|female)\b[^()\n.]{{0,40}}?[ \t]\((?P<n>{_CAP})\)"
)
_SIGN_OFF_RE = re.compile(
    rf"\b(?i:diolch(?:[ \t]+yn[ \t]+fawr)?|thanks|cheers|regards|thank[ \t]+you),?[ \t]+(?P<n>{_CAP})[ \t.!]*$",
    re.MULTILINE,
)
_ITS_ME_RE = re.compile(
    rf"\b(?i:hiya|hi|hello|hey|morning),?[ \t]+(?i:it['’]?s|this[ \t]+is)[ \t]+(?P<n>{_CAP})(?![\w'’-])(?![ \t]+[A-Z])"
)
_KIN = "|".join(sorted(w for w in ADULT_ROLES | CHILD_ROLES if w.isalpha()))
_KIN_PHONE_RE = re.compile(rf"\b(?i:{_KIN})[ \t]+(?P<n>{_CAP})[ \t]+\((?:\+44|0\d)")
# (pattern, literals every match holds, reach before, reach after, literals in lower case)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_CALLED_RE, ("called him ", "called her ", "calls him ", "calls her ", "call him ", "call her "), 2, 40, True),
    (_LET_IN_RE, ("let in ",), 2, 40, True),
    (_WITH_MATES_RE, (" mates", " lads", " boys", " pals", " friends", " girls", " mandem", " crew"), 40, 10, True),
    (_NO_SURNAME_RE, ("surname", "last name", "second name", "family name"), 30, 20, True),
    (_MAN_BRACKET_RE, ("man ", "lad ", "guy ", "bloke ", "fella ", "girl ", "boy ", "male "), 2, 70, True),
    (_SIGN_OFF_RE, ("diolch", "thanks", "cheers", "regards", "thank you"), 2, 30, True),
    (_ITS_ME_RE, ("it's ", "its ", "it’s ", "this is "), 10, 30, True),
    (_KIN_PHONE_RE, ("(+44", "(0"), 40, 2, False),
)
_TABLE = RuleTable(_RULES)
# Words a phrase above holds that are what was done or said, not whom: "called him back.", "let in two + 3".
_NOT_NICKS = frozenset(
    {"back", "again", "twice", "once", "later", "today", "tonight", "yesterday", "earlier", "out", "up", "over",
     "names", "everything", "that", "this", "there", "here", "home", "it", "him", "her", "them", "they", "she",
     "he", "his", "hers", "their", "you", "we", "me", "us", "all", "everyone", "nobody", "someone", "somebody",
     "anyone", "and", "the", "with", "both", "one", "two", "three", "other", "others", "some", "few", "brother",
     "sister", "gay", "fat", "ugly", "stupid", "thick", "weird", "slag", "slut", "whore", "bitch",
     "liar", "thief", "grass", "snitch", "paki", "monkey", "retard", "idiot", "loser", "pussy", "queer", "freak",
     "immediately", "straight", "first", "last", "next", "police", "staff", "security", "school", "college",
     "work", "team", "kids", "children", "family", "parents", "sisters", "brothers", "cousins", "mates", "friends",
     "boys", "girls", "lads", "people", "visitors", "guests", "residents", "several", "many",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "soon", "now", "then",
     "without", "after", "before", "when", "while", "who", "which", "what", "where", "not", "no", "yes", "ok"}
)
# Family words of the UK's community languages are given names as often ("Nonna", "Oma"); in these phrases a
# person is meant either way, but the English ones ("Mum and her friends") stay.
ENGLISH_KIN = frozenset(w for w in ROLE_CUES if w.isascii()) - {
    "nonna", "nonno", "oma", "opa", "nani", "nanu", "dadi", "dadu", "abba", "abbu", "ammi", "ammu", "appa",
    "babcia", "ciocia", "wujek", "bunica", "yiayia", "papou", "abuela", "abuelo", "teyze", "amca"}


def phrase_nicknames(text: str) -> Iterator[Span]:
    """Everyday words that name a person, told by the phrase round them."""
    for pattern, m in _TABLE.matches(text):
        if _is_name(pattern, m.group("n")):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def _is_name(pattern: re.Pattern[str], word: str) -> bool:
    low = word.lower().strip("'’-")
    if low in _NOT_NICKS or low in ENGLISH_KIN or low in not_names() or low in places():
        return False
    if pattern is _WITH_MATES_RE or pattern is _CALLED_RE or pattern is _LET_IN_RE:
        # These words are typed in any case, so one in lower case is a nickname only when no dictionary has it.
        return not word.islower() or low not in english_words()
    if pattern is _SIGN_OFF_RE:
        # "Thanks, Team": a word a dictionary has signs off only when it is a given name too.
        return low not in english_words() or low in first_names()
    return True
