"""What the words around an unknown lower-case word say about it, for the name rules in names.py:

- a role in brackets after it ("discussed w/ modupe (DSL)", "rang bev (SW)");
- an age before it ("10 yr old nirojan in the back", "a 15yo kofi");
- an age after it ("henok is 15 and keeps turning up");
- a home after it ("yinka at flat 16, 98 pendle view", "warren at first floor flat");
- a school year after it ("nimra in year 7 has been");
- a second unknown word and a verb after it ("dilip kotecha found on floor");
- a second unknown word and a full date after it, their date of birth ("xiaoyan liao 18/11/13 last seen",
  "visit to simbarashe marufu (January 1, 1935)").

And one thing that says a capitalised word is no name: a town or country straight after a word that
names a place ("went to Castleford", "lives in Ebbw Vale").

Only words that no word list knows reach these checks, so an everyday word is never taken.
"""

from __future__ import annotations

import re
from functools import cache

from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, GREETINGS, PERSON_VERBS, previous_word
from dialogs.anonymise.lexicon import places

_ROLE_BRACKET_RE = re.compile(r" ?\(([A-Za-z][A-Za-z -]{0,24})\)")
# "10 yr old ", "10-year-old ", "15yo ", "a 9 year old ": the age comes straight before the name.
_AGED_BEFORE_RE = re.compile(r"\b\d{1,2}[ -]?(?:y(?:ea)?rs?[ -]?old|yo|y/o)[ \t]+$", re.IGNORECASE)
# "henok is 15": an age, not a time ("is 10 am"), a score ("is 15/20") or an amount ("is 15%").
_IS_AGE_RE = re.compile(
    r"[ \t]+is[ \t]+(?:aged[ \t]+)?\d{1,2}\b(?![.:/%]\d|\s*(?:am|pm|%|percent|minutes|mins|hours|hrs|out of|/))",
    re.IGNORECASE,
)
_VOWELS = frozenset("aeiouy")


def role_in_brackets(text: str, end: int) -> bool:
    """"modupe (DSL)", "kez (step-dad)": a role named in brackets straight after the word."""
    if not text.startswith(("(", " ("), end):
        return False
    m = _ROLE_BRACKET_RE.match(text, end)
    if m is None:
        return False
    role = m.group(1).strip().lower()
    return role in ADULT_ROLES or role in CHILD_ROLES


def aged_before(text: str, start: int) -> bool:
    """"10 yr old nirojan": an age in years straight before the word."""
    before = text[max(0, start - 16) : start]
    if not before.endswith((" ", "\t")) or not any(c.isdigit() for c in before):
        return False
    return _AGED_BEFORE_RE.search(before) is not None


def age_after(text: str, word: str, end: int, english: frozenset[str]) -> bool:
    """"henok is 15": an age after the word. Abbreviations in lower case ("gcs is 15", "bmi is 15")
    are ruled out by asking for four letters or more, with a vowel; a plural of a word ("sats is 98")
    by its stem."""
    return namelike(word, english) and _IS_AGE_RE.match(text, end) is not None


def namelike(word: str, english: frozenset[str]) -> bool:
    """Not a lower-case abbreviation ("gcs", "appt", "mtg") nor the plural of a word ("sats")."""
    return len(word) >= 4 and bool(_VOWELS.intersection(word[1:])) and not (
        word.endswith("s") and word[:-1] in english)


# Family words that start a note's mention of a relative: "Mum Beryl on ...", "Nan Sheila has ...".
KIN = frozenset(
    {"mum", "mam", "mom", "dad", "nan", "nana", "nanna", "gran", "granny", "grandma", "grandad", "grandpa",
     "stepdad", "stepmum", "step-dad", "step-mum", "auntie", "aunty", "aunt", "uncle", "brother", "sister",
     "son", "daughter", "nain", "taid", "mamgu", "tadcu", "granda", "grampa", "gramps"}
)
_LOWER_AFTER_RE = re.compile(r"[ \t]*(?:[a-z]|,|\+?\d)")


def lower_after(text: str, end: int) -> bool:
    """"Mum Beryl on", "Mum Beryl, 07...": what follows is no capitalised heading ("Mum Support Group")."""
    return _LOWER_AFTER_RE.match(text, end) is not None


# "at flat 16", "at first floor flat", "at 98 pendle view": a home, not a time ("at 10 am", "at 3 mins").
_AT_HOME_RE = re.compile(
    r"[ \t]+at[ \t]+(?:flat|apartment|apt|room|(?:ground|first|second|third|top|basement)[ \t]+floor|"
    r"\d{1,4}[a-z]?,?[ \t]+(?!(?:am|pm|o'clock|mins?|minutes?|hours?|hrs?|years?|yrs?|weeks?|days?|months?|"
    r"and|or|to|the|on|in|at)\b)[a-z])",
    re.IGNORECASE,
)


