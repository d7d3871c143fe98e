"""Names beside names, read after the word-by-word rules: in capitals every word looks like a name or an acronym,
so a word is only judged by the name it stands beside.

- "RUYI GONG (12)", "BROUGHT IN BY YUQI GONG": a word in capitals that no list knows, straight before or after a
  found name in capitals, is the rest of that name.
- "CHILDREN SAFA + RAIYAN AT": names joined by "+", "&" or "AND" are alike, so a word no list knows after (or
  before) the joiner is a name too, and so is a given name that is also a word ("ANGELLA AND AMIR").
- "SHIYU NIE (+447597274268)": two words in capitals that no list knows, with a phone, a date or an age in
  brackets after them, are a name and its surname.
- "my grandad Keanu Cheshire born ...", "JALIYAH CHESHIRE, SAYS": a place's name straight after a lone given name,
  closing the name, is a surname; a place is never written after a person's first name.

Acronyms ("MASH", "CAMHS", "EHCP") are words, agencies or letters with too few vowels: none of them is taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dialogs.anonymise.lexicon import places
from dialogs.anonymise.name_tokens import CUE_WORDS, PARTICLES, Lexicon, lexicon
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAPS_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]*$")
_CAPS_WORD_RE = re.compile(r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]*(?![\w'’-])")
_CAP_WORD_RE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?![\w'’-])")
_JOINERS = (" + ", " & ", " AND ")
_VOWELS = frozenset("aeiouyàáâãäåèéêëìíîïòóôõöùúûüý")
# A phone, a date of birth or an age in brackets: "(+447597274268)", "(07700-900-323)", "(12)", "(4/2/68)".
_BRACKET_AFTER_RE = re.compile(
    r"\([ \t]?(?:\+?\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d)"
)
_PAIR_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+) ([A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+)$")


def _strange(word: str, lex: Lexicon, least: int = 3) -> bool:
    """A word no list knows, shaped like a name: long enough, and a third of its letters vowels (acronyms
    have few: "CAMHS", "EHCP")."""
    low = word.lower()
    letters = [c for c in low if c.isalpha()]
    if len(letters) < least or low in lex.english or low in lex.not_names or low in lex.towns:
        return False
    if low in CUE_WORDS or low in PARTICLES:
        return False
    return 3 * sum(c in _VOWELS for c in letters) >= len(letters)


def _place(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    if not low.isalpha() or len(low) < 4 or low in lex.english or low in lex.given:
        return False  # "I'm", "I've" are in the lists of words that are no name, and are no place either
    return low in lex.towns or low in lex.not_names


def _closes_name(text: str, end: int) -> bool:
    """Nothing name-like follows: a stop, a comma, a bracket, the end, or a word in lower case."""
    rest = text[end : end + 2]
    if not rest or rest[0] in ",.;:(\n" or rest in ("'s", "’s"):
        return True
    return rest[0] == " " and len(rest) > 1 and (rest[1].islower() or rest[1].isdigit())


def _next_caps(text: str, end: int) -> tuple[int, int] | None:
    for joiner in (*_JOINERS, " "):
        if text.startswith(joiner, end):
            m = _CAPS_WORD_RE.match(text, end + len(joiner))
            return None if m is None else m.span()
    return None


def _previous_caps(text: str, start: int) -> tuple[int, int] | None:
    for joiner in (*_JOINERS, " "):
        if start >= len(joiner) and text.startswith(joiner, start - len(joiner)):
            at = start - len(joiner)
            m = _CAPS_WORD_BEFORE_RE.search(text, max(0, at - 30), at)
            return None if m is None else m.span()
    return None


def caps_neighbours(text: str, people: Iterable[Span]) -> list[Span]:
    lex = lexicon()
    out: list[Span] = []
    for sp in people:
        if sp.type is not EntityType.PERSON:
            continue
        name = text[sp.start : sp.end]
        if name.isupper():
            for found in (_previous_caps(text, sp.start), _next_caps(text, sp.end)):
                if found is not None and (_strange(text[found[0] : found[1]], lex)
                                          or _joined_given(text, sp, found, lex)):
                    out.append(Span(EntityType.PERSON, found[0], found[1], P_PERSON))
            if " " not in name and (after := _surname_before_phone(text, sp.end)) is not None:
                out.append(Span(EntityType.PERSON, sp.start, after[1], P_PERSON))
        if name[:1].isupper() and not name.isupper() and (town := _town_as_given_name(text, sp.start, lex)):
            out.append(Span(EntityType.PERSON, town, sp.end, P_PERSON))
        if " " not in name and name[:1].isupper() and (name.lower() in lex.given or name.lower() in lex.wide
                                                       or name.lower() in lex.proper):
            out.extend(_place_as_surname(text, sp, name.isupper(), lex))
    out.extend(_pairs_before_brackets(text, lex))
    return out


def _joined_given(text: str, sp: Span, found: tuple[int, int], lex: Lexicon) -> bool:
    """"CHILDREN ANGELLA AND AMIR ATTEND": a given name joined to a found name is a name, even one that is a word
    as well ("AMIR", "HOPE"); beside a name with a blank alone it may be the log running on."""
    gap = text[sp.end : found[0]] if found[0] >= sp.end else text[found[1] : sp.start]
    low = text[found[0] : found[1]].lower()
    return gap in _JOINERS and low in lex.given and low not in lex.not_names and low not in CUE_WORDS


# A phone straight after: "MUM REEVA PLANT 07913 632437", "(+44 ...".
_PHONE_AFTER_RE = re.compile(r"[ \t]+\(?(?:\+44[ \t]?(?:\(0\)[ \t]?)?|0)\d{3}")
_NOT_SURNAMES = frozenset({"tel", "mob", "mobile", "phone", "ph", "number", "no", "on", "num", "contact", "call",
                           "landline", "work", "home", "new", "old"})


def _surname_before_phone(text: str, end: int) -> tuple[int, int] | None:
    """"MUM REEVA PLANT 07913 632437": in capitals, one word between a lone found name and a phone is its surname,
    whatever the word; a label for the number ("TEL", "MOB") is not."""
    if not text.startswith(" ", end):
        return None
    m = _CAPS_WORD_RE.match(text, end + 1)
    if m is None or len(m.group()) < 3 or _PHONE_AFTER_RE.match(text, m.end()) is None:
        return None
    low = m.group().lower()
    return None if low in _NOT_SURNAMES or low in CUE_WORDS else m.span()


_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+ $")
# "on Monday Sarah said": a day or a month before a name is when, not who.
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december", "today", "yesterday", "tonight", "christmas", "easter"})
_GOING = frozenset({"went", "go", "goes", "going", "gone", "moved", "moving", "move", "back", "travelled", "drove",
                    "driving", "came", "come", "coming", "returned", "headed", "fled", "off", "out", "over", "up",
                    "down", "round", "transferred", "sent", "taken", "took", "get", "got"})
_IN_PLACE = frozenset({"in", "at", "near", "from", "nr", "outside", "around", "into", "of"})


def _town_as_given_name(text: str, start: int, lex: Lexicon) -> int | None:
    """"Chester Midgley", "SW: Lincoln Bowater": a town's name straight before a found surname is a given name;
    after "in", "at" or "from" it is still the town ("a flat in Chester Midgley owns" is no one's name)."""
    m = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    low = m.group()[:-1].lower()
    if low in lex.english or low in _CALENDAR or low in CUE_WORDS or not (
            low in lex.towns or low in places() or (low in lex.not_names and low in lex.proper)):
        return None
    if low == "st":
        return None  # "St Andrew's Day", "Chapel St Leonards": a saint's name
    before = [w.lower() for w in text[max(0, m.start() - 24) : m.start()].split()]
    if before and (before[-1] in _IN_PLACE or before[-1] in ("st", "st.")):
        return None
    # "went to Crewe Coppenhall": a journey's end; "Referred to Lincoln Hickman" names whom.
    return None if before[-2:-1] and before[-1] == "to" and before[-2] in _GOING else m.start()


def _place_as_surname(text: str, sp: Span, caps: bool, lex: Lexicon) -> list[Span]:
    if not text.startswith(" ", sp.end):
        return []
    m = (_CAPS_WORD_RE if caps else _CAP_WORD_RE).match(text, sp.end + 1)
    if m is None or not _place(m.group(), lex) or not _closes_name(text, m.end()):
        return []
    return [Span(EntityType.PERSON, m.start(), m.end(), P_PERSON)]


def _word_name(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return len(low) >= 3 and low.isalpha() and low not in CUE_WORDS and low not in lex.not_names \
        and low not in _NOT_SURNAMES and low not in lex.towns


def _after_label(text: str, start: int) -> bool:
    """A dash, a colon or a comma before: a record's entry starts there ("- TOPAZ TYSZKA (...)"), where a heading's
    own word ("MISSING OYELARAN (...)") opens its line."""
    before = text[max(0, start - 4) : start].rstrip(" \t")
    return before[-1:] in ("-", "–", ":", ",")


def _pairs_before_brackets(text: str, lex: Lexicon) -> list[Span]:
    out: list[Span] = []
    i = text.find("(")
    while i != -1:
        if _BRACKET_AFTER_RE.match(text, i):
            at = i - 1 if text[i - 1 : i] in (" ", "\t") else i
            m = _PAIR_BEFORE_RE.search(text, max(0, at - 40), at)
            # "TOPAZ TYSZKA (January 19, 2010)": a given name may be a word, where the surname after it is no word.
            if m is not None and _strange(m.group(2), lex, 2) and (_strange(m.group(1), lex) or (
                    _word_name(m.group(1), lex) and _after_label(text, m.start()))):
                out.append(Span(EntityType.PERSON, m.start(), m.end(), P_PERSON))
        i = text.find("(", i + 1)
    return out
