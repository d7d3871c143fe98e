"""School names the walk back from a school word cannot judge on its own:

- a lower-case school named for its street ("lifeboat lane sixth form", "turntable close pru") or, for the
  kinds only a named school is called by, for one word ("can u tell towpath academy");
- a Gaelic name with its article ("cnoc an t-sìthein academy");
- Northern Ireland's and Scotland's "PS" for a primary school ("St Brigid's PS", "Holy Family PS");
- a high or junior school named for a saint or a street, with no "School" after it ("St Malachy's High",
  "st malachy's high", "Shearers Way High", "Russet Close Junior"); "High Street" and "High Road" stay streets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_STREET_WORDS = frozenset({"road", "street", "lane", "close", "avenue", "drive", "way", "row", "walk", "hill",
                           "terrace", "crescent", "grove", "gardens", "park", "green", "brow", "rise", "vale",
                           "bank", "fields", "meadow", "wood", "yard", "gate", "mews", "place", "square"})
# Kinds that a note writes after a school's own name, not after an everyday word ("the academy", "in sixth form").
_NAMED_KINDS = frozenset({"academy", "pru", "sixth form"})
# What an academy teaches when it is no school: "football academy", "dance academy".
_ACTIVITIES = frozenset(
    {"football", "soccer", "rugby", "cricket", "tennis", "golf", "dance", "dancing", "drama", "stage", "theatre",
     "music", "arts", "art", "sports", "sport", "boxing", "gymnastics", "gym", "swimming", "swim", "martial",
     "karate", "judo", "police", "army", "military", "coding", "tech", "language", "beauty", "hair", "barber",
     "driving", "training", "youth", "summer", "holiday", "kids", "baby", "toddler", "film", "media", "science",
     "maths", "english", "tuition", "study", "skills", "games", "gaming", "esports", "netball", "basketball",
     "hockey", "athletics", "riding", "circus", "chess", "the", "an", "a", "his", "her", "their", "my", "our"}
)
_GAELIC_ARTICLES = frozenset({"an", "na", "nan"})


def gaelic_article(text: str, pos: int, low: str) -> bool:
    """Whether `low`, the word before `pos`, is a Gaelic article inside the name: the word after it is none
    of the dictionary's ("cnoc an t-sìthein academy", not "at an academy")."""
    if low not in _GAELIC_ARTICLES:
        return False
    after = text[pos : pos + 40].split(None, 1)
    return bool(after) and after[0].lower().strip(",.") not in english_words()


# "Ducklings on the Cut Playgroup", "Busy Bees in the Orchard Nursery": a setting named for where it is.
_PLACED_RE = re.compile(r"(?<=[,:;(\w])[ \t]+[A-Z][\w'’-]*[ \t]+(?:on|in|by|under)[ \t]+$")


def joining_word(text: str, pos: int, tok_start: int, low: str) -> bool:
    """Whether `low`, the word before `pos`, joins the words of a school's name: a Gaelic article, or "on",
    "in", "by" or "under" before "the" and a capital, with a capitalised word before it in mid-sentence."""
    if gaelic_article(text, pos, low):
        return True
    if low not in ("on", "in", "by", "under") or not text.startswith("the ", pos):
        return False
    end = tok_start + len(low) + 1
    return _PLACED_RE.search(text, max(0, tok_start - 40), end) is not None and text[end : end + 4] == "the "


def lower_named_start(text: str, pos: int, start: int, kind: str) -> int | None:
    """Where a lower-case school's name begins when it is named for its street or, for `_NAMED_KINDS`, for
    one word before it; None when it is neither. `pos`..`start` holds the words the walk back took."""
    words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[pos:start]))
    if not words:
        return None
    if len(words) >= 2 and words[-1].group().lower() in _STREET_WORDS:
        return pos + words[-2].start()
    last = words[-1].group().lower()
    if kind in _NAMED_KINDS and last not in _ACTIVITIES and last not in _STREET_WORDS and len(last) > 2:
        return pos + words[-1].start()
    return None


