"""Plates read aloud or typed as heard, split at every group ("FY 03 FFG", "V 950 KXN"), and dateless plates of
one letter ("K 1", "van D 8381", "on the drive y 5330"), which only a vehicle word or a make beside them tells
from ordinary text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, vehicle_models
from dialogs.anonymise.plate_context import (
    ID_CUES,
    after_make,
    after_make_and_model,
    after_model,
    after_model_and_trim,
    after_vehicle_word,
    before_vehicle_word,
    plate_named,
    vehicle_nearby,
)
from dialogs.anonymise.plate_issue import issued_current, issued_prefix
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# Plates read aloud or typed as heard, split at every group: "FY 03 FFG", "V 950 KXN", "HFM 156 H".
# Capitals only: the spaced shapes are too close to ordinary text in lower case. The lone letter of a
# prefix or suffix plate is never I, O, U or Z, nor A (an article before or after a number); Q starts
# the plates of vehicles of unknown age ("Q 841 NKR") but never ends one.
SPOKEN_RE = re.compile(
    r"(?<![\w/.@-])(?:"
    r"(?P<cur>[A-Z]{2}[ \t]\d{2}[ \t]?[A-Z]{3})"
    r"|(?P<pre>[B-HJ-NP-TV-Y][ \t]\d{1,3}[ \t]?[A-Z]{3})"
    r"|(?P<suf>[A-Z]{3}[ \t]?\d{1,3}[ \t][B-HJ-NPR-TV-Y])"
    r")(?![\w@]|[/.:-]\d)"
)
# A dateless plate of one letter ("K 1", "138 B") is only a plate when the plate is named beside it.
ONE_LETTER_RE = re.compile(r"(?<![\w/.@£$-])(?:[A-Z][ \t]?\d{1,4}|\d{1,4}[ \t]?[A-Z])(?![\w@%]|[/.:-]\d)")
def _spoken_ok(m: re.Match[str], text: str) -> bool:
    groups = m.group().split()
    # "he's in BE 53 AFJ most days", "I took the number Q 400 BEH": groups the DVLA issues need no vehicle word.
    if len(groups) == 3 and (issued_current(*groups) if m.group("cur") else issued_prefix(*groups)):
        return True
    # "ON 12 MAR", "AT 10 AND" in a caps-lock note: a word on either side of the digits is no plate.
    # A plate word beside it settles it: "reg Q 1 BAA" is a plate whatever its letters spell.
    if any(len(g) > 1 and g.isalpha() and (g.lower() in english_words() or g.lower() in ID_CUES) for g in groups):
        # So does a make and model straight before: "Skoda Octavia estate, F 488 RTE".
        after_car = m.group("pre") is not None and after_make_and_model(text, m.start())
        return (plate_named(text, m.start(), m.end()) or after_car) and not any(g.lower() in ID_CUES for g in groups)
    return vehicle_nearby(text, m.start(), m.end())


# Every spoken or one-letter shape has a capital straight beside a digit, or a blank between them: a
# note without one (most lower-case notes) skips both scans (speed).
_SPOKEN_GATE_RE = re.compile(r"[A-Z][ \t]?\d|\d[ \t]?[A-Z]")


# A one-letter dateless plate of three or four digits in any case ("van D 8381", "van 5122 m", "on the
# drive y 5330"). Two digits after a lower-case letter are a school year ("y 10"), so three at least.
LONG_ONE_LETTER_RE = re.compile(
    r"(?<![\w/.@£$-])(?:[A-Za-z][ \t]?\d{3,4}|\d{3,4}[ \t]?[A-Za-z])(?![\w@%]|[/.:-]\d)"
)


# Units of one letter: metres, grams, litres, kilo-, seconds, hours, minutes' "m", pence, pounds, stone, feet,
# inches, tons, calories, watts, volts, degrees, bytes, times ("x").
_UNIT_LETTERS = frozenset("mglksphftcwvdbxnrz")


def _named_model(code: str) -> bool:
    """"blk L200 pickup", "a Kia Rio and a C1": a letter and digits that name a model are that model, wherever
    they stand (a make or vehicle word before them is just what made them look like a plate)."""
    return code.lower() in vehicle_models()


def _long_one_letter_ok(m: re.Match[str], text: str) -> bool:
    code = m.group()
    letter = next(ch for ch in code if ch.isalpha())
    if letter.lower() in "ai" or _named_model(code):
        return False
    digits = sum(c.isdigit() for c in code)
    # Lower case after the digits may be a unit ("300 m", "250 g"): only four digits make that a plate.
    # A letter that is no unit ("(631j)" after "MG ZS") leaves only the plate.
    if letter.islower() and code[0].isdigit() and digits < 4 and letter in _UNIT_LETTERS:
        return False
    # "dad sleeping in the van outside (2802 k)": a code alone in brackets after the vehicle is its plate.
    bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
    return (after_vehicle_word(text, m.start() - bracketed) or after_make_and_model(text, m.start())
            or (digits >= 4 and before_vehicle_word(text, m.end()))
            or (digits >= 4 and code[0].isdigit() and after_model_and_trim(text, m.start())))


def _spoken_capitals(text: str, wins: scan.Windows) -> Iterator[Span]:
    for m in scan.finditer(SPOKEN_RE, text, wins):
        if _spoken_ok(m, text):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
    for m in scan.finditer(ONE_LETTER_RE, text, wins):
        letter = next(ch for ch in m.group() if ch.isalpha())
        if letter in "AI" or _named_model(m.group()):
            continue
        # "Tucson 2497 T": digits then a letter straight after a make and model is a dateless plate.
        digits_first = m.group()[0].isdigit() and sum(c.isdigit() for c in m.group()) >= 3
        if (digits_first and after_model(text, m.start())) or (
                not after_make(text, m.start()) and plate_named(text, m.start(), m.end())):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)


def spoken(text: str, wins: scan.Windows) -> Iterator[Span]:
    if _SPOKEN_GATE_RE.search(text) is not None:
        yield from _spoken_capitals(text, wins)
    # A lower-case one-letter plate ("y 5330") has no capital: its scan sits outside the gate.
    for a, b in wins:
        pos = a
        while (m := LONG_ONE_LETTER_RE.search(text, pos, b)) is not None:
            if _long_one_letter_ok(m, text):
                yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
                pos = m.end()
            else:
                pos = m.start() + 1  # "w a 1006 g van": "a 1006" is no plate, "1006 g" is
