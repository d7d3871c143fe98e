"""Plates named by what the car does, written in shapes the shape rules refuse alone:

- parked somewhere by someone: "her son parks 229 VY in the staff bay", "PARKS W 1563 ON THE DRIVE". A dateless
  plate ("229 VY", "w 1563") is a number and a few letters, prose anywhere else; between "parks" and where the car
  stands it is the car.
- driven off in, in lower case with no article: "they left in uji 550", "drove off in kfb 4421". plates_ridden_in
  takes such a code in capitals or after "a"; a quick note drops both. Three letters that spell no word and three
  or four digits, straight after a verb of going off.
- a current plate spaced in lower case listed before a found one: "cars ry56 rod and Q220 RMN". Its three letters
  spell a word, so the spaced-lower rule leaves it; listed with a plate, it is one (plate_neighbours lists only
  dateless codes before a plate).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import ID_CUES, UNITS, after_place_word
from dialogs.anonymise.plate_issue import issued_tag
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

_VRN = EntityType.VEHICLE_REG

# "parks 229 VY in the staff bay": the code, then where a car stands (up to two words before the place word).
_PARKED_RE = re.compile(
    r"\b(?i:parks|parked|parking)[ \t]+"
    r"(?P<p>[A-Za-z]{1,3}[ \t]?\d{1,4}|\d{1,4}[ \t]?[A-Za-z]{1,3})[ \t]+"
    r"(?i:in|on|across|outside|at)[ \t]+(?i:the|a|our|their|his|her|my)[ \t]+(?:[\w'’-]{1,20}[ \t]+){0,2}"
    r"(?i:bays?|spaces?|car[ \t]?park|drive|driveway|entrance|gates?|kerb|pavement|verge|yard)\b"
)
_PARKED_GATE = ("parks ", "parked ", "parking ")
# "left in uji 550": three letters and three or four digits, in lower case, straight after going off in it.
_LEFT_IN_RE = re.compile(
    r"\b(?:left|drove[ \t]+off|drove[ \t]+away|sped[ \t]+off|made[ \t]+off|went[ \t]+off|took[ \t]+off|"
    r"drives[ \t]+off|drove)[ \t]+in[ \t]+(?P<p>[a-z]{3}[ \t]?\d{3,4})(?![\w@/]|[.-]\w)"
)
_LEFT_IN_GATE = ("left in ", "off in ", "away in ", "drove in ")
# "ry56 rod and ": a memory tag, an age and three letters, spaced, in one case, listed straight before a plate.
_CURRENT_BEFORE_RE = re.compile(
    r"(?<![\w@/.£$-])(?P<p>(?P<tag>[a-z]{2})(?P<age>\d{2})[ \t](?P<back>[a-z]{3}))[ \t]*(?:,|and|or|&|/)[ \t]*$",
    re.IGNORECASE,
)


def _letters_ok(code: str) -> bool:
    """Letters no unit, cue or word ("parked 2 hrs in the bay", "parked 10 mins on the drive"); one letter other
    than "a" or "i" is a plate's."""
    if not (code.islower() or code.isupper()):
        return False
    letters = "".join(c for c in code if c.isalpha()).lower()
    if len(letters) == 1:
        return letters not in "ai" and letters not in UNITS
    return letters not in UNITS and letters not in ID_CUES and letters not in english_words()


def parked_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if not any(g in low for g in _PARKED_GATE):
        return
    for m in _PARKED_RE.finditer(text):
        code = m.group("p")
        if _letters_ok(code) and not after_place_word(text, m.start("p")):
            yield Span(_VRN, m.start("p"), m.end("p"), P_VRN)


def left_in_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if not any(g in low for g in _LEFT_IN_GATE):
        return
    for m in _LEFT_IN_RE.finditer(text):
        if _letters_ok(m.group("p")):
            yield Span(_VRN, m.start("p"), m.end("p"), P_VRN)


def current_before_listed(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    for sp in spans:
        if sp.type is not _VRN:
            continue
        m = _CURRENT_BEFORE_RE.search(text, max(0, sp.start - 16), sp.start)
        if m is not None and (m.group("p").islower() or m.group("p").isupper()) and issued_tag(
                m.group("tag"), m.group("age")) and m.group("back").lower() not in UNITS:
            yield Span(_VRN, m.start("p"), m.end("p"), P_VRN)
