"""Leftovers that a clause round them names, where no capital or known name gives them away:

- who writes a line of a chat export under its "[group]" heading ("[Night shift]\nardit: ..."), in lower case and
  no dictionary word;
- a lower-case given name before what is said of a person ("waiting for tomasz, he's only 9", "brought in by
  ardit, who takes her card"): the name is no dictionary word;
- a dateless or Northern Irish plate a car left in ("left 02:10 in 4821 KD", "leaves via the car park in GK 5512",
  "drove off in abz 4410", "parked by the gate in jkz 4410"): the shape alone is too like a count or a time to
  find without the leaving or parking cue;
- a Catholic school named only by its dedication after a schooling cue ("goes to Our Lady of Lourdes", "shes at our
  lady of good counsel but"), and a school's short name before "high uniform" ("in beech rd high uniform");
- an Edinburgh-style stair and flat number before a one-word street after a living cue ("they live 112/4 Rowan",
  "put out from 150/2 Mill"): the first number is past any day of a month, so a date ("from 12/8 Monday") stays.

Why: chat and voice-note writers drop capitals and street kinds; these cues hold whatever the names are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.chat_names import word_ok
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_ADDRESS, P_PERSON, P_SCHOOL, P_VRN
from dialogs.anonymise.types import EntityType, Span

_LOWER_NAME = r"[a-z][a-z'’-]{2,15}"
# "for tomasz, he's only 9", "with ardit, she's 14".
_AGED_RE = re.compile(
    rf"(?<![\w'’@./-])(?P<n>{_LOWER_NAME}),[ \t]+(?:he|she)['’]?s[ \t]+(?:only[ \t]+|just[ \t]+)?\d{{1,2}}(?![\d:./])"
)
# "brought in by ardit, who takes her card".
_BY_WHO_RE = re.compile(rf"(?<![\w'’])by[ \t]+(?P<n>{_LOWER_NAME}),[ \t]+who(?![\w'’])")

_PLATE = r"(?:[A-Z]{2,3}[ \t]?\d{3,4}|\d{3,4}[ \t]?[A-Z]{1,3}|[a-z]{3}[ \t]\d{3,4}|\d{3,4}[ \t][a-z]{2,3})"
# "left 02:10 in 4821 KD", "leaves via car park B in GK 5512": the leaving verb, then "in" within the clause.
_LEFT_IN_RE = re.compile(
    r"(?<![\w'’])(?i:leaves|left|leaving|parked|drove[ \t]+off|drives[ \t]+off|sped[ \t]+off|went[ \t]+off)"
    rf"(?![\w'’])[^\n.!?]{{0,40}}?(?<![\w'’])(?i:in)[ \t]+(?P<p>{_PLATE})(?![\w'’/-])"
)
# Letters that follow a number but are no plate's: units, times, ordinals.
NOT_PLATE_LETTERS = frozenset(
    {"am", "pm", "min", "mins", "hr", "hrs", "h", "m", "s", "mph", "km", "mi", "gb", "uk", "st", "nd", "rd", "th",
     "x", "kg", "ml", "mg", "ft", "yds", "yd", "sec", "day", "wk", "yr", "yrs", "mo", "cc", "bn"}
)

_SCHOOL_CUE = r"(?:at|from|to|attends|attending|attend)"
# "goes to Our Lady of Lourdes", "at our lady of good counsel": the dedication, at most three words.
_OUR_LADY_RE = re.compile(
    rf"(?<![\w'’]){_SCHOOL_CUE}[ \t]+(?P<s>(?:Our|our|OUR)[ \t]+(?:Lady|lady|LADY)[ \t]+(?:of|OF)"
    r"(?:[ \t]+(?:the[ \t]+|THE[ \t]+)?(?!(?:but|and|since|for|school|when|who|on|in|at)(?![\w'’]))"
    r"[A-Za-z][a-z'’]+|[ \t]+[A-Z][A-Z'’]+){1,3})"
)
# "in beech rd high uniform", "wearing St Anne's High uniform".
_HIGH_UNIFORM_RE = re.compile(
    r"(?<![\w'’])(?i:in|wearing|wears|wore)[ \t]+(?P<s>(?!(?i:a|an|the|her|his|their|my|your|our|its)[ \t])"
    r"[A-Za-z][\w'’.]*(?:[ \t]+[A-Za-z][\w'’.]*){0,2}[ \t]+(?i:high))[ \t]+(?i:uniform)(?![\w'’])"
)
_NOT_SCHOOL_WORDS = frozenset({"a", "an", "the", "her", "his", "their", "my", "your", "our", "its", "school", "new",
                               "old", "full", "same", "proper", "wrong", "uniform", "no", "high"})

# "they live 112/4 Rowan", "put out from 150/2 Mill by the landlord".
_SLASH_HOME_RE = re.compile(
    r"(?<![\w'’])(?i:live|lives|lived|living|from|stays[ \t]+at|staying[ \t]+at)[ \t]+"
    r"(?P<a>(?P<n>\d{2,4})/\d{1,3}[ \t]+[A-Z][a-z]{2,20})(?![\w'’/-])"
)
_NOT_STREETS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "the", "to",
     "at", "in", "on", "for", "but", "till", "until", "then", "when", "was", "is"}
)

_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_AGED_RE, ("he's ", "she's ", "hes ", "shes ", "he’s ", "she’s "), 20, 14, True),
    (_BY_WHO_RE, (", who",), 22, 6, True),
    (_LEFT_IN_RE, ("leav", "left", " off", "parked"), 2, 60, True),
    (_OUR_LADY_RE, ("our lady of",), 12, 50, True),
    (_HIGH_UNIFORM_RE, ("high uniform",), 40, 14, True),
    (_SLASH_HOME_RE, ("/",), 20, 30, False),
)
_TABLE = RuleTable(_RULES)

# "[Picking team]" on the first line, then "ardit: ..." lines.
_GROUP_HEAD_RE = re.compile(r"\[[^\]\n]{1,60}\][ \t]*\n")
_LINE_SPEAKER_RE = re.compile(rf"^(?P<n>{_LOWER_NAME}):[ \t]", re.MULTILINE)


def _line_speakers(text: str, english: frozenset[str]) -> Iterator[Span]:
    """Lower-case speakers of a chat export; at least two speaker lines, so one "note: ..." line is no chat."""
    if not text.startswith("[") or _GROUP_HEAD_RE.match(text) is None:
        return
    found = list(_LINE_SPEAKER_RE.finditer(text))
    if len(found) < 2:
        return
    for m in found:
        low = m.group("n").lower()
        if low not in english and word_ok(low):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def clause_cued_leftovers(text: str) -> Iterator[Span]:
    """Names, plates, schools and homes that the clause round them marks (see the module's docstring)."""
    english = english_words()
    yield from _line_speakers(text, english)
    for pattern, m in _TABLE.matches(text):
        if pattern is _AGED_RE or pattern is _BY_WHO_RE:
            low = m.group("n").lower()
            if low not in english and word_ok(low):
                yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
        elif pattern is _LEFT_IN_RE:
            plate = m.group("p")
            letters = "".join(c for c in plate if c.isalpha()).lower()
            # A lower-case run may be a word ("in bay 12"); capitals are a plate's unless a unit ("in 30 MINS").
            lower = plate.islower() or (plate[0].isdigit() and plate[-1].islower())
            if letters not in NOT_PLATE_LETTERS and not (lower and (letters in english or letters == "k")):
                yield Span(EntityType.VEHICLE_REG, m.start("p"), m.end("p"), P_VRN)
        elif pattern is _OUR_LADY_RE:
            yield Span(EntityType.SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)
        elif pattern is _HIGH_UNIFORM_RE:
            first = m.group("s").split()[0].lower()
            if first not in _NOT_SCHOOL_WORDS:
                yield Span(EntityType.SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)
        elif int(m.group("n")) > 31 and m.group("a").split()[-1].lower() not in _NOT_STREETS:
            yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