def at_home_after(text: str, end: int) -> bool:
    """"yinka at flat 16": the word is someone found at a home."""
    return text.startswith((" at ", "\tat "), end) and _AT_HOME_RE.match(text, end) is not None


def kin_before_bracket(text: str, start: int, end: int, prev: str) -> bool:
    """"her dad warren (dementia)": a relative named straight after the family word, with a bracket or
    a comma closing the name."""
    return prev in KIN and text.startswith((" (", ", "), end) and not text[start - 1 : start].isalpha()


# "nimra in year 7 has been", "kwabena in yr10": a school year after the word.
_IN_YEAR_RE = re.compile(r"[ \t]+(?:is[ \t]+)?in[ \t]+(?:year|yr|y)[ \t]?\d{1,2}\b", re.IGNORECASE)
# "debjani y1 said": a school year straight after the word; not after a verb ("has been messaging Y7 pupils").
_YEAR_AFTER_RE = re.compile(r"[ \t]+(?:year|yr|y)[ \t]?\d{1,2}\b", re.IGNORECASE)
_VERB_ENDS = ("ing", "ed", "ly")
# Two words straight after the word, the second of them a verb's place: "dilip kotecha found on floor".
_PAIR_RE = re.compile(r" ([a-z][a-z'’-]+)[ \t]+([a-z'’]+)")
_NEXT_LOWER_RE = re.compile(r" ([a-z][a-z'’-]+)")
_FINDING = frozenset({"found", "saw", "met", "followed", "tracked", "contacted", "groomed"})
_PERSON_OBJECTS = frozenset({"her", "him", "them", "me", "us"})
_ADVERBS = frozenset({"just", "also", "then", "now", "never", "always", "still", "already", "really", "apparently",
                      "allegedly", "literally", "def", "defo", "prob", "probably", "usually", "sometimes", "often"})
# Verbs that a lower-case name takes far more often than an everyday word does: not a modal, "and", "is",
# "got" or "looks", which follow words as often ("mum will", "van is", "it looks").
# Typed so that mypyc, which compiles this package for speed (setup.py), knows the set's type across modules.
LOWER_VERBS: frozenset[str] = PERSON_VERBS - {
    "will", "would", "could", "should", "can", "must", "may", "might", "shall", "(", ",", "and", "is", "was",
    "has", "had", "then", "now", "also", "still", "in", "'s", "’s", "who", "ran", "left", "made", "got", "gets",
    "felt", "became", "looked", "looks", "seemed", "seems", "appeared", "appears",
}
# After "will", "may", "can": an adverb says the verb ("the bank will never ask"), not a boy called Will.
MODAL_VERBS: frozenset[str] = LOWER_VERBS - {"never", "always", "often", "later", "recently"}
# Verbs a person takes after a given name and a surname: "... found on floor", "... rang", "... was seen".
_PAIR_VERBS = LOWER_VERBS | {"is", "was", "has", "had", "found", "seen"}
# A second word, then a full date, bare or in brackets: "xiaoyan liao 18/11/13", "marufu (January 1, 1935)".
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_PAIR_DATE_RE = re.compile(
    rf" ([a-z][a-z'’-]+)[ \t]+\(?(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH},?[ \t]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})"
    r"(?![\w/])"
)


def beside_unknown(text: str, word: str, start: int, end: int, english: frozenset[str]) -> bool:
    """Whether a lower-case word no list knows has a role, an age, a school year, a home or a second
    unknown word and a verb beside it."""
    return role_in_brackets(text, end) or aged_before(text, start) or (
        namelike(word, english) and (_IS_AGE_RE.match(text, end) is not None or at_home_after(text, end)
                                     or _IN_YEAR_RE.match(text, end) is not None
                                     or (_YEAR_AFTER_RE.match(text, end) is not None and not word.endswith(_VERB_ENDS))
                                     )) or _pair_before_verb(
        text, word, end, english) or (word not in english and _acts_or_owns(text, word, start, end, english)) or (
        word not in english and namelike(word, english) and _greeted_signed_or_phoned(text, word, start, end))


_GREETINGS = GREETINGS | {"ta", "thx", "bye", "yo"}
_ON_PHONE_RE = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?(?:phone|line|fone|mobile)\b")
# "imrana and her partner", "can hear muska n the baby": joined to a person by "and", "n", "&" or "+".
_AND_ROLE_RE = re.compile(r"[ \t]+(?:and|&|n|\+)[ \t]+(?:(?:her|his|their|my|our|a|an|some|the)[ \t]+)?([a-z]+)")
# "bisrat aware.", "kalinda informed": told of the concern, as staff and carers are.
_TOLD_RE = re.compile(r"[ \t]+(?:aware|informed|notified|updated|advised|cc'd|ccd)\b")
# Chat shorthand for "with": "home visit w udoka tmrw", "after school w fatme".
_WITH = frozenset({"w", "w/"})
_SIGN_OFF_RE = re.compile(r"[ \t.!]*\Z")


