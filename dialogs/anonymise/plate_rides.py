"""Whole plates named as the car someone is picked up in or turns up in ("picks her up in AV 63 KMS", "turned up
in q40 abh", "turns up in at10 tam").

After such a ride the cue settles the reading that the plate's parts alone leave open: a current plate's last
letters may read as a unit ("63 KMS"), its tag may be a word glued to its age ("at10"), and a prefix plate may
have one or two digits ("q40 abh"), none of which the shape rules accept without a cue."""

from __future__ import annotations

import re

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plate_context import UNITS
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, issued_age, issued_tag, random_back
from dialogs.anonymise.plates import SHORT_WORDS

_PARTS_RE = re.compile(r"[a-zA-Z]+|\d+")


def _back_ok(back: str, glued: bool) -> bool:
    """Three letters no word of a sentence; a front glued to its digits is no prose, so its back may spell one."""
    low = back.lower()
    return (len(low) == 3 and low not in SHORT_WORDS and low not in AFTER_NUMBER_WORDS and low not in UNITS
            and (glued or random_back(back) or low not in english_words()))


def ridden_current(code: str) -> bool:
    """A current plate after a ride: an issued tag and age, or a tag glued to an issued age ("at10", where a
    spaced "at 10" would be prose), then three letters no word of a sentence."""
    front, digits, back = _PARTS_RE.findall(code)
    glued = code[2:3].isdigit()
    if glued:
        return issued_age(digits) and _back_ok(back, True)
    if front.isupper() and back.isupper():
        # In capitals a tag and an age after a ride are the plate's, though its letters read as a unit ("63 KMS").
        low = back.lower()
        return (issued_tag(front, digits) and len(low) == 3 and low not in SHORT_WORDS
                and low not in AFTER_NUMBER_WORDS)
    return issued_tag(front, digits) and _back_ok(back, False)


def ridden_prefix(code: str) -> bool:
    """A prefix or Q plate after a ride, its lone letter one the DVLA used. With fewer than three digits the letter
    is glued to them and writes no school year ("y10", "x2"): "y 10 sen" is a year and a need."""
    front, digits, back = _PARTS_RE.findall(code)
    short_ok = code[1:2].isdigit() and front.lower() not in "xy"
    return (front.lower() not in "aiouz" and (len(digits) == 3 or short_ok) and random_back(back)
            and _back_ok(back, False))
