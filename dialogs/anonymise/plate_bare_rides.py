"""Plates someone is in, with no article and no verb of riding near: "two men in KPX 430 D came to the door", "he's
in vh61 dam most days", "a man in the mjx 591 again", "stopped with a lad in 618tbk", "hangs round the flats in
mm 56 adw".

Why: `plate_waits` takes "in <plate>" only after a verb of waiting or being seen in the clause, since "in" and a
number alone are prose ("in 2019", "in rm 101", "in bay 12"). A whole plate needs no verb when its shape is one
prose never has: a current plate (an issued memory tag and age; three random letters, or any three when the tag is
glued to its age), a suffix plate with its year letter, a prefix plate of three digits (or a Q plate), or a dateless
plate of two or three letters that are no word, unit or cue before four digits that are no year (or three digits
after "in the": "in psy 101" is a course), or three or four digits glued to three such letters. A lone letter and
digits ("in V 5464"), a year, a room or a course code with word letters stays for the verb rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.plate_shapes import CODE_RE, code_ok
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# A place's or a course's own word before its number: "in lab 1010", "in box 1234".
_PLACES = frozenset({"bay", "bed", "row", "lab", "gym", "hut", "box", "pod", "cell", "bus", "cab", "van", "car",
                     "rm", "blk", "ste", "apt", "flt", "no", "ch", "pg", "vol", "sec", "par", "reg", "ad", "bc",
                     "ce", "nw", "ne", "sw", "se", "wc", "ec", "po"})


def _strong(m: re.Match[str], the: bool) -> bool:
    """A shape prose never has (see the module's note)."""
    if m.group("cur") is not None or m.group("suf") is not None:
        return code_ok(m)
    if m.group("pre") is not None:
        return (len(m.group("pd")) == 3 or m.group("year") in "qQ") and code_ok(m)
    letters = m.group("dl") or m.group("rl")
    digits = m.group("dd") or m.group("rd")
    if len(letters) < 2 or letters.lower() in _PLACES:
        return False
    if m.group("rd") is not None:
        return m.group("rsp") == "" and len(letters) == 3 and code_ok(m)  # "618tbk"
    year = len(digits) == 4 and "1950" <= digits <= "2039"
    # Three letters and three digits are a course's code too ("in psy 101"); only "in the" makes them a car.
    return (len(digits) == 4 or (len(letters) == 3 and the)) and not year and code_ok(m)


def bare_ride_plates(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    i = low.find(" in ")
    while i != -1:
        at = i + 4
        the = low.startswith("the ", at)
        m = CODE_RE.match(text, at + 4 if the else at)
        if m is not None and _strong(m, the):
            yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
        i = low.find(" in ", i + 1)
