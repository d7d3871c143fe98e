"""Plates named, with no article, as the car someone waits, sits or is seen in: "husband waiting in V 5464", "seen in
fez 2942", "dropped him at the gate in yr 65 zwl", "sitting outside the shop in fmw 479", "picked up by Al in 6712 j".

Why: a worker writing fast drops the article ("in a ...", which `plate_neighbours.plates_ridden_in` reads) and the
verb is often one of waiting or being seen, not of travel. "in" and a number alone are prose ("seen in 2019",
"waiting in rm 101", "sat in bay 12"), so each match needs a verb of waiting, sitting, being seen, dropped or picked
up earlier in its clause, and a whole plate's shape with the DVLA's own bounds: a current plate's issued tag and age
and random letters, a prefix or suffix plate's year letter and random letters, or a dateless plate of three or four
digits whose letters are no unit, cue or shorthand. Letters that spell a word ("fez 2942", "TOY 7161") are taken only
before four digits that are no year, where no count or time reads that way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, RANKS, UNITS, name_like, vehicle_word
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS, issued_age, random_back, word_like
from dialogs.anonymise.plates import SHORT_WORDS
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# After "in " (any case): a current, prefix, suffix or dateless plate, then no more of a word, handle or number.
_CODE_RE = re.compile(
    r"(?i:(?P<cur>(?P<tag>[a-z]{2})[ \t]?(?P<age>\d{2})[ \t]?(?P<back>[a-z]{3}))"
    r"|(?P<pre>(?P<year>[a-z])[ \t]?\d{1,3}[ \t]?(?P<trio>[a-z]{3}))"
    r"|(?P<suf>(?P<sl>[a-z]{3})[ \t]?(?P<sd>\d{3})[ \t]?(?P<sy>[a-z]))"
    r"|(?P<dl>[a-z]{1,3})[ \t]?(?P<dd>\d{3,4})|(?P<rd>\d{3,4})[ \t]?(?P<rl>[a-z]{1,3}))"
    r"(?![\w@'’&/]|[.:-]\w)"
)
# A verb of waiting in, sitting in, being seen in, or being dropped or picked up from a car, earlier in the clause.
_VERB_RE = re.compile(
    r"\b(?i:waiting|waited|waits|sat|sitting|sits|seen|spotted|dropped|dropping|drops|picked|picking|picks|"
    r"collected|collecting|collects|parked|sleeping|slept|lurking)\b[^.!?;\n]{0,60}$"
)
# What a dateless code's letters may not be: units, cues, shorthand, ranks and the words that lead numbers.
_NOT_LETTERS = UNITS | ID_CUES | AFTER_NUMBER_WORDS | RANKS | BEFORE_NUMBERS | SHORT_WORDS
# A place's own word before its number: "sat in bay 1234", "seen in lab 1010".
_PLACES = frozenset({"bay", "bed", "row", "lab", "gym", "hut", "box", "pod", "cell", "bus", "cab", "van", "car"})
# The year letters of prefix and suffix plates (never I, O, Q, U or Z; Q only opens a plate of unknown age).
_YEARS = frozenset("bcdefghjklmnprstvwxy")


def _one_case(code: str) -> bool:
    return code.islower() or code.isupper()


def _current_ok(m: re.Match[str]) -> bool:
    tag, back = m.group("tag").lower(), m.group("back")
    # "waiting by the gate in ON 74 LSF", "in yr 65 zwl": a tag may be a word or a cue, its age one the DVLA issues
    # and its letters random ("in yr 10 now" stays).
    return (tag[0] in "abcdefghklmnoprsvwy" and tag[1] not in "iqz" and issued_age(m.group("age"))
            and random_back(back))


def _prefix_ok(m: re.Match[str]) -> bool:
    year = m.group("year").lower()
    digits = sum(c.isdigit() for c in m.group("pre"))
    # "picks her up in y 10 sen", "in x 10 ...": with fewer than three digits, Y is a school year and a spaced X
    # a times sign.
    spaced = not m.group("pre")[1].isdigit()
    if digits < 3 and (year == "y" or (year == "x" and spaced)):
        return False
    return (year in _YEARS or year == "q") and random_back(m.group("trio"))


def _suffix_ok(m: re.Match[str]) -> bool:
    front = m.group("sl")
    return (m.group("sy").lower() in _YEARS and not word_like(front) and front.lower() not in _NOT_LETTERS
            and not vehicle_word(front))


def _dateless_ok(m: re.Match[str]) -> bool:
    letters = m.group("dl") or m.group("rl")
    digits = m.group("dd") or m.group("rd")
    low = letters.lower()
    year = len(digits) == 4 and "1950" <= digits <= "2039"
    if m.group("rd") is not None:
        # "waiting in 3040 jyn", "in 6712 j": digits first are no year ("seen in 2019 by") and their letters no unit.
        if year or (len(low) == 1 and (low in "aimgklshpx" or len(digits) < 4)):
            return False
        return len(low) == 1 or not (word_like(letters) or low in _NOT_LETTERS or vehicle_word(letters))
    if len(low) == 1:
        # "waiting in V 5464": a lone letter is no article or pronoun, and before three digits only in capitals.
        return low not in "aio" and (len(digits) == 4 or letters.isupper())
    if low in _NOT_LETTERS or low in _PLACES or vehicle_word(letters) or name_like(letters):
        return False
    if word_like(letters) or low in english_words():
        # "seen in fez 2942": a word is a plate's letters only before four digits that are no year.
        return len(low) == 3 and len(digits) == 4 and not year
    return True


def _code_ok(m: re.Match[str]) -> bool:
    if not _one_case(m.group()):
        return False
    if m.group("cur") is not None:
        return _current_ok(m)
    if m.group("pre") is not None:
        return _prefix_ok(m)
    if m.group("suf") is not None:
        return _suffix_ok(m)
    return _dateless_ok(m)


def waited_in_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    i = low.find(" in ")
    while i != -1:
        m = _CODE_RE.match(text, i + 4)
        if (m is not None and _code_ok(m)
                and _VERB_RE.search(text, max(0, i - 70), i) is not None):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
        i = low.find(" in ", i + 1)
