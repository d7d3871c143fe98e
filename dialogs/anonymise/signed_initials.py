"""Initials that sign a note or name who acted, told by the role word after them: "M.M. pcso", "S. M.
pcso", "F.T. PC", "J.B. (SW)", or by closing the note ("office told. L.R."). A role word after dotted
capitals leaves little else they could be."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ADULT_ROLES, TITLES
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# Roles with which a practitioner signs; "man", "lady" and the like stay out: "A.B. man" is no signature.
_SIGNING = (TITLES | ADULT_ROLES) - {"man", "woman", "lady", "adult", "male", "female", "bloke", "fella",
                                       "stranger", "ex", "head", "senior", "principal", "foster", "boss"}
# One to three dotted capitals ("M.M.", "S. M.", "F.T.K."), then the role, maybe in brackets.
_INITIALS_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){1,3}(?=[ \t]*\(?(?P<role>[A-Za-z]+)\b)")
# Two or three dotted capitals that end the note or its last line sign it ("office told. L.R."): nothing
# else closes a note that way.
_CLOSING_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ \t]?){2,3}[ \t]*$")


# Two or three capitals alone, closing the note after its last sentence or a dash ("... STORM 11950. KG",
# "manager aware. HS", "- JT"): initials with their dots left off. Not the abbreviations that end notes.
_BARE_CLOSING_RE = re.compile(r"(?:^|[.!?\n][ \t]*|[ \t][-–—][ \t]*)(?P<i>[A-Z]{2,3})[ \t]*$")
_NOT_INITIALS = frozenset(
    {"nfa", "cp", "cin", "lac", "cla", "sw", "dsl", "gp", "ehcp", "mash", "edt", "pnc", "tbc", "tba", "asap", "fyi",
     "ok", "nhs", "dwp", "ofsted", "sen", "send", "yot", "icpc", "rcpc", "tac", "tam", "ehm", "dva", "dv", "ypv",
     "cse", "cce", "fgm", "mfh", "aob", "eod", "cob", "ooh", "rip", "nb", "ps", "pto", "ta", "pc", "pcso", "adhd",
     "asd", "amhp", "cpn", "dna", "was", "wnb", "rtc", "uk", "gb", "bbc", "usa", "eu", "hmo", "s47", "lado",
     "marac", "mappa", "caf", "dols", "ipu", "ae", "aande", "ed", "icu", "hdu", "obs", "otc", "bp", "hr", "rr",
     # Police roles that close an entry before the officer is named: "Devices seized 9/11. OIC".
     "oic", "sio", "dc", "ds", "di", "dci", "sgt", "cid", "cps", "pp", "om"}
)
NOT_INITIALS = _NOT_INITIALS  # minutes_initials reads the same list


def find_signed_initials(text: str) -> Iterator[Span]:
    tail = _BARE_CLOSING_RE.search(text, max(0, len(text) - 12))
    if tail is not None and tail.group("i").lower() not in _NOT_INITIALS:
        yield Span(EntityType.PERSON, tail.start("i"), tail.end("i"), P_PERSON)
    # Found from each full stop with a lone capital before it: a stop is rare next to the whole text, so
    # the pattern is tried at few places rather than at every character (speed).
    pos = text.find(".", 1)
    while pos > 0:
        start = pos - 1
        if text[start].isupper() and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "._")):
            m = _INITIALS_RE.match(text, start)
            span = _signed(text, m) if m is not None else None
            if span is None:
                span = _closing(text, start)
            if span is not None:
                yield span
                pos = max(pos, span.end - 1)
        pos = text.find(".", pos + 1)


def _closing(text: str, start: int) -> Span | None:
    closing = _CLOSING_RE.match(text.rstrip(), start)
    if closing is None or _after_article(text, start):
        return None
    end = closing.end()
    while text[end - 1] in " \t":
        end -= 1
    return Span(EntityType.PERSON, start, end, P_PERSON)


def _after_article(text: str, start: int) -> bool:
    before = text[max(0, start - 5) : start].lower().split()
    return bool(before) and before[-1] in ("the", "a", "an")


def _signed(text: str, m: re.Match[str]) -> Span | None:
    # "the U.K. officer": after an article the capitals are a name of a place or a body.
    if m.group("role").lower() not in _SIGNING or _after_article(text, m.start()):
        return None
    end = m.end()
    while end > m.start() and text[end - 1] in " \t":
        end -= 1
    return Span(EntityType.PERSON, m.start(), end, P_PERSON)
