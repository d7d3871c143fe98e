"""The whole shapes of a UK plate, for rules that find a plate by what stands round it rather than by its shape
alone: a current plate ("as 17 gvz"), a prefix plate ("r61 pew"), a suffix plate ("pds 23b", "SPX 430 D") and a
dateless plate ("FT 9675", "3710 W", "619tbx"). Shared by `plate_asides`, `plate_bare_rides` and
`plate_car_owners`.

Why: each of those rules reads its own cue (a make and a trim, "in" with no article, "his car"), and each needs the
same DVLA bounds so that a count, a time, a year or a unit beside the cue stays readable: a current plate's issued
memory tag and age, a prefix or suffix plate's year letter, a dateless plate's one to three letters that are no
unit, cue or shorthand. `words` lets a rule whose cue settles the reading take letters that spell a word ("son
740h" in brackets after a camper, "r61 pew" after "his car").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, RANKS, UNITS, name_like, vehicle_word
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS, LINK_WORDS, issued_age, random_back
from dialogs.anonymise.plate_issue import word_like as _word_like

# One code, any case, blanks optional at each break; then no more of a word, handle, number or decimal. Every
# quantifier is bounded and the alternatives are tried at one place only (the caller's `match`).
CODE_RE = re.compile(
    r"(?i:(?P<cur>(?P<tag>[a-z]{2})(?P<tsp>[ \t]?)(?P<age>\d{2})[ \t]?(?P<back>[a-z]{3}))"
    r"|(?P<pre>(?P<year>[a-z])(?P<ysp>[ \t]?)(?P<pd>\d{1,3})[ \t]?(?P<trio>[a-z]{3}))"
    r"|(?P<suf>(?P<sl>[a-z]{3})[ \t]?(?P<sd>\d{1,3})[ \t]?(?P<sy>[a-z]))"
    r"|(?P<dl>[a-z]{1,3})(?P<dsp>[ \t]?)(?P<dd>\d{3,4})|(?P<rd>\d{3,4})(?P<rsp>[ \t]?)(?P<rl>[a-z]{1,3}))"
    r"(?![\w@'’&/£$%]|[.:,-]\d|[.:-][a-z])"
)
# What a code may not start straight after: more of a word, a handle, a number, money or a path.
BOUNDARY_BEFORE = frozenset("@/.£$#&'’-_")

# The year letters of prefix and suffix plates (never I, O, Q, U or Z; Q only opens a plate of unknown age).
_YEARS = frozenset("bcdefghjklmnprstvwxy")
# What a dateless code's letters may not be: units, cues, ranks, shorthand and the words that lead a number.
_NOT_LETTERS = UNITS | ID_CUES | AFTER_NUMBER_WORDS | RANKS | BEFORE_NUMBERS | LINK_WORDS
# Before a number: cues, ranks and the words that lead a number in a sentence.
_LEADING_NOT = ID_CUES | RANKS | BEFORE_NUMBERS | LINK_WORDS | AFTER_NUMBER_WORDS
# Compass points and the letters of a measure or amount after digits: "500 m", "1200 k", "30 x", "300 p".
_NOT_LONE_AFTER = frozenset("aikmghlpsxo")


def one_case(code: str) -> bool:
    return code.islower() or code.isupper()


def _letters_ok(letters: str, words: bool, *, leading: bool = False) -> bool:
    low = letters.lower()
    if words and leading:
        # "a3 s line FT 9675": a unit follows its number, so before one it may be a plate's letters.
        if low in _LEADING_NOT or vehicle_word(letters):
            return False
    elif low in _NOT_LETTERS or vehicle_word(letters):
        return False
    return words or not (_word_like(letters) or low in english_words() or name_like(letters))


def code_ok(m: re.Match[str], *, words: bool = False, dateless_words: bool = False, min_digits: int = 3) -> bool:
    """Whether `m` (a `CODE_RE` match) is a whole plate the DVLA would issue. `words`: a current plate's tag, a
    prefix plate's last letters or a suffix plate's first may spell a word (the caller's cue settles the reading),
    and a dateless plate's letters may be a unit; `dateless_words`: those letters may spell a word too ("a class
    lib 981", but "Fiat 500 for 2000" is a price); `min_digits`: the fewest digits a dateless code may have."""
    code = m.group()
    if not one_case(code):
        return False
    if m.group("cur") is not None:
        tag = m.group("tag").lower()
        glued = m.group("tsp") == ""
        # "as 17 gvz", "mm 55 adm": an issued tag (which may spell a word) and age, then random letters; glued to
        # its age ("vh62 day") the tag is no word of the sentence, and the letters after may spell one.
        if tag[0] not in "abcdefghklmnoprsvwy" or tag[1] in "iqz" or not issued_age(m.group("age")):
            return False
        back = m.group("back").lower()
        if (words or glued) and tag not in ID_CUES:
            return "i" not in back and "q" not in back and back not in AFTER_NUMBER_WORDS
        return random_back(back)
    if m.group("pre") is not None:
        year, trio = m.group("year").lower(), m.group("trio").lower()
        if not (year in _YEARS or year == "q") or "i" in trio or "q" in trio:
            return False
        # "y 10 sen" is a school year and a need; a year letter glued to its digits ("r61 pew") is none.
        # Q opens a plate of unknown age whatever its digits ("q 38 zwv").
        if len(m.group("pd")) < 3 and (year in "xy" or (m.group("ysp") and year != "q")):
            return False
        return random_back(trio) or (words and m.group("ysp") == "" and trio not in _NOT_LETTERS)
    if m.group("suf") is not None:
        return m.group("sy").lower() in _YEARS and _letters_ok(m.group("sl"), words, leading=True)
    letters = m.group("dl") or m.group("rl")
    digits = m.group("dd") or m.group("rd")
    low = letters.lower()
    if len(digits) < min_digits:
        return False
    if m.group("rd") is not None:
        if len(digits) == 4 and "1950" <= digits <= "2039":
            return False  # a year: "since 2019 a", "in 2024 we"
        if len(low) == 1:
            # "3710 W", "923 v", "2918s": a lone letter that is no article, amount or measure; an upper-case A
            # only where the sentence ends ("sat in the car 7118 A.").
            if low in _NOT_LONE_AFTER:
                # "2918s" glued: four digits that are no round count ("1000s of pounds").
                glued_s = low == "s" and m.group("rsp") == "" and len(digits) == 4 and not digits.endswith("00")
                return glued_s or (letters == "A" and _ends(m))
            return True
        return _letters_ok(letters, words)
    if len(low) == 1:
        # "t 7389", "T881": no article or pronoun, and before three digits only in capitals or glued.
        return low not in "aio" and (len(digits) == 4 or letters.isupper() or m.group("dsp") == "")
    if words and not dateless_words and (_word_like(letters) or low in english_words()) and not letters.isupper():
        return False
    if dateless_words and len(digits) == 4 and "1950" <= digits <= "2039":
        return False
    return _letters_ok(letters, words, leading=True)


def _ends(m: re.Match[str]) -> bool:
    text, end = m.string, m.end()
    return end == len(text) or text[end] in ".,;!?)\n"


def ends_clause(text: str, end: int) -> bool:
    """Whether a clause ends straight after a code: a stop, comma, bracket, the end of the note."""
    return end == len(text) or text[end] in ".,;:!?)\n"


def code_at(text: str, start: int) -> re.Match[str] | None:
    """The code starting at `start`, if nothing of a word, handle or number runs into it from before."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in BOUNDARY_BEFORE):
        return None
    return CODE_RE.match(text, start)


_DIGIT_RUN_RE = re.compile(r"\d{1,5}")


def codes(text: str, ok: Callable[[re.Match[str]], bool], lo: int = 0, hi: int | None = None) -> list[re.Match[str]]:
    """Every plate-shaped code round a run of one to four digits in `text[lo:hi]` that `ok` accepts, the longest
    that holds the run: its start is the run's, or one to three letters before it, glued or after one blank.
    Linear: each run tries at most seven starts, each a bounded match."""
    found: list[re.Match[str]] = []
    if lo == 0 and hi is None:
        # The whole note: its runs of digits are found once for every detector (speed). A run of five or more is
        # skipped below, as are the pieces of five a longer run splits into.
        runs = scan.digit_scan(text).runs
    else:
        runs = [run.span() for run in _DIGIT_RUN_RE.finditer(text, lo, len(text) if hi is None else hi)]
    for s, e in runs:
        if e - s > 4 or (s > 0 and text[s - 1].isdigit()):
            continue
        starts = [s]
        for gap in (0, 1):
            if gap and (s < 1 or text[s - 1] not in " \t"):
                break
            for k in (1, 2, 3):
                a = s - gap - k
                if a < 0 or not text[a : s - gap].isalpha() or not text[a : s - gap].isascii():
                    break
                starts.append(a)
        if len(starts) == 1 and (e - s < 3 or not (text[e : e + 1].isalpha() or (
                text[e : e + 1] in (" ", "\t") and text[e + 1 : e + 2].isalpha()))):
            continue  # no letters before or after: no code holds the run (speed: no regex match)
        for a in sorted(starts):
            m = code_at(text, a)
            if m is not None and m.end() >= e and (not found or found[-1].end() <= m.start()) and ok(m):
                found.append(m)
                break
    return found
