"""Everyday words that a note uses as a person's name, told by where they stand rather than by any list:

- in a list with a found name ("her kids Jhun and Lovely", "with Tamsin and Bear");
- after a contact verb ("spoke to Cloud", "visited Pebble");
- before a verb of saying or doing, in the middle of a sentence ("Mum says Ember has been staying out");
- before a relation in apposition ("contact with Pebble, her half-sister").

Only capitalised words away from a sentence start are taken, and never words in the lists of things
that are not people, places or the words that open a clause ("Police said", "Leeds and Bradford").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.name_context import KIN
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_CAP = r"[A-Z][a-z]+"
# A list's next member: one capitalised word, not followed by a digit or another capital ("Flat 3",
# "Oak House"), which would make it a place.
# A town before a postcode ("Moorside Road, Barrow, MK97SW") is an address's, not a list's.
_NEXT_IN_LIST_RE = re.compile(
    rf"(?:,|[ \t]+and|[ \t]+&|[ \t]*\+)[ \t]*({_CAP})\b(?![ \t]*\d|[ \t]+[A-Z]|['’-]|,[ \t]*[A-Za-z]{{1,2}}\d)"
)
# The capitalised word straight after a lone found name is its surname, even an everyday word ("nan Lettice
# Senior", "PCSO Wallace Senior"), and so is the one after a quoted nickname ('Bertha "Cupcake" Hocking').
# Not before a digit or another capital, which would make it a place ("Kirk Street 4").
_SURNAME_AFTER_RE = re.compile(
    rf"[ \t]+(?:[\"“]{_CAP}[\"”][ \t]+)?({_CAP})\b(?![ \t]*\d|[ \t]+[A-Z]|['’][a-rt-z])"
)
_PREV_IN_LIST_RE = re.compile(rf"(?<![\w'’-])({_CAP})(?:,|[ \t]+and|[ \t]+&)[ \t]+$")
# Each regex starts at the capital of the word it finds, so the engine skips ahead to capitals; what must
# come before it is checked afterwards (a look-behind first was three times slower).
_CONTACT_VERBS = ("spoke", "spoken", "speaking", "talked", "talking", "chatted", "rang", "phoned", "visited",
                  "met", "texted", "messaged", "emailed")
_AFTER_CONTACT_RE = re.compile(rf"[ \t]+(?:(?:to|with)[ \t]+)?({_CAP})\b(?![ \t]+[A-Z]|['’-])")
_ACTOR_VERBS = (
    "says", "said", "told", "tells", "disclosed", "reported", "stated", "explained", "admitted", "denied", "asked",
    "wants", "wanted", "shouted", "cried", "whispered", "texted", "messaged", "refused", "agreed", "thinks", "knows",
    "feels", "has been", "had been",
    # Verbs of doing as well as of saying: "disclosed that Chunk gives him weed", "log: Candy came in late".
    "gives", "gave", "took", "takes", "came", "comes", "went", "goes", "sells", "sold", "brought", "bought", "drives",
    "drove", "grabbed", "hit", "hits", "lives", "lived", "stays", "stayed", "keeps", "kept", "picks", "picked",
    "collects", "collected", "makes", "made", "sends", "sent", "turned up",
)
_ACTOR_RE = re.compile(rf"({_CAP})[ \t]+(?:{'|'.join(_ACTOR_VERBS)})\b")


def _actors(text: str) -> Iterator[re.Match[str]]:
    """The matches `_ACTOR_RE.finditer(text)` gives. In a long note each is tried only at the capitalised word
    before one of the verbs, which one shared scan finds, instead of at every capital (speed)."""
    if len(text) <= scan.SHORT or not text.isascii():
        return _ACTOR_RE.finditer(text)
    starts = []
    for p in scan.word_starts(text, _ACTOR_VERBS):
        k, j = scan.lower_word_before(text, p)
        if k < j < p and k > 0 and "A" <= text[k - 1] <= "Z":
            starts.append(k - 1)
    return scan.matches_from(_ACTOR_RE, text, starts)
_RELATIONS = "|".join(sorted(KIN | {"friend", "mate", "cousin", "boyfriend", "girlfriend", "partner", "ex",
                                    "half-sister", "half-brother", "stepsister", "stepbrother", "carer"}))
# The comma and possessive first, a literal the engine finds fast; the name before it is read afterwards.
_APPOSITION_RE = re.compile(rf", (?:her|his|their|my|our)[ \t]+(?:{_RELATIONS})\b")
_NAME_BEFORE_COMMA_RE = re.compile(rf"(?<![\w'’-])({_CAP})$")


_JOINS_AFTER = (",", " and", " &", "\tand", "\t&", " +", "+")


def _ok(word: str, stop: frozenset[str]) -> bool:
    low = word.lower()
    return low not in stop and low not in ROLE_CUES


def _surname_ok(word: str, stop: frozenset[str]) -> bool:
    # A role word after a name is a surname too ("Wallace Senior", "Dulcie Page"), but not kin or a title.
    low = word.lower()
    return low not in stop and (low not in ROLE_CUES or (low not in KIN and low not in TITLES))


def find_positioned(text: str, people: Sequence[Span], stop: frozenset[str]) -> Iterator[Span]:
    """`people`: the names found so far; `stop`: words that are never a given name."""
    for sp in people:
        if sp.type is not _PERSON or not text[sp.start : sp.start + 1].isupper():
            continue
        # A comma, "and" or "&" beside the name is read first; most names have none (speed).
        m = _NEXT_IN_LIST_RE.match(text, sp.end) if text.startswith(_JOINS_AFTER, sp.end) else None
        if m is not None and _ok(m.group(1), stop):
            yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)
        lone = " " not in text[sp.start : sp.end] and text[sp.end : sp.end + 1] in (" ", "\t")
        after = _SURNAME_AFTER_RE.match(text, sp.end) if lone else None
        if after is not None and _surname_ok(after.group(1), stop):
            yield Span(_PERSON, after.start(1), after.end(1), P_PERSON)
        joined = sp.start > 2 and text[sp.start - 2] in ",d&"
        b = _PREV_IN_LIST_RE.search(text, max(0, sp.start - 24), sp.start) if joined else None
        if b is not None and _ok(b.group(1), stop) and _mid_sentence(text, b.start(1)):
            yield Span(_PERSON, b.start(1), b.end(1), P_PERSON)
    for m in _actors(text):
        if _ok(m.group(1), stop) and _after_lower(text, m.start(1)):
            yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)
    for a in _APPOSITION_RE.finditer(text) if ", " in text else ():
        m = _NAME_BEFORE_COMMA_RE.search(text, max(0, a.start() - 24), a.start())
        if m is not None and _ok(m.group(1), stop) and _after_lower(text, m.start(1)):
            yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)
    # Each verb found by str.find in the lower-cased text, then the name matched after it: one regex of
    # every verb tried at every position cost more than all the other rules here (speed).
    low = scan.lowered(text)
    if len(low) != len(text):  # a letter whose lower case is two ("İ"): keep the offsets in step
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for verb in _CONTACT_VERBS:
        i = low.find(verb)
        while i != -1:
            j = i + len(verb)
            m = _AFTER_CONTACT_RE.match(text, j) if i == 0 or not low[i - 1].isalpha() else None
            if m is not None and _ok(m.group(1), stop):
                yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)
            i = low.find(verb, j)


def _after_lower(text: str, start: int) -> bool:
    """Straight after a lower-case word or a comma and one blank: in the middle of a sentence, and not the
    end of a capitalised name ("Children's Social Care agreed")."""
    if start < 2 or text[start - 1] not in " \t":
        return False
    if text[start - 2] in ",:":
        return True  # after a comma, or a label's colon ("daily log: Candy came in late")
    if not text[start - 2].isalpha():
        return False  # ". Heaven knows": a sentence start
    i = start - 2
    while i > 0 and (text[i - 1].isalpha() or text[i - 1] in "'’-"):
        i -= 1
    return text[i].islower()


def _mid_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘(":
        i -= 1
    return i >= 0 and (text[i].isalnum() or text[i] == ",")
