"""Vehicle registrations that do not follow the GB "AB12 CDE" shape: Northern Ireland plates
("ABZ 1234", "OIA 656") and Q plates ("Q123 ABC").

An NI plate is three letters and one to four digits, so "via 12" or "van 2" share its shape. Only the
surest form (a Northern Ireland code and four digits) is hidden on its own; the rest need a vehicle
word nearby, and lower-case everyday words never count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, first_names, surnames
from dialogs.anonymise.types import EntityType, Span

P_VRN = 72

VEHICLE_CUE = re.compile(
    r"\b(?:reg(?:istration)?|regs|plates?|vrn|cars?|vans?|vehicles?|motorbike|moped|drive|drives|drove|driving|"
    r"driven|parked|taxi|audi|bmw|ford|vauxhall|corsa|fiesta|focus|golf|polo|astra|nissan|qashqai|"
    r"toyota|honda|kia|hyundai|peugeot|renault|mercedes|volkswagen|vw|skoda|seat|mini|volvo|fiat)\b",
    re.IGNORECASE,
)

# The two letters that name a Northern Ireland licensing area; on a plate they follow one more letter.
NI_CODES = frozenset(
    {"az", "bz", "cz", "dz", "ez", "fz", "gz", "hz", "ia", "ib", "ig", "ij", "il", "iw", "ji", "jz", "kz",
     "lz", "mz", "nz", "oi", "oz", "pz", "rz", "sz", "tz", "ui", "uz", "vz", "wz", "xi", "xz", "yz"}
)
NI_PLATE_RE = re.compile(r"\b(?P<l>[A-Za-z]{3})[ \t]?(?P<d>\d{1,4})\b")
Q_PLATE_RE = re.compile(r"\b[Qq]\d{1,3}[ \t]?(?P<l>[A-Za-z]{3})\b")

_CONTEXT = 50


def _vehicle_nearby(text: str, start: int, end: int) -> bool:
    return VEHICLE_CUE.search(text, max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)) is not None


def _plate_letters(letters: str) -> bool:
    """Capitals, or lower-case letters that are not an everyday word ("via", "van", "big")."""
    if letters.isupper():
        return True
    return letters.islower() and letters not in english_words()


def _name_like(letters: str) -> bool:
    low = letters.lower()
    return not letters.isupper() and (low in first_names() or low in surnames())


def find_ni_plates(text: str, wins: scan.Windows) -> Iterator[Span]:
    for m in scan.finditer(NI_PLATE_RE, text, wins):
        letters = m.group("l")
        if not _plate_letters(letters):
            continue
        pair = letters[1:].lower()
        # "mia 2019" in lower-case notes is a girl and a year, so a name needs a vehicle word too.
        sure = pair in NI_CODES and len(m.group("d")) == 4 and not _name_like(letters)
        # Outside the surest form the last two letters must still carry an I or a Z, as NI codes do,
        # so "car ABC 12" in a list of codes is not taken for a plate.
        if sure or (("i" in pair or "z" in pair) and _vehicle_nearby(text, m.start(), m.end())):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)


def find_q_plates(text: str, wins: scan.Windows) -> Iterator[Span]:
    if "q" not in scan.lowered(text):
        return
    for m in scan.finditer(Q_PLATE_RE, text, wins):
        # "Q1 the car sales": a quarter followed by a word is not a plate.
        if _plate_letters(m.group("l")) and _vehicle_nearby(text, m.start(), m.end()):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)


def find_all(text: str, wins: scan.Windows) -> Iterator[Span]:
    yield from find_ni_plates(text, wins)
    yield from find_q_plates(text, wins)
