"""Plates typed in chat with no vehicle word beside them, found by what the sentence says about them:

- after a verb of being driven or named as a car ("dropped off by w232 pad", "picked him up, jxg 752 r", "he's
  always in 7450 v", "also linked Z 445", and "it's m 9925" once the sentence has named a car);
- before one ("b43ohe drops her off", "1382 bd on the grass by the garages", "ek 400 outside");
- alone in brackets after a make or model ("a black Audi A3 Sportback S line (9937 c)", "Honda Jazz EX (PS 5644)").

A dateless plate ("1382 bd", "ek 400") is too short to hide on its shape: only these cues make it safe, and even
then its letters must be no word, unit, cue or name, and it needs three digits at least (one letter, four in
brackets), so times, ages, room numbers and scores ("1382", "34/40") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, vehicle_models
from dialogs.anonymise.plate_context import (
    CAR_UNITS,
    ID_CUES,
    RANKS,
    UNITS,
    after_make,
    name_like,
    vehicle_cue,
    vehicle_word,
)
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, issued_tag, random_back
from dialogs.anonymise.plate_rides import ridden_current, ridden_prefix
from dialogs.anonymise.plates import SHORT_WORDS
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# Every plate shape, in either case (one case is checked after): current, prefix, suffix, then dateless letters
# first and digits first. Not glued to a word, a slash or a dot, nor followed by more digits.
_CODE = (r"(?P<code>(?P<cur>[a-z]{2}[ \t]?\d{2}[ \t]?[a-z]{3})|(?P<pre>[a-z][ \t]?\d{1,3}[ \t]?[a-z]{3})"
         r"|(?P<suf>[a-z]{3}[ \t]?\d{1,3}[ \t]?[a-z])"
         r"|(?P<dl>[a-z]{1,3})[ \t]?(?P<dd>\d{1,4})|(?P<rd>\d{1,4})[ \t]?(?P<rl>[a-z]{1,3}))(?![\w@%]|[/.:-]\d)")

# Words that, straight before a code, make it the car: someone was dropped, picked up or collected by it, is
# always in it, or it is linked to them. "it's" counts only where the sentence has named a vehicle already.
_BEFORE_RE = re.compile(
    r"(?i:\b(?P<cue>dropped[ \t]+off[ \t]+by|picked[ \t]+up[ \t]+by|collected[ \t]+by|brought[ \t]+back[ \t]+by|"
    r"picked[ \t]+(?:him|her|them|me|us)[ \t]+up|also[ \t]+linked|"
    # "picks up in nib 5556", "got in jig 2426 at the gate": what someone is picked up in or gets into is the car.
    r"(?P<ride>(?:picks|picked|picking)[ \t]+(?:(?:him|her|them|me|us)[ \t]+)?up[ \t]+in|"
    r"(?:got|gets|getting)[ \t]+(?:in|into)|"
    # "turned up in q40 abh": what someone turns up in is the car they came in.
    r"(?:turns|turned|turning)[ \t]+up[ \t]+in)|"
    r"(?P<in>(?:always|usually|normally|often|still)[ \t]+in)|"
    r"(?P<its>it[’']?s|it[ \t]+is|that[’']?s|that[ \t]+is))[ \t]*,?[ \t]+)(?i:" + _CODE + ")"
)

# The first word of each cue, in lower case: every match of _BEFORE_RE begins with one at a word's start.
_BEFORE_STEMS = ("dropped", "pick", "collected", "brought", "got", "get", "turn", "also", "always", "usually",
                 "normally", "often", "still", "it", "that")

# Words that, straight after a code, make it the car: it drops or picks someone up, or stands on the grass, the
# verge or outside.
_AFTER_RE = re.compile(
    r"(?<![\w/.@£$-])(?i:" + _CODE + r")[ \t]+(?i:(?:drops|dropped|picks|picked|collects|collected)[ \t]+"
    r"(?:him|her|them|me|us|[a-z]+)[ \t]+(?:off|up)\b|on[ \t]+the[ \t]+(?:grass|verge|kerb|curb|pavement|drive|"
    r"driveway)\b|outside\b|parked\b)"
)

# A code alone in brackets, after a make or model earlier in the clause.
_BRACKETED_RE = re.compile(r"\((?i:" + _CODE + r")\)")
_CLAUSE_END = re.compile(r"[.!?;\n]")
_PARTS_RE = re.compile(r"[a-zA-Z]+|\d+")

# One lower-case letter after a number is often its unit (metres, grams, kilos, litres, seconds, hours, pence,
# times); X in capitals is a letter of a plate.
_UNIT_LETTERS = frozenset("mgklshpx")


# What else someone gets into with a time after it: "got in bed 0130", "got in the bath".
_GOT_INTO = frozenset({"bed", "bath", "pool", "lift", "tub", "cab", "bus", "van", "car", "fight", "row", "debt"})


def _letters_ok(letters: str, digits_first: bool, rank_ok: bool) -> bool:
    """A dateless plate's letters: no word, unit, identifier's cue, day, make or name ("it's 1500 as well", "always in
    1030 am", "dropped off by PC 4471"); one letter is no article and, after the number in lower case, no unit."""
    low = letters.lower()
    if len(low) == 1:
        if low in "ai" or (low == "x" and not digits_first):
            return False
        return not (digits_first and letters.islower() and low in _UNIT_LETTERS)
    # A car's unit follows its number ("1600 cc", "150 ps"); before one, "PS" is a plate's letters.
    return not (low in english_words() or low in SHORT_WORDS or low in UNITS or low in ID_CUES
                or low in AFTER_NUMBER_WORDS or (digits_first and low in CAR_UNITS) or vehicle_word(letters)
                or name_like(letters) or (low in RANKS and not rank_ok))


def _old_shape_ok(m: re.Match[str], code: str) -> bool:
    """Letters on both sides of the number: the front may not be a word or a unit ("a 200 mph"); the back may be a
    word ("w232 pad") but not a unit or a cue ("x 3 hrs"). Prefix and suffix plates need three digits ("dropped off
    by y 10 sen" is a school year and a need)."""
    parts = _PARTS_RE.findall(code)
    if m.group("cur") is None and len(parts[1]) < 3:
        return False
    if m.group("cur") is not None and issued_tag(*parts[:2]) and random_back(parts[2]):
        return True  # "lo 68 vzr on the grass": a tag that spells a word, an age the DVLA issues and random letters
    front, back = parts[0].lower(), parts[-1].lower()
    if len(front) == 1:
        if front in "aiouxz":
            return False
    elif front in english_words() or front in SHORT_WORDS or front in UNITS or front in ID_CUES:
        return False
    return back not in UNITS and back not in ID_CUES and back not in AFTER_NUMBER_WORDS and back not in "ai"


def _code_ok(m: re.Match[str], *, brackets: bool = False) -> bool:
    code = m.group("code")
    if not (code.islower() or code.isupper()) or code.lower() in vehicle_models():
        return False
    if not brackets and after_make(m.string, m.start("code")):
        return False  # "a blue bmw m135 outside the gates": straight after a make or model, a code is its model
    if m.group("dd") is None and m.group("rd") is None:
        if m.re is _BEFORE_RE and m.group("ride") is not None and (
                (m.group("cur") is not None and ridden_current(code))
                or (m.group("pre") is not None and ridden_prefix(code))):
            return True
        return _old_shape_ok(m, code)
    digits = m.group("dd") or m.group("rd")
    letters = m.group("dl") or m.group("rl")
    before = m.re is _BEFORE_RE
    # Three digits at least. In brackets, or after "in" or "it's", one letter needs four: "(320 d)" after a BMW is
    # its model, "always in B204" a classroom.
    weak = brackets or (before and (m.group("in") or m.group("its")) is not None)
    if len(digits) < 3 or (weak and len(letters) == 1 and len(digits) < 4):
        return False
    if before and m.group("in") is not None and m.group("dl") is not None and letters.isupper():
        return False  # "still in ICU 203": capitals before a number after "in" name a ward, a room or a block
    if m.group("rd") is not None and len(digits) == 4 and "1950" <= digits <= "2039":
        return False  # "always in 2019 uk": a year and what follows it
    if before and m.group("ride") is not None and len(digits) == 4 and len(letters) == 3 and letters.islower():
        # After a ride, four digits make a plate of a tag that spells a word ("nib 5556"), as no count does.
        return _letters_ok(letters, m.group("rd") is not None, brackets) or not (
            letters in SHORT_WORDS or letters in UNITS or letters in _GOT_INTO or vehicle_word(letters))
    return _letters_ok(letters, m.group("rd") is not None, brackets)


def _car_in_clause(text: str, start: int) -> bool:
    """Whether a vehicle word, make or model comes earlier in the sentence, within 120 characters."""
    lo = max(0, start - 120)
    head = text[lo:start]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    return vehicle_cue(head[ends[-1] :] if ends else head)


def _after_car(text: str, start: int) -> bool:
    """"a black Audi A3 Sportback S line (": a make or model among the six words before the bracket, in the clause."""
    head = text[max(0, start - 60) : start].rstrip(" \t")
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    head = head[ends[-1] :] if ends else head
    words = head.split()[-6:]
    return bool(words) and vehicle_cue(" ".join(words))


# What follows a code's number when a cue comes after it (lower case): checked before the pattern is tried (speed).
_AFTER_STEMS = ("outside", "parked", " on the ", "drop", "pick", "collect")


def _lettered_runs(text: str) -> list[tuple[int, int]]:
    """Numbers of one to four digits with a letter beside them, straight or across one blank: every code has one,
    and most of a note's numbers (dates, phones, times) have none, so they are skipped at once (speed)."""
    n = len(text)
    runs = []
    for s, e in scan.digit_scan(text).runs:
        if e - s <= 4 and ((s > 0 and text[s - 1].isalpha()) or (e < n and text[e].isalpha())
                           or (s > 1 and text[s - 1] in " \t" and text[s - 2].isalpha())
                           or (e + 1 < n and text[e] in " \t" and text[e + 1].isalpha())):
            runs.append((s, e))
    return runs


def _after_starts(text: str, runs: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Where a code before an after-cue, and where a bracketed code, can begin: up to five characters before a number
    that a cue word follows within sixteen characters, or just after a bracket that opens up to five before it."""
    low = scan.lowered(text)
    cued: set[int] = set()
    bracketed: set[int] = set()
    for s, e in runs:
        tail = low[e : e + 16]
        if any(stem in tail for stem in _AFTER_STEMS):
            cued.update(range(max(0, s - 5), s + 1))
        b = text.rfind("(", max(0, s - 5), s)
        if b != -1:
            bracketed.add(b)
    return sorted(cued), sorted(bracketed)


def cued_plates(text: str) -> Iterator[Span]:
    runs = _lettered_runs(text)
    if not runs:
        return
    # A cue before a code ends at most some twenty characters before its number ("picked them up, ").
    # Tried only where a cue's first word starts a word, not at every character of the windows (speed).
    for m in scan.stem_finditer(_BEFORE_RE, text, scan.merge(runs, len(text), 28, 8), _BEFORE_STEMS, True):
        if m.group("its") is not None and not _car_in_clause(text, m.start()):
            continue  # "it's 1500 ab": "it's" names a car only once the sentence has one
        if _code_ok(m):
            yield Span(EntityType.VEHICLE_REG, m.start("code"), m.end("code"), P_VRN)
    cued, bracketed = _after_starts(text, runs)
    for m in scan.matches_from(_AFTER_RE, text, cued):
        if _code_ok(m):
            yield Span(EntityType.VEHICLE_REG, m.start("code"), m.end("code"), P_VRN)
    for m in scan.matches_from(_BRACKETED_RE, text, bracketed):
        # "a white scania artic dropped her at the end of the road (v 543 say)": a whole prefix, suffix or current
        # plate in brackets needs a vehicle only somewhere in its sentence; a dateless code needs one close by.
        whole = m.group("dd") is None and m.group("rd") is None
        if _code_ok(m, brackets=True) and (_after_car(text, m.start()) or (whole and _car_in_clause(text, m.start()))):
            yield Span(EntityType.VEHICLE_REG, m.start("code"), m.end("code"), P_VRN)