# Federations that are not of schools: "the Police Federation", "the Football Federation".
_OTHER_FEDERATIONS = frozenset(
    {"police", "football", "rugby", "cricket", "netball", "hockey", "athletics", "boxing", "chess", "trade",
     "teachers", "teachers'", "employers", "employers'", "national", "european", "british", "world",
     "international", "union", "small", "business", "businesses", "farmers", "housing", "tenants", "tenants'"}
)


def other_federation(name: str) -> bool:
    """Whether the words before "Federation" make it one of sport, work or trade rather than of schools."""
    return any(w.lower() in _OTHER_FEDERATIONS for w in name.split())


# A childminder named, then the setting in brackets: "childminder Gustaw Adamski (Bumblebees at Applegarth)".
_SETTING_IN_BRACKETS_RE = re.compile(
    r"\b(?i:childminder|childminders|playgroup|pre-school|preschool|nursery)[ \t]+[A-Z][\w'’-]+"
    r"(?:[ \t]+[A-Z][\w'’-]+){0,2}[ \t]*\((?P<s>[A-Z][^()\n\d@]{2,40})\)"
)


_SETTING_WORDS = ("childminder", "playgroup", "pre-school", "preschool", "nursery")


def settings_in_brackets(text: str) -> Iterator[Span]:
    if "(" not in text:
        return
    low = scan.lowered(text)
    if not any(w in low for w in _SETTING_WORDS):  # str.find in C before any pattern (speed)
        return
    for m in scan.at_word_starts(_SETTING_IN_BRACKETS_RE, text, _SETTING_WORDS):
        yield Span(EntityType.SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)


def a_line_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether a lower-case school's name is a sentence or line of its own, as a chat message signs off with
    the school ("... posts on tiktok. goods yard community primary"): nothing else in it says it is not one."""
    lo = max(0, start - 40)
    before = text[lo:start].rstrip(" \t")
    after = text[end : end + 40].lstrip(" \t")
    return (before[-1] in ".!?\n" if before else lo == 0) and (not after or after[0] in ".!?\n")


# How many or which of a school's pupils, not its name: "all juniors.", "the older infants."
_HOW_MANY = frozenset({"all", "some", "most", "many", "few", "more", "both", "any", "two", "three", "four", "five",
                       "older", "younger", "other", "mixed", "lower", "upper", "with", "year", "top"})


def signs_off(text: str, start: int, end: int) -> bool:
    """Whether a school's name ends the whole note, as a chat message signs off with its school ("... named person
    aware. worsted juniors"): one word of four letters before the kind is then enough, where mid-note it could be
    anything's."""
    words = text[start:end].split()
    return (not text[end : end + 8].strip(" \t\r\n.!") and len(words[0]) >= 4
            and words[0].lower() not in _HOW_MANY)


# What a setting does when a note reports it: "starfish nursery had worries too", "... primary rang".
_REPORTS = frozenset({"had", "has", "said", "says", "say", "reported", "reports", "raised", "rang", "rung", "called",
                      "phoned", "flagged", "noticed", "told", "emailed", "sent", "shared", "confirmed", "contacted",
                      "noted", "logged", "referred", "mentioned", "wrote"})


def reported_by(text: str, start: int, end: int) -> bool:
    """Whether a lower-case school's name opens a sentence and says what the school did ("... at her nain's.
    starfish nursery had worries too"): the setting is the one who speaks, so the words before it are its name."""
    lo = max(0, start - 40)
    before = text[lo:start].rstrip(" \t")
    nxt = text[end : end + 16].split(None, 1)
    return ((before[-1] in ".!?\n" if before else lo == 0) and bool(nxt) and text[end : end + 1] == " "
            and nxt[0].lower() in _REPORTS)


