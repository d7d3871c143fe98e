"""Everyday words used as names, told apart by the company the sentence gives them.

Young people's nicknames are nearly always words ("Hammer", "Pickle", "Vandal", "pebbles"), and a word alone
stays readable. Each rule here needs a phrase that an ordinary word does not get:
- naming: "a man they call Ninja", "who she met online and calls Hammer", "one of them's Pickle";
- a rough age with "ish": "she thinks its Hammer, 17ish";
- joined to a child and their age: "Tajae Rhoden (14) and Ratchet on a scrambler", "KIDS SHAILA (9) + OISHI";
- with their own people: "Vandal and his lot dealing", "back with pebbles and a lad";
- owning what people own: "came off Rascal's bike";
- lived with: "she has moved in with Boots at Flat 12".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.anchored_rules import CUED_CAPS, CUED_NAME, RuleTable
from dialogs.anonymise.cued_word_names import person_span
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, PERSON_VERBS
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAP = CUED_NAME
_CAPS = CUED_CAPS
# Present tense only: "they call Ninja" names someone, "she called Housing" rings an office.
_CALL_RE = re.compile(
    rf"\b(?:[Tt]hey|[Ww]e|[Pp]eople|[Ee]veryone|[Kk]ids|[Bb]oys|[Gg]irls|[Ll]ads|[Ss]he|[Hh]e|I|and|who)[ \t]+"
    rf"(?:call|calls)[ \t]+(?P<n>{_CAP})\b"
)
_ONE_OF_RE = re.compile(
    rf"\b[Oo]ne[ \t]+of[ \t]+(?:them|em|the[ \t]+lads)(?:['’]s|[ \t]+is|[ \t]+was)[ \t]+(?P<n>{_CAP})\b"
)
# "its Hammer, 17ish", "Socks (15ish)": a guessed age, which is only ever given for a person.
_ISH_RE = re.compile(rf"(?P<n>{_CAP}|{_CAPS}),?[ \t]+\(?(?:about[ \t]+|abt[ \t]+)?\d{{1,2}}[ \t]?ish\b")
# After a named child's age in brackets, the next one joined on: "(14) and Ratchet", "(9) + OISHI".
_AFTER_AGE_RE = re.compile(rf"\(\d{{1,2}}\)[ \t]+(?:and|&|\+|n|AND)[ \t]+(?P<n>{_CAP}|{_CAPS})(?![\w'’-])")
# In lower case only chat's "+", which joins people and seldom things: "proinnsias toland (9) + pól running".
_AFTER_AGE_LOWER_RE = re.compile(r"\(\d{1,2}\)[ \t]+\+[ \t]+(?P<n>[a-zà-ÿ][a-zà-ÿ'’-]{2,})(?![\w'’-])")
_LOT_RE = re.compile(
    rf"(?P<n>{_CAP})[ \t]+(?:and|&|n|\+)[ \t]+(?:his|her|their)[ \t]+"
    r"(?:lot|mates|boys|crew|gang|mob|pals|lads|girls|friends|cronies|posse|runner|runners|driver|minder)\b"
)
_PEOPLE = r"lad|man|woman|girl|boy|male|female|fella|guy|bloke|youth|teenager|older[ \t]+male|older[ \t]+lad"
_WITH_A_LAD_RE = re.compile(
    rf"\b(?:with|by)[ \t]+(?P<n>[a-z]{{3,}}|{_CAP})[ \t]+(?:and|&|n|\+)[ \t]+an?[ \t]+(?:{_PEOPLE})\b"
)
_OWNED = ("bike|car|van|motorbike|scooter|moped|house|flat|place|mum|dad|nan|brother|sister|cousin|mate|mates|"
          "girlfriend|boyfriend|gf|bf|phone|room|party|dog")
# Mid-sentence, after a word in lower case: "off Rascal's bike", not "St Mary's car park" or a sentence's start.
_OWNER_RE = re.compile(rf"(?<=[a-z] )(?P<n>{_CAP})['’]s[ \t]+(?:new[ \t]+|old[ \t]+)?(?:{_OWNED})\b")
_LIVES_WITH_RE = re.compile(
    rf"\b(?:moved|moving|staying|stays|stayed|living|lives|lived|sleeping|sleeps|dossing)[ \t]+(?:in[ \t]+)?"
    rf"with[ \t]+(?P<n>{_CAP})[ \t]+(?:at|in|on|near|round)\b"
)
# "with Ozone + Serwaah": chat's "+" joins people seen together; either side may be the everyday word.
_WITH_PLUS_FIRST_RE = re.compile(rf"\bwith[ \t]+(?P<n>{_CAP})[ \t]+\+[ \t]+[A-Z][a-z]")
_WITH_PLUS_SECOND_RE = re.compile(rf"\bwith[ \t]+[A-Z][a-z]+[ \t]+\+[ \t]+(?P<n>{_CAP})(?![\w'’-])")
# "oluwafunmilayo had oaklen there again": two words no list knows, one having the other round.
_HAD_ROUND_RE = re.compile(
    r"(?<![\w'’-])(?P<n>[a-z]{4,})[ \t]+(?:had|has)[ \t]+(?P<m>[a-z]{4,})[ \t]+(?:there|round|over|here|staying|back)\b"
)
# "says hes at Shifty's in Portmahomack": at someone's, their home; a shop's name is in the word lists.
_AT_HOME_OF_RE = re.compile(
    rf"\b(?:at|to|from|round)[ \t]+(?P<n>{_CAP})['’]s(?=[ \t]*(?:[.,;!?)\n]|$)|[ \t]+(?:in|on|at|near|last|again|"
    r"tonight|tonite|for|with|till|til|until|since|every|most|all)\b)"
)
# "met sherbet on facebook.com/...", "met Tyreece through snap": whom someone met, and where online.
_MET_ONLINE_RE = re.compile(
    rf"\bmet[ \t]+(?P<n>[a-z]{{3,}}|{_CAP})[ \t]+(?:on|through|thru|via|off)[ \t]+(?:(?:https?://)?[a-z.]*(?:facebook|fb|insta|"
    r"instagram|snap|snapchat|tiktok|twitter|whatsapp|discord|kik|tinder|grindr|hinge|bumble|badoo|telegram|"
    r"wizz|yubo|roblox|fortnite|xbox|playstation|psn|omegle|online|line|an[ \t]+app|the[ \t]+app|a[ \t]+game))"
)
# "thought to be with cobra in Annalong", "staying with Viper in Leeds": whom someone is with, and where.
_WITH_IN_TOWN_RE = re.compile(
    rf"\b(?:be|been|is|was|were|stays?|staying|stayed|seen|gone|went|off|out|lives|living)[ \t]+with[ \t]+"
    rf"(?P<n>[a-z]{{3,}}|{_CAP})[ \t]+(?:in|at|near|round)[ \t]+[A-Z]"
)
# "viper selling out the boot", "and krypto dealing": what a runner does, after a comma or "and".
_SELLING_RE = re.compile(
    rf"(?:,|\band)[ \t]+(?P<n>[a-z]{{3,}}|{_CAP})[ \t]+(?:selling|dealing|grafting|seen[ \t]+with)\b"
)
# "VIMTO HAS HIS PHONE", ". Toaster has her keys": whoever has someone's things, opening a sentence.
_HAS_THEIR_RE = re.compile(
    rf"(?:^|(?<=[.!?] ))(?P<n>{_CAPS}|{_CAP})[ \t]+(?:HAS|HAD|has|had|took|TOOK)[ \t]+"
    r"(?:HIS|HER|THEIR|his|her|their)\b",
    re.MULTILINE,
)
# "with Munch who keeps asking him for money": "who" follows a person.
_WITH_WHO_RE = re.compile(rf"\b(?:with|by|for)[ \t]+(?P<n>{_CAP})[ \t]+who\b")
# "kids say its grimz's, he posts on tiktok": whose a thing is, with the person's pronoun after.
_ITS_OWNERS_RE = re.compile(r"\b(?:its|it's|it’s)[ \t]+(?P<n>[A-Za-z][a-z-]{2,})['’]s[,.;]?[ \t]+(?:he|she|they)\b")
# "baby ceejay cleverly dob 14 Oct 2025", "Pt: harmonie crouch, 27/01/1933": a child or a patient named in lower case
# with their date of birth; the second word may be an everyday one, as surnames are ("cleverly", "crouch").
_LOWER_BIRTH_RE = re.compile(
    r"\b(?:baby|son|daughter|child|pupil|pt|patient|client|resident|name|re)[ \t]*:?[ \t]+"
    r"(?P<n>(?!(?:dob|born|who|who's|is|was|aged?|d\.o\.b)\b)[a-z][a-z'’-]{2,}[ \t]+"
    r"(?!(?:dob|born|who|who's|is|was|aged?|d\.o\.b|on|at|in|and|the)\b)[a-z][a-z'’-]{1,})"
    r"[ \t]*,?[ \t]*(?:(?:dob|d\.o\.b\.?|born)[ \t]*:?[ \t]*|\()?"
    # A date: "14 Oct 2025", "27/01/1933", "13.04.2025".
    r"\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|(?:st|nd|rd|th)?[ \t]+[A-Za-z]{3})",
    re.IGNORECASE,
)
# "Subj: K.K. - Y11 - urgent", "Re: JB (Y9)": a child's initials heading an email, as schools write them to keep
# names out of subject lines; the initials still identify the child to anyone who knows the school.
_SUBJECT_INITIALS_RE = re.compile(
    r"^[ \t]*(?:Subj|Subject|SUBJECT|Re|RE)[ \t]*:[ \t]*(?P<n>[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?|[A-Z]{2})"
    r"(?=[ \t]+[-–(]|[ \t]*,)",
    re.MULTILINE,
)
# Two capitals that head a subject line as an agency's or a service's letters, not a child's initials.
_ACRONYMS = frozenset({"cp", "sw", "hv", "gp", "ed", "dv", "ae", "la", "ld", "mh", "ot", "pa", "ta", "yp", "ss", "dc",
                       "ds", "pc", "di", "ci", "ec", "eh", "sg", "uc", "ni", "ok", "fw", "fy", "nb", "ps", "sc", "ca",
                       "ct", "mp", "hr", "it", "re"})
# "FAIQA MIR, 5 yrs,": two words in capitals with an age after a comma, opening a record's entry.
_CAPS_AGED_RE = re.compile(r"(?<=: )(?P<n>[A-Z]{2,}[ \t]+[A-Z]{2,}),[ \t]*\d{1,2}[ \t]*(?:yrs|yr|years|yo)\b")
# "youth club: serwah from Wicket Way Academy in tonight": a message opening with a word no dictionary has, and
# where that someone is from.
# What a message comes from, rather than whom: "whatsapp from the DSL", "txt from mum".
_MESSAGES = frozenset({"whatsapp", "txt", "msg", "teams", "slack", "email", "emails", "voicenote", "dm", "dms", "snap",
                       "insta", "sms", "text", "texts", "messages", "referral", "referrals", "update", "updates"})
_OPENS_FROM_RE = re.compile(r"(?:^|(?<=[:.!?] ))(?P<n>[a-z][a-z'’-]{2,})[ \t]+from[ \t]+\S", re.MULTILINE)
# "sHAHBAZ OWES Ribs MONEY", "she lets Shovel keep stuff in her garage", "she misses Cinnamon": owing someone, letting
# them do something, missing them.
_OWES_RE = re.compile(
    r"\b(?i:owes|owed|owing)[ \t]+(?P<n>[A-Za-z][a-z'’-]{2,}|[A-Z]{3,})[ \t]+(?i:money|cash|£|\d)"
)
_LETS_RE = re.compile(
    r"\b(?i:lets|let|letting)[ \t]+(?P<n>[A-Za-z][a-z'’-]{2,}|[A-Z]{3,})[ \t]+"
    r"(?i:keep|stay|use|sleep|store|live|crash|have|borrow|drive|in)\b"
)
_MISSES_RE = re.compile(rf"\b(?:misses|missed)[ \t]+(?P<n>{_CAP})(?=[ \t]*[.,;!]|[ \t]+(?:a[ \t]+lot|so))")
# Words that a rule's phrase may put where a name goes, and that are no one's name.
_NOT_NAMES = ADULT_ROLES | CHILD_ROLES | {
    "him", "her", "them", "his", "their", "she", "he", "they", "me", "us", "you", "the", "some", "two", "three",
    "another", "other", "others", "friends", "mates", "this", "that", "one", "police", "someone", "somebody",
    "nobody", "everyone", "kids", "children", "boys", "girls", "lads", "men", "women", "family", "staff",
    "people", "loads", "lots", "many", "anyone", "anybody", "guys", "himself", "herself", "themselves", "themself",
    "myself", "yourself", "ourselves", "it", "in", "out", "go",
    # Words that come before "seen with" or "selling" in a sentence about someone else: "last seen with".
    "last", "first", "was", "were", "been", "not", "also", "then", "recently", "never", "often", "frequently",
    "regularly", "both", "all", "again", "still", "always", "once", "later", "earlier",
}
# Each rule with the literal every match holds, and how far a match reaches before and after it: the pattern runs
# only in those windows, found by str.find. Run over the whole note, these patterns cost 9% of a case file (speed).
# The last field says the literal is looked for in the lower-cased note.
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_CALL_RE, ("call",), 14, 40, False),
    (_ONE_OF_RE, ("ne of ",), 2, 50, True),
    (_ISH_RE, ("ish",), 50, 6, False),
    (_AFTER_AGE_RE, (") ",), 4, 40, False),
    (_AFTER_AGE_LOWER_RE, (") +",), 4, 40, False),
    (_SUBJECT_INITIALS_RE, ("subj", "re:", "re :"), 12, 24, True),
    (_CAPS_AGED_RE, ("yr", "year", "yo"), 50, 8, False),
    (_LOWER_BIRTH_RE, ("baby", "son", "daughter", "child", "pupil", "pt", "patient", "client", "resident", "name",
                       "re:"), 2, 90, True),
    (_LOT_RE, ("his ", "her ", "their "), 50, 20, False),
    (_WITH_A_LAD_RE, ("with", "by "), 2, 70, False),
    (_OWNER_RE, ("'s ", "’s "), 30, 24, False),
    (_LIVES_WITH_RE, ("with",), 24, 40, False),
    (_WITH_PLUS_FIRST_RE, (" + ",), 40, 4, False),
    (_WITH_PLUS_SECOND_RE, (" + ",), 30, 40, False),
    (_AT_HOME_OF_RE, ("'s", "’s"), 40, 16, False),
    (_MET_ONLINE_RE, ("met ",), 2, 90, False),
    (_WITH_IN_TOWN_RE, ("with",), 24, 50, False),
    (_SELLING_RE, ("selling", "dealing", "grafting", "seen with"), 40, 12, False),
    (_HAS_THEIR_RE, (" HIS", " HER", " THEIR", " his", " her", " their"), 40, 10, False),
    (_WITH_WHO_RE, (" who",), 40, 6, False),
    (_ITS_OWNERS_RE, ("'s", "’s"), 40, 16, False),
    (_OPENS_FROM_RE, (" from ",), 40, 10, False),
    (_OWES_RE, ("owe",), 2, 30, True),
    (_LETS_RE, ("let",), 2, 40, True),
    (_MISSES_RE, ("missed", "misses"), 2, 30, False),
    (_HAD_ROUND_RE, (" had ", " has "), 40, 60, False),
)


_SURE = (_CALL_RE, _ONE_OF_RE, _ISH_RE, _LIVES_WITH_RE, _ITS_OWNERS_RE, _SUBJECT_INITIALS_RE, _CAPS_AGED_RE)


_TABLE = RuleTable(_RULES)


def company_names(text: str) -> Iterator[Span]:
    """People named by everyday words, where naming, an age, their company, their things or their home say so."""
    english = english_words()
    for pattern, m in _TABLE.matches(text):
        yield from _judged(pattern, m, english)


def _judged(pattern: re.Pattern[str], m: re.Match[str], english: frozenset[str]) -> Iterator[Span]:
    name = m.group("n")
    if pattern is _HAD_ROUND_RE:
        if all(w not in english and namelike(w, english) for w in m.group("n", "m")):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
            yield Span(EntityType.PERSON, m.start("m"), m.end("m"), P_PERSON)
        return
    if pattern is _OPENS_FROM_RE:
        if (name not in english and namelike(name, english) and name not in _NOT_NAMES and name not in _MESSAGES
                and name not in not_names()):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
        return
    if name.lower() in _NOT_NAMES or (pattern is _SUBJECT_INITIALS_RE and name.lower() in _ACRONYMS):
        return
    # A lower-case word may be what someone is found with: "with drugs and a man", "with drugs in Leeds".
    if name in _THINGS:
        return
    if pattern is _LOWER_BIRTH_RE and (name.split()[0].lower() in english or name.split()[1].lower() in PERSON_VERBS):
        return  # "Pt: seen today, 12:30": the first word of a name is one no dictionary has
    if pattern in _SURE:
        # The phrase leaves no room for a shop or a brand: no one moves in with Boots the chemist.
        if name.lower() not in places():
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
    elif (sp := person_span(m)) is not None:
        yield sp


def aliases_of_people(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """"tuna = ormond townend, 09/01/1991": a word set equal to a found name is that person's street name."""
    if "=" not in text:
        return
    starts = {sp.start for sp in spans if sp.type is EntityType.PERSON}
    for m in _EQUALS_RE.finditer(text):
        # Only a word opening its clause: "... on the drive = ty'rese mellodew" says whose the car is.
        before = text[: m.start()].rstrip(" \t")
        opens = not before or before[-1] in ":;,-–(\n"
        if opens and m.end() in starts and m.group("n").lower() not in _NOT_NAMES:
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


_EQUALS_RE = re.compile(r"(?<![\w'’-])(?P<n>[A-Za-z][a-z'’-]{2,}|[A-Z]{3,})[ \t]*=[ \t]*")


# What a man may be found with besides a person, in lower case.
_THINGS = frozenset({"drugs", "cash", "money", "knife", "knives", "weapons", "weed", "cannabis", "bags", "food",
                     "alcohol", "drink", "drinks", "beer", "dogs", "dog", "kids", "children", "friends", "mates"})
