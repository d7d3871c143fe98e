"""Homes named by what kind of place they are or by how a visitor knows them, with no street word.

- Approved premises and hostels by name: "flat 11 lockside approved premises", "garage 3 behind Lockside Approved
  Premises". Where an offender or a young person is housed is as much their address as a street; the flat or
  garage before it is joined by the other rules.
- A house's name before a description of which house it is: "at Lengthsman, the end house with the caravan on
  the drive", "Lives Cranagh Towpath, the end house ...". The description says the words before it are a home
  (address_after then joins the two).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.address_after import WHICH_GATE, WHICH_HOUSE_RE
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
# Where a family is placed for a while is their home too: "flat 30 Balwen Mother and Baby Unit", "rm 13 dorking row
# travel inn", "20 exmoor horn hotel" (the hotel or B&B a council uses as temporary accommodation).
_SETTING_RE = re.compile(
    r"(?i:approved[ \t]+premises|bail[ \t]+hostel|probation[ \t]+hostel|mother[ \t]+(?:and|&)[ \t]+baby[ \t]+unit"
    r"|(?P<stay>hotel|travel[ \t]+inn|inn|b[ \t]*&[ \t]*b|guest[ \t]*house))\b"
)
_SETTING_GATE = ("approved premises", "bail hostel", "probation hostel", "baby unit", "hotel", " inn", "b&b", "b & b",
                 "guest house", "guesthouse")
_NAME_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?:(?P<u>(?i:flat|flt|room|rm|unit|bed|pod)[ \t]*\d{1,3}[a-z]?|\d{1,4}[a-z]?),?[ \t]+)?"
    r"(?P<n>(?:[A-Za-z][\w'’-]*[ \t]+){1,3})$"
)
# Words that say which kind of approved premises, not which one: "the local approved premises".
_NOT_NAME = frozenset({"the", "a", "an", "at", "to", "in", "into", "from", "of", "on", "by", "his", "her", "their",
                       "local", "new", "current", "previous", "male", "female", "womens", "women's", "mens",
                       "men's", "another", "other", "same", "this", "that", "nearest", "nearby", "or", "and", "is",
                       "was", "be", "for", "behind", "near", "outside", "moved", "live", "lives", "living", "left",
                       "staying", "placed", "released", "recalled", "back", "with", "as", "if", "no", "not", "any",
                       # Which kind of hotel, or a count: "2 star hotel", "3 nights travel inn", "cheap b&b".
                       "star", "night", "nights", "week", "weeks", "days", "different", "cheap", "budget", "airport",
                       "station", "city", "town", "centre", "big", "posh", "dodgy", "some", "one", "two",
                       "council", "emergency", "temporary", "temp", "booked", "hotels"})


def named_settings(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if not any(g in low for g in _SETTING_GATE):
        return
    for m in _SETTING_RE.finditer(text):
        before = _NAME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before is None:
            continue
        words = before.group("n").split()
        cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _NOT_NAME), default=0)
        if cut == len(words):
            continue
        flat = before.start() < before.start("n")
        # A hotel, inn or B&B is anybody's stop for a night: only with its room or house number and its name, the
        # name straight after the number, is it a home.
        if m.group("stay") is not None and (not flat or cut):
            continue
        if cut:
            # "at lockside approved premises": the name starts after the last little word, and any flat was before it.
            start = text.rindex(words[cut], before.start("n"), m.start())
        else:
            start = before.start() if flat else before.start("n")
        yield Span(_ADDRESS, start, m.end(), P_ADDRESS)


_CAP_NAME_RE = re.compile(r"(?<![\w'’])(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*$")
_LOWER_NAME_RE = re.compile(r"(?<![\w'’])(?:at|to|on|from|by|near|outside|round)[ \t]+"
                            r"(?P<n>(?:[a-z][\w'’-]*[ \t]+){0,2}[a-z][\w'’-]*)$")
_CUES = frozenset({"at", "to", "on", "from", "by", "near", "outside", "round", "lives", "living", "address", "the",
                   "a", "and", "in", "visited", "attended", "is", "was", "of"})


def described_houses(text: str) -> Iterator[Span]:
    if ", the " not in text or not any(g in scan.lowered(text) for g in WHICH_GATE):
        return
    i = text.find(", the ")
    while i != -1:
        if WHICH_HOUSE_RE.match(text, i) is not None:
            cap = _CAP_NAME_RE.search(text, max(0, i - 50), i)
            if cap is not None:
                words = cap.group().split()
                cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _CUES), default=0)
                if cut < len(words):
                    yield Span(_ADDRESS, text.rindex(words[cut], cap.start(), i), i, P_ADDRESS)
            else:
                low = _LOWER_NAME_RE.search(text, max(0, i - 50), i)
                if low is not None and not set(low.group("n").split()) & _CUES:
                    yield Span(_ADDRESS, low.start("n"), i, P_ADDRESS)
        i = text.find(", the ", i + 1)
