"""Plates found by what stands right beside them rather than by their shape alone:

- spaced out in lower case straight after a vehicle label or a make and model ("Vehicle: k 772 pen", "a silver
  Volvo V70 estate ldt 289 c", "reg gu 68 uyj"), which in free text could be anything, so needs that cue;
- listed with a plate already found ("Drivers use ds72oda and bdc 214w", "RZO 279B and syy22t"): a list of
  plates holds plates;
- named alone as the vehicle someone came or went in ("came in a le 3779", "LEFT IN FGJ 544 V").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, vehicle_models
from dialogs.anonymise.plate_context import (
    ID_CUES,
    UNITS,
    after_make,
    after_place_word,
    plate_named,
    vehicle_cue,
    vehicle_word,
)
from dialogs.anonymise.plate_issue import issued_current, issued_lower_old, issued_tag, random_back, word_like
from dialogs.anonymise.plates import SHORT_WORDS
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# Prefix ("k 772 pen"), suffix ("ldt 289 c") and current ("gu 68 uyj") plates, spaced, in lower case.
SPACED_LOWER_RE = re.compile(
    r"(?<![\w/.@-])(?:[b-hj-np-tv-y][ \t]\d{1,3}[ \t][a-z]{3}|[a-z]{3}[ \t]\d{1,3}[ \t][b-hj-npr-tv-y]"
    r"|[a-z]{2}[ \t]\d{2}[ \t][a-z]{3})(?![\w@])"
)
# A whole word: "shvan is 15 and" ends in "van" but has no label.
_LABEL_BEFORE_RE = re.compile(r"\b(?i:vehicle|veh|car|van|vrm|vrn|reg|registration|plate)[ \t]*[:\-]?[ \t]*$")
# Another plate-shaped code after "and", "or" or a comma: current ("bdc 214w" is a suffix plate run
# partly together), suffix, prefix or dateless shapes, run together or spaced, in one case.
_NEXT_IN_LIST_RE = re.compile(
    # "q429 bvg then a dyd 697 e": one car, then another, in the order someone rode in them.
    r"[ \t]*(?:,|and|or|&|/|(?P<then>(?:and[ \t]+)?then(?:[ \t]+an?)?(?=[ \t])))[ \t]*"
    r"(?P<p>(?:[a-z]{2}\d{2}[ \t]?[a-z]{3}|[a-z]\d{1,3}[ \t]?[a-z]{3}|"
    r"[a-z]{3}[ \t]?\d{1,3}[ \t]?[a-z]|[a-z]{1,3}[ \t]?\d{1,4}|\d{1,4}[ \t]?[a-z]{1,3}))(?![\w@/]|[.-]\w)",
    re.IGNORECASE,
)


def _spaced_starts(text: str) -> list[int]:
    """Where SPACED_LOWER_RE can begin: one or three characters and a blank before a number of at most three
    digits with a blank either side, the middle of every such plate. Trying the pattern at every character
    of a long note cost 2% of a case file (speed)."""
    n = len(text)
    starts: list[int] = []
    for s, e in scan.digit_scan(text).runs:
        if e - s <= 3 and s > 1 and e < n and text[s - 1] in " \t" and text[e] in " \t":
            if s > 3:
                starts.append(s - 4)
            if s > 2 and e - s == 2 and text[s - 3 : s - 1].islower() and text[s - 3 : s - 1].isalpha():
                starts.append(s - 3)
            starts.append(s - 2)
    return starts


def spaced_lower_plates(text: str) -> Iterator[Span]:
    for m in scan.matches_from(SPACED_LOWER_RE, text, _spaced_starts(text)):
        labelled = _LABEL_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) is not None
        words = [w for w in m.group().split() if w.isalpha() and len(w) == 3]
        if not labelled and any(w in english_words() for w in words) and not plate_named(text, m.start(), m.end()):
            continue  # "a 200 the": a word in it is prose unless the plate is labelled or named
        parts = m.group().split()
        # A model or make straight before ("tucson ah 53 tft") names the car; a label alone does not.
        before = text[max(0, m.start() - 20) : m.start()].split()
        named = bool(before) and before[-1].lower() in vehicle_models()
        # "car yr 76 rba", "car yp 75 est": after a vehicle label, an issued tag and age with one side no word.
        tagged = labelled and len(parts[0]) == 2 and issued_tag(parts[0], parts[1]) and (
            random_back(parts[2]) or not word_like(parts[0]))
        if (len(parts[0]) == 2 and (parts[0] in english_words() or parts[2] in english_words())
                and not (named or tagged)):
            continue  # "she is 15 and", "the reg is 12 now": a word in a spaced current plate is prose
        # A make, model or vehicle word in the few words before: "a silver Volvo V70 estate ldt 289 c".
        # "sleeping in nm 56 lgo": a memory tag, an age and letters the DVLA issues need no vehicle word.
        # "picked him up, jxg 752 r", "dropped off by v 668 aek": a suffix or prefix plate spaced in lower case with
        # three digits and three letters that spell nothing is as sure on its own.
        issued = issued_current(*parts) if len(parts[0]) == 2 else issued_lower_old(parts)
        if labelled or issued or vehicle_cue(text[max(0, m.start() - 30) : m.start()]):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)


# A code listed straight before a found plate ("147s and c 877 gvh used", "1716 n and h562 tcp"): digits first with
# three or four of them, or letters first with three or four digits, in one case.
_BEFORE_IN_LIST_RE = re.compile(
    r"(?<![\w@/.£$-])(?P<p>\d{3,4}[ \t]?[a-z]{1,3}|[a-z]{1,3}[ \t]?\d{3,4})[ \t]*(?:,|and|or|&|/)[ \t]*$",
    re.IGNORECASE,
)


def _listed_before(text: str, start: int) -> Span | None:
    """The code listed before a plate, if any: its letters must be no word, unit or cue ("1500 mg and AB12 CDE"),
    save one letter glued to three digits ("147s"), and its digits no year ("the 1990s and ...")."""
    m = _BEFORE_IN_LIST_RE.search(text, max(0, start - 16), start)
    if m is None:
        return None
    code = m.group("p")
    letters = "".join(c for c in code if c.isalpha())
    digits = "".join(c for c in code if c.isdigit())
    low = letters.lower()
    if len(low) == 1:
        # One letter: no article, and apart from its number no unit ("1500 m"); glued it is a plate's ("147s").
        ok = low not in ("a", "i") and (code[-2].isdigit() or low not in UNITS)
    else:
        ok = not word_like(letters) and low not in SHORT_WORDS and not vehicle_word(letters)
    # "a black Peugeot 3008 SUV, ca56fcm": straight after a make the code is its model and body.
    if (not ok or after_make(text, m.start("p")) or code.lower() in vehicle_models()
            or not (code.islower() or code.isupper()) or "1900" <= digits <= "2099"):
        return None
    return Span(EntityType.VEHICLE_REG, m.start("p"), m.end("p"), P_VRN)


def listed_plates(text: str, found: Sequence[Span]) -> Iterator[Span]:
    """Plate-shaped codes listed straight after a found plate, one after another, and one listed just before it."""
    for sp in found:
        if sp.type is not EntityType.VEHICLE_REG:
            continue
        if (before := _listed_before(text, sp.start)) is not None:
            yield before
        end = sp.end
        for _ in range(4):
            m = _NEXT_IN_LIST_RE.match(text, end)
            if m is None or not any(c.isdigit() for c in m.group("p")) or not any(c.isalpha() for c in m.group("p")):
                break
            code = m.group("p")
            if not (code.islower() or code.isupper()):
                break
            letters = "".join(c for c in code if c.isalpha()).lower()
            # "ke62 omx then a uh 6949": letters before three digits or more are a dateless plate's, even when a
            # dictionary lists them; a word after the number was what came next ("then a 200 m walk").
            dateless = code[0].isalpha() and sum(c.isdigit() for c in code) >= 3 and letters not in SHORT_WORDS
            if m.group("then") and ((letters in english_words() and not dateless) or letters in UNITS
                                    or letters in ID_CUES):
                break  # "AB12 CDE then a 200 m walk": what came next was no car
            yield Span(EntityType.VEHICLE_REG, m.start("p"), m.end("p"), P_VRN)
            end = m.end()


# A plate-shaped code after a verb of travel and "in a" or "into a": the vehicle someone came or went in, named
# by its plate alone ("came in a le 3779", "last seen near Midhurst in a hem 284t"). Three digits at least in a
# dateless shape, so "sat in a row 3" stays.
_IN_A_CODE_RE = re.compile(
    # The article may be dropped in a log in capitals: "LEFT IN FGJ 544 V"; "in the cab of", "in the back of" name
    # the vehicle as well ("FOUND IN THE CAB OF SUN 225 X").
    r"(?i:in|into|out[ \t]+of)[ \t]+(?:(?i:the[ \t]+)?(?i:cab|back|boot)[ \t]+(?i:of)[ \t]+)?"
    r"(?P<det>(?i:a|an|his|her|their|the)[ \t]+)?"
    r"(?P<p>(?i:[a-z]{2}\d{2}[ \t]?[a-z]{3}|[a-z][ \t]?\d{1,3}[ \t]?[a-z]{3}|[a-z]{3}[ \t]?\d{1,3}[ \t]?[a-z]|"
    r"[a-z]{1,3}[ \t]?\d{3,4}|\d{3,4}[ \t]?[a-z]{1,3}))(?![\w@/]|[.-]\w)"
)
_TRAVEL_BEFORE_RE = re.compile(
    r"\b(?i:came|come|comes|coming|getting|got|get|gets|sleeping|slept|seen|left|leaving|drove|driving|driven|"
    r"picked|picks|picking|dropped|drops|dropping|collected|collects|turned|arrived|pulled|sat|sitting|parked|went|"
    r"go|goes|taken|took|back|sit|sits|found)\b[^.!?\n]*$"
)
_IN_WORDS = ("in", "into", "out")


_RUN_TOGETHER_RE = re.compile(r"([a-z]{1,3})\d{1,3}([a-z]{1,3})")
# "left in meh 545c": a suffix plate with its year's letter (never I, O, Q, U or Z) glued to three digits.
_GLUED_SUFFIX_RE = re.compile(r"[a-z]{3}[ \t]?\d{3}[a-hj-npr-tv-y]")
# Verbs of driving away, straight before "in": the place someone sits ("sat in row 101a") is never driven off in.
_DROVE_OFF_RE = re.compile(r"\b(?:left|drove(?:[ \t]+off)?|driven(?:[ \t]+off)?|went|came|got|pulled[ \t]+up)[ \t]+$")


def _letters_both_ends(code: str, text: str, at: int) -> bool:
    """"left in hyo43b", "sleeping in ys19dun": run together with letters at both ends and no word among them,
    a lower-case code needs no article ("sat in rm 101" has no letters after its number). `at`: where the "in"
    before the code starts."""
    if _GLUED_SUFFIX_RE.fullmatch(code):
        # "left in meh 545c": its letters may spell a word only where someone drove off in it.
        return code[:3] not in english_words() or _DROVE_OFF_RE.search(text, max(0, at - 24), at) is not None
    m = _RUN_TOGETHER_RE.fullmatch(code)
    return m is not None and not any(
        len(g) > 1 and (g in english_words() or g in UNITS or g in ID_CUES) for g in m.groups())


def plates_ridden_in(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    # "got out of a scu 318 c": the vehicle someone left is named by its plate as often as the one they took.
    if " in " not in low and " into " not in low and " out of " not in low:
        return
    for m in scan.at_word_starts(_IN_A_CODE_RE, text, _IN_WORDS):
        code = m.group("p")
        letters = "".join(c for c in code if c.isalpha()).lower()
        # One letter is a plate's letter, though a dictionary may list it ("in a v 7769"); "a" and "i" are words.
        word = letters in english_words() and not (len(letters) == 1 and letters not in "ai")
        lower_ok = code.islower() and (m.group("det") is not None or _letters_both_ends(code, text, m.start()))
        if (code.isupper() or lower_ok) and not word \
                and letters not in UNITS \
                and letters not in ID_CUES and not after_place_word(text, m.start("p")) \
                and _TRAVEL_BEFORE_RE.search(text, max(0, m.start() - 50), m.start()):
            yield Span(EntityType.VEHICLE_REG, m.start("p"), m.end("p"), P_VRN)


# "car A1 AAA 000": a model's code ("A1", "C3") straight before a plate found after it may itself open the plate
# ("A1 AAA" is a prefix plate as much as "AAA 000" is a dateless one). Read both ways, the code is hidden with the
# plate: a model's name lost costs little, a plate's letter left costs the plate.
_DATELESS_RE = re.compile(r"[A-Za-z]{3}[ \t]?\d{1,4}")
_CODE_BEFORE_RE = re.compile(r"(?<![\w'’-])[A-Za-z]\d{1,3}[ \t]$")


def codes_before_plates(text: str, plates: Sequence[Span]) -> Iterator[Span]:
    for sp in plates:
        # Only a dateless plate ("AAA 000"): a suffix plate ("Audi Q3 YFO 223M") is whole without the code.
        if (sp.start >= 3 and text[sp.start - 1] in " \t" and text[sp.start : sp.start + 3].isalpha()
                and _DATELESS_RE.fullmatch(text, sp.start, sp.end) is not None):
            m = _CODE_BEFORE_RE.search(text, max(0, sp.start - 6), sp.start)
            if m is not None:
                yield Span(EntityType.VEHICLE_REG, m.start(), sp.end, sp.priority)
