"""Plates typed straight after the vehicle they are on or the verb of driving it: "Car L 561 NET", "He drives
NO 53 DJG", "his van a 293 hfh", "veh ot16 col", "dad drives A 4273", and one got into: "n into fed 691g".

Straight after "car", "van", "veh" or "drives", what follows is the plate, so a whole plate's shape counts even
when its letters spell a word ("NET", "col", "gag") or its memory tag does ("NO", "ot"). Each shape keeps the
DVLA's own bounds (an issued age, a year letter, no Q among random letters) and its letters are no unit or cue,
so "drives a 200 mph", "the van yr10 kid" and "drives no 53 bus" stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import (
    CAR_UNITS,
    ID_CUES,
    RANKS,
    UNITS,
    after_place_word,
    name_like,
    vehicle_word,
)
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS, issued_age, random_back, word_like
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# Vehicle nouns and driving verbs whose next word is the plate, and "into", after which only a suffix plate with
# three digits and its year letter is taken.
_VEHICLES = frozenset({"car", "van", "veh", "vehicle", "motor", "taxi", "cab", "lorry", "truck", "jeep", "moped",
                       "motorbike", "scooter", "drives", "drove", "driving"})
_INTO = "into"
_CODE_RE = re.compile(
    r"[ \t]+(?:(?P<cur>(?P<tag>[A-Za-z]{2})[ \t]?(?P<age>\d{2})[ \t]?(?P<back>[A-Za-z]{3}))"
    r"|(?P<pre>(?P<year>[A-Za-z])[ \t]?(?P<num>\d{1,3})[ \t]?(?P<trio>[A-Za-z]{3}))"
    r"|(?P<suf>(?P<sl>[A-Za-z]{3})[ \t]?(?P<sd>\d{1,3})(?P<sy>[A-Za-z]))"
    r"|(?P<dl>[A-Za-z]{1,3})[ \t]?(?P<dd>\d{3,4}))(?![\w@'’&]|[/.:-]\d)"
)
# The year letters of prefix and suffix plates (never I, O, Q, U or Z).
_YEARS = frozenset("abcdefghjklmnprstvwxy")
# Tags that are a school year, a room or a cue before a number: "van yr10 kid".
_NOT_TAGS = frozenset({"yr", "rm", "ch", "ex", "pc", "ps"})


def _letters_free(letters: str) -> bool:
    """Letters that are no unit, cue, rank or vehicle: "drives a 200 mph", "car no 12 ref" stay."""
    low = letters.lower()
    return not (low in UNITS or low in CAR_UNITS or low in ID_CUES or low in AFTER_NUMBER_WORDS or low in RANKS
                or vehicle_word(letters))


def _current_ok(m: re.Match[str]) -> bool:
    tag, back = m.group("tag"), m.group("back")
    low = tag.lower()
    if not issued_age(m.group("age")) or low in _NOT_TAGS or low[1] in "iqz" or "q" in back.lower():
        return False
    # "drives no 53 bus", "car is 15 now": a tag that is a word apart from its age needs random letters after it
    # ("NO 53 DJG"); run together with the age ("veh wk51 cam") it is the plate's front.
    spaced = m.end("tag") < m.start("age")
    wordy = spaced and (low in BEFORE_NUMBERS or low in ID_CUES or word_like(tag))
    return _letters_free(back) and (not wordy or random_back(back.lower()))


def _prefix_ok(m: re.Match[str]) -> bool:
    year, trio = m.group("year"), m.group("trio")
    if year.lower() not in _YEARS and year.lower() != "a":
        return False
    if "q" in trio.lower() or not _letters_free(trio):
        return False
    if m.group("pre").islower():
        # "his van a 293 hfh": in lower case an "a" may be the article, and the letters may be a word only after
        # three digits ("car a 2 way" stays).
        return len(m.group("num")) == 3 and (year != "a" or random_back(trio))
    return year != "A" or len(m.group("num")) == 3


def _suffix_ok(m: re.Match[str], text: str) -> bool:
    return (len(m.group("sd")) == 3 and m.group("sy").lower() in _YEARS and _letters_free(m.group("sl"))
            and not after_place_word(text, m.start("suf")))


def _dateless_ok(m: re.Match[str]) -> bool:
    letters, digits = m.group("dl"), m.group("dd")
    low = letters.lower()
    if len(low) == 1:
        # "dad drives A 4273": a capital and four digits; the article "a" and "I" are words.
        return letters.isupper() and low != "i" and (low != "a" or len(digits) == 4)
    if len(digits) == 4 and "1950" <= digits <= "2039":
        return False  # "drives VW 2019": a make and its year
    return (_letters_free(letters) and low not in english_words() and low not in BEFORE_NUMBERS
            and not name_like(letters))


def _code_ok(m: re.Match[str], text: str, into: bool) -> bool:
    code = m.group().strip()
    if not (code.islower() or code.isupper()):
        return False
    if into:
        return m.group("suf") is not None and _suffix_ok(m, text)
    if m.group("cur") is not None:
        return _current_ok(m)
    if m.group("pre") is not None:
        return _prefix_ok(m)
    if m.group("suf") is not None:
        return _suffix_ok(m, text)
    return _dateless_ok(m)


def _cue_before(text: str, p: int) -> tuple[int, str]:
    """The word before the blanks that end at `p`, lower-cased, and where those blanks begin."""
    k = p - 1
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    j = k
    while j > 0 and k - j <= 9 and text[j - 1].isalpha():
        j -= 1
    return k, (text[j:k].lower() if j == 0 or not text[j - 1].isalnum() else "")


# Each cue with the blank after it: a note with none of them has no such plate, found by str.find (speed).
_GATE = (*(f"{w} " for w in sorted(_VEHICLES)), *(f"{w}\t" for w in sorted(_VEHICLES)), "into ", "into\t")


def driven_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if not any(g in low for g in _GATE):
        return
    seen = -1
    n = len(text)
    for s, e in scan.digit_scan(text).runs:
        # A plate's number has at most four digits and a letter beside it, straight or across one blank; most of a
        # note's numbers (dates, times, phones) have none and are skipped at once (speed).
        if e - s > 4 or s < seen or not ((s > 0 and text[s - 1].isalpha()) or (e < n and text[e].isalpha())
                                         or (s > 1 and text[s - 1] in " \t" and text[s - 2].isalpha())
                                         or (e + 1 < n and text[e] in " \t" and text[e + 1].isalpha())):
            continue
        # The plate begins at most four characters before its number ("fed 691g"), after a blank and the cue: each
        # such start is read with string steps, and the pattern is tried only after a cue (speed).
        for p in range(max(1, s - 4), s + 1):
            if text[p - 1] not in " \t" or not (p == s or text[p].isalpha()):
                continue
            k, cue = _cue_before(text, p)
            if cue not in _VEHICLES and cue != _INTO:
                continue
            m = _CODE_RE.match(text, k)
            if m is not None and m.end() > s and _code_ok(m, text, cue == _INTO):
                seen = m.end()
                yield Span(EntityType.VEHICLE_REG, m.end() - len(m.group().lstrip(" \t")), m.end(), P_VRN)
                break