# A capitalised name of up to four words, maybe after "St", then "PS" in capitals.
# Not before a number: "NI PS 74 06 60 C" is a National Insurance number.
_PS_RE = re.compile(
    r"(?<![\w'’])(?:St\.?[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+PS(?![\w'’/-])(?!\.\w)(?![ \t]*\d)"
)
_NOT_NAME = frozenset({"The", "A", "An", "At", "To", "From", "In", "And"})


def ni_primaries(text: str) -> Iterator[Span]:
    if " PS" not in text:
        return
    for m in _PS_RE.finditer(text):
        words = m.group().split()
        start = m.start()
        # "At St Brigid's PS": a capitalised sentence word before the name is not part of it.
        while words and words[0] in _NOT_NAME:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end()
            words = words[1:]
        # A name in capitals alone ("NI PS") is an acronym's, not a school's; a log in capitals ("ATTENDS
        # PORTMUCK PS", "SEEN AT ST RONAN'S PS") names one with a long word after its own words.
        if len(words) >= 2 and any(c.islower() for c in "".join(words[:-1])):
            yield Span(EntityType.SCHOOL, start, m.end(), P_SCHOOL)
        elif len(words) >= 2 and m.group().isupper():
            while len(words) > 2 and words[0] != "ST" and words[0].lower() in english_words():
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
            name = [w for w in words[:-1] if w != "ST"]
            if name and all(len(w) >= 4 and w.lower() not in english_words() for w in name):
                yield Span(EntityType.SCHOOL, start, m.end(), P_SCHOOL)


_STREET_ENDS = (r"Road|Street|Lane|Close|Avenue|Drive|Way|Row|Walk|Hill|Terrace|Crescent|Grove|Gardens|Park|Green|Brow|"
                r"Rise|Vale")
_KIND_AFTER = r"High|Junior|Juniors|Infant|Infants"
# Not the start of a street or a place: "Oakwood High Street", "St Mary's High Road", "Park Lane Junior Club".
_NOT_AFTER = (r"(?![ \t]+(?i:street|st\b|road|rd\b|lane|park|view|court|close|way|cross|bank|town|level|club|"
              r"section|football|league|team|squad))")
NAMED_HIGH_RE = re.compile(
    r"(?<![\w'’])(?:(?:St\.?|Saint)[ \t]+[A-Z][\w'’-]*['’]s|(?:[A-Z][\w'’-]*[ \t]+){1,2}(?:" + _STREET_ENDS + r"))"
    r"[ \t]+(?:" + _KIND_AFTER + r")\b" + _NOT_AFTER
)
_SAINT_STARTS = ("st.", "st ", "st\t", "saint ", "saint\t")  # what every LOWER_SAINT_HIGH_RE match begins with
LOWER_SAINT_HIGH_RE = re.compile(r"(?<![\w'’])(?:st\.?|saint)[ \t]+[a-z][\w-]*['’]s[ \t]+(?:high|junior|infants?)\b"
                                 + _NOT_AFTER)


# "fairground road ps": in lower case, "ps" after a street's name is a primary school.
LOWER_STREET_PS_RE = re.compile(
    r"(?<![\w'’])(?:(?!(?:at|to|from|in|on|by|the|a|an|and|or|of|near)\b)[a-z][\w'’-]*[ \t]+){1,2}"
    r"(?:road|lane|street|way|avenue|drive|close|hill|park|green|row|walk)"
    r"[ \t]+ps\b(?![ \t]*\d)"
)


def named_highs(text: str) -> Iterator[Span]:
    if " ps" in text:
        for m in LOWER_STREET_PS_RE.finditer(text):
            if m.group().split()[0] not in _ACTIVITIES:
                yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)
    if "High" in text or "Junior" in text or "Infant" in text:
        for m in NAMED_HIGH_RE.finditer(text):
            yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)
    if "st" in text or "saint" in text:
        # Tried only where "st" or "saint" and the dot or blank after it are written, found by str.find: the
        # pattern opens with a look-behind, so a scan tried it at every character (speed).
        for m in scan.matches_from(LOWER_SAINT_HIGH_RE, text, scan.literal_starts(text, _SAINT_STARTS)):
            yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)