def _greeted_signed_or_phoned(text: str, word: str, start: int, end: int) -> bool:
    """"hey upul just had ...", "... if police ask. raju", "... has a non mol. - pardeep", "had maebh on the
    phone", "imrana and her partner", "ebonie and baby jayden", "w udoka", "bisrat aware": a word no list
    knows, greeted, signing the note off, on the phone, joined to a person, met with or told, is a person."""
    if previous_word(text, start) in _GREETINGS or _ON_PHONE_RE.match(text, end) is not None:
        return True
    if previous_word(text, start) in _WITH or _TOLD_RE.match(text, end) is not None:
        return True
    m = _AND_ROLE_RE.match(text, end)
    if m is not None and (m.group(1) in ADULT_ROLES or m.group(1) in CHILD_ROLES):
        return True  # "brought in by imrana and her partner": joined to a person, a person
    if _SIGN_OFF_RE.match(text, end) is None:
        return False
    if previous_word(text, start) == "by":
        return True  # "... logged on cpoms by jusna": who wrote the note, at its end
    before = text[:start].rstrip(" \t")
    return before.endswith(("-", "–", "—", ".", "\n", "!", "?")) or before == ""


# What a person has: "eunices house", "blimi's mum" (the apostrophe often dropped in a quick log).
_OWNED = frozenset({"house", "flat", "place", "home", "room", "bedroom", "mum", "mums", "dad", "dads", "nan",
                    "car", "garden", "neighbour", "friend", "mate", "brother", "sister", "party", "phone",
                    # "crisiants ex turned up": who a person is with, or whose child
                    "ex", "partner", "boyfriend", "girlfriend", "bf", "gf", "husband", "wife", "son", "daughter",
                    "kids", "baby", "cousin", "auntie", "uncle"})
_DETERMINERS = frozenset({"the", "a", "an", "her", "his", "my", "their", "our", "your", "its", "this", "that", "no"})
_FROM_TOWN_RE = re.compile(r"[ \t]+from[ \t]+[A-Z][a-z]")


def _swapped_word(word: str, english: frozenset[str]) -> bool:
    """"nieghbour", "freind": two letters swapped in an everyday word, the commonest slip of a quick note."""
    return any(word[:i] + word[i + 1] + word[i] + word[i + 2 :] in english for i in range(len(word) - 1))


def typo_of_word(word: str, english: frozenset[str]) -> bool:
    """"nieghbour", "somone", "freinds": an everyday word with two letters swapped or one left out."""
    return _swapped_word(word, english) or any(
        word[:i] + c + word[i:] in english for i in range(1, len(word) + 1) for c in "abcdefghijklmnopqrstuvwxyz")


def _acts_or_owns(text: str, word: str, start: int, end: int, english: frozenset[str]) -> bool:
    """A word no list knows, shaped like a name, that owns something ("nyla goodhind's neighbour",
    "blimis house"), does something ("says fearchar went in an ambulance") or comes from a town in a list
    ("Kato Ssempala, matei from Wick") is a person: an everyday word or a typo seldom does any of these."""
    if not _owns_acts_or_comes(text, word, start, end, english) or not namelike(word, english):
        return False
    # After an article or a possessive it is a thing or a misspelt role ("her nieghbour said"), not a name.
    # Checked last: most words have no cue at all (speed).
    # A quick note's "its" is "it's" before a word no dictionary has: "think its rhuaridh dorward's".
    prev = previous_word(text, start)
    return (prev not in _DETERMINERS or prev == "its") and not _swapped_word(word, english)


def _owns_acts_or_comes(text: str, word: str, start: int, end: int, english: frozenset[str]) -> bool:
    if text.startswith(("'s ", "’s "), end):
        return True
    m = _PAIR_RE.match(text, end)
    if m is None:
        # "think its rhuaridh dorward's.": the pair owns what the clause leaves unsaid.
        n = _NEXT_LOWER_RE.match(text, end)
        own = n.group(1) if n is not None else ""
        if own.endswith(("'s", "’s")) and namelike(own[:-2], english) and own[:-2] not in english:
            return True
    else:
        second = m.group(1)
        if second.endswith(("'s", "’s")):  # "nyla goodhind's neighbour": the pair owns what follows
            return namelike(second[:-2], english) and second[:-2] not in english
        if second in LOWER_VERBS:
            return True
        # "says gracjan found her": a verb that a search or a walkabout takes too, with a person after it.
        if second in _FINDING and m.group(2) in _PERSON_OBJECTS:
            return True
        # "omg shadae just showed me": a word of time or manner between the name and its verb.
        if second in _ADVERBS and m.group(2) in LOWER_VERBS:
            return True
        if second in _OWNED and word.endswith("s") and word[:-1] not in english:
            return True
    return text[max(0, start - 2) : start] == ", " and _FROM_TOWN_RE.match(text, end) is not None


