"""The street after a home known by its name, found once the name is.

- After a comma, with a street word: "TŶ'R DYLLUAN, PIPISTRELLE DR".
- After a comma and before another, in a lower-case note, one word no dictionary, name list or gazetteer has:
  "tŷ'r dylluan, starwort, pt ...".
- In brackets: "Owl Barn (Rhes y Lleuad)", "Owl Barn (Lamplighters Way)".
Hidden apart, the note reads "[address], starwort": the street and the house's name together find the home.
Tried only after an address with no number, which is how a named home is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from dialogs.anonymise import lexicon
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.welsh_streets import STREET_FIRST_GATE

_ADDRESS = EntityType.ADDRESS
# The street after a house's name: every group but the estate words ("meadows" only), and no "terr" (kept so).
_STREET_WORDS = (sw.CORE | (sw.SHORT - {"terr"}) | sw.RISKY | sw.NORTHERN | sw.WATERSIDE
                 | {"meadows", "approach"})
_WORD = r"[^\W\d_](?:[^\W\d_]|['’-])*(?!\w)"
_AFTER_COMMA_RE = re.compile(rf",[ \t]*(?P<s>{_WORD}(?:[ \t]+{_WORD})?)(?P<end>,)?")
_IN_BRACKETS_RE = re.compile(r"[ \t]*\((?P<s>[^()\n]{3,40})\)")


def _same_case(name: str, street: str) -> bool:
    if name.isupper():
        return street.isupper()
    return name[:1].islower() == street[:1].islower()


def _street_after_name(text: str, sp: Span) -> Span:
    name = text[sp.start : sp.end]
    m = _AFTER_COMMA_RE.match(text, sp.end)
    if m is None or not _same_case(name, m.group("s")):
        return sp
    words = m.group("s").lower().split()
    if words[-1] in _STREET_WORDS:
        return Span(_ADDRESS, sp.start, m.end("s"), sp.priority)
    # Only in a lower-case note: "The Old Stables, Pewsey, pr1 5rj" names its town after the comma, and a town before a
    # postcode ("RAVENSNEST, YARMOUTH DE23 3TJ") is as often one the gazetteer lacks as a street.
    if m.group("end") and len(words) == 1 and name.islower() and not any(
            words[0] in known() for known in (lexicon.english_words, lexicon.first_names, lexicon.surnames,
                                              lexicon.places)):
        return Span(_ADDRESS, sp.start, m.end("s"), sp.priority)
    return sp


def _street_in_brackets(text: str, sp: Span) -> Span:
    m = _IN_BRACKETS_RE.match(text, sp.end)
    if m is None:
        return sp
    words = m.group("s").lower().split()
    # "(Rhes y Lleuad)": a Welsh name links its words with "y".
    welsh = len(words) == 3 and words[1] in ("y", "yr")
    if words[0] in STREET_FIRST_GATE or welsh or (len(words) > 1 and words[-1] in _STREET_WORDS):
        return Span(_ADDRESS, sp.start, m.end(), sp.priority)
    return sp


def _named(widen: Callable[[str, Span], Span]) -> Callable[[str, Span], Span]:
    def only_named(text: str, sp: Span) -> Span:
        if any(ch.isdigit() for ch in text[sp.start : sp.end]):
            return sp  # a numbered address has its street; what follows its comma is the town
        return widen(text, sp)
    return only_named


WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((",",), _named(_street_after_name)),
    (("(",), _named(_street_in_brackets)),
)