def _pair_before_verb(text: str, word: str, end: int, english: frozenset[str]) -> bool:
    """"dilip kotecha found on floor", "icilma nembhard rang": two lower-case words that no list knows,
    side by side and followed by a verb, are a given name and a surname. So are two shaped like names
    (not "appt tmrw", "cin mtg") before a full date: "xiaoyan liao 18/11/13 last seen"."""
    m = _PAIR_RE.match(text, end)
    if m is not None and m.group(2) in _PAIR_VERBS:
        return len(word) >= 3 and namelike(m.group(1), english) and m.group(1) not in english
    # "sign up done for dhanraj waithe at ...": two words shaped like names that no dictionary or list has,
    # and that are not an everyday word with two letters swapped, are a given name and a surname anywhere.
    n = _NEXT_LOWER_RE.match(text, end)
    nxt = re.sub(r"['’]s?$", "", n.group(1)) if n is not None else ""
    if nxt and namelike(word, english) and namelike(nxt, english) and nxt not in english \
            and not _swapped_word(word, english) and not _swapped_word(nxt, english) \
            and previous_word(text, end - len(word)) not in _DETERMINERS:
        return True  # not "a bedbound resident's blanket"
    d = _PAIR_DATE_RE.match(text, end)
    return d is not None and namelike(word, english) and namelike(d.group(1), english) and d.group(1) not in english


# Words that put a town straight after them: "went to", "lives in", "from", "near", "moved back to".
_PLACE_WORDS = frozenset({"in", "to", "from", "near", "nr", "at", "around", "outside", "towards", "toward", "into",
                          "via"})


@cache
def _places_by_first_word() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for place in places():
        out.setdefault(place.split(None, 1)[0], []).append(place)
    # Longest first, so "newcastle upon tyne" is tried before "newcastle".
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


@cache
def _later_words() -> frozenset[str]:
    return frozenset(w for place in places() for w in place.split()[1:])


@cache
def town_words() -> frozenset[str]:
    """Every word of every town's name: a word outside it is no part of a town."""
    return frozenset(_places_by_first_word()) | _later_words()


def town_after_place_word(text: str, start: int, low: str) -> bool:
    """"went to Castleford", "lives in Ebbw Vale", "in Port Talbot": the word at `start` (`low` in lower
    case) is part of a town or country that a place word stands straight before. A town that is also a
    given name ("Arnold", "Shirley") is not in the list, so "confided in Arnold" stays a person, and a
    possessive says a person too ("at Barnes's flat")."""
    if low not in town_words():
        return False  # nearly every word: one look-up (speed)
    if _town_at(text, start, low):
        return True
    if low not in _later_words():
        return False
    # The second or third word of a town's name ("Talbot" in "Port Talbot"): try the words before it.
    at = start
    for _ in range(2):
        before = text[max(0, at - 20) : at]
        parts = before.rsplit(None, 1)
        if not parts or not before.endswith(" ") or not parts[-1].isalpha():
            return False
        at -= len(before) - len(before.rstrip()) + len(parts[-1])
        if _town_at(text, at, parts[-1].lower()):
            return True
    return False


def _town_at(text: str, start: int, low: str) -> bool:
    phrases = _places_by_first_word().get(low)
    if phrases is None or previous_word(text, start) not in _PLACE_WORDS:
        return False
    rest = text[start : start + 40].lower()
    return any(rest.startswith(p) and not rest[len(p) : len(p) + 1].isalpha() and rest[len(p) : len(p) + 2]
               not in ("'s", "’s") for p in phrases)


def with_a_relative_after(text: str, end: int) -> bool:
    """"says Chick and her friend Rabia": joined by "and" to someone's relative or friend."""
    m = _AND_ROLE_RE.match(text, end)
    return m is not None and m.group(1) in _RELATIVES


_RELATIVES = (ADULT_ROLES | CHILD_ROLES | KIN | {"friend", "mate", "pal", "cousin", "partner", "boyfriend",
                                                   "girlfriend"}) - {"the", "a"}
# Words that put the person cared for, or whoever runs a place, straight after them.
_CARING_RE = re.compile(r"(?:\brun by|\bcared for|\bcaring for|\blooked after|\blooking after|\bknown locally as)"
                        r"[ \t]+$", re.IGNORECASE)


def after_caring_words(text: str, start: int) -> bool:
    """"a cannabis farm ... run by Meatball", "They have cared for Justice since he was 11"."""
    return _CARING_RE.search(text, max(0, start - 22), start) is not None
