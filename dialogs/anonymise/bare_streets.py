"""Numbered streets written with no street word, where what comes before says an address follows.

Some streets have no "Road" or "Street" in their name at all ("Hackle", "Drayman", "The Calls"), and quick notes
drop the street word anyway ("233 hackle"). A number and a word alone could be anything ("12 apples", "3 weeks"),
so each rule needs a cue that only addresses get:
- a flat before it: a Scottish stair and flat ("20/1 233 Hackle"), or "flat A 98 Drayman";
- a label for a home: "home 117-119 clothier", "Home address: 89 Hackle";
- a range of house numbers, which only houses have, after a comma or a label: "11/05/2010, 37-39 Rawsthorne".
A block named with its floor and flat after it is an address whatever its name: "tryfan house, floor 1, flat 6",
"NEVIS COURT, FLOOR 2, FLAT 17".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_tails import SETTINGS
from dialogs.anonymise.anchored_rules import rule_windows
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_NUMBER = r"\d{1,4}[a-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[a-z]?)?"
_WORD = r"[A-Za-z][a-z'’-]{2,}"
# The flat, then the house number, then one word: "20/1 233 Hackle", "flat A 98 Drayman", "Flat 3, 12 Calls".
_FLAT_FIRST_RE = re.compile(
    rf"(?<![\w/])(?P<a>(?:\d{{1,2}}/\d{{1,2}}|(?i:flat)[ \t]+(?:\d{{1,3}}[A-Za-z]?|[A-Za-z]))[ \t]*,?[ \t]+{_NUMBER}"
    rf"[ \t]+(?P<w>{_WORD}))(?![\w'’-])"
)
_ANY_WORD = r"[A-Za-z][A-Za-z'’-]{2,}"
_HOME_LABEL_RE = re.compile(
    rf"(?<![\w'’])(?i:home|home[ \t]+address|address|addr)[ \t]*:?[ \t]+(?P<a>{_NUMBER}[ \t]+(?P<w>{_ANY_WORD}))"
    r"(?![\w'’-])"
)
# "top flat 70 tippett": which flat of a numbered house.
_FLOOR_FLAT_RE = re.compile(
    rf"(?<![\w'’])(?P<a>(?i:top|bottom|ground[ \t]+floor|first[ \t]+floor|upstairs|downstairs|basement|middle)"
    rf"[ \t]+(?i:flat)[ \t]*,?[ \t]+\d{{1,4}}[a-z]?[ \t]+(?P<w>{_ANY_WORD}))(?![\w'’-])"
)
_RANGE_RE = re.compile(
    rf"(?:,|:|\b(?i:at|to|from|lives|address))[ \t]+(?P<a>\d{{1,4}}[ \t]*[-–][ \t]*\d{{1,4}}[ \t]+(?P<w>{_ANY_WORD}))"
    r"(?![\w'’-])"
)
# A room or flat in a named setting: "room 7 foxhollow sheltered housing", "room 21, Foxhollow Sheltered Housing".
_ROOM_IN_SETTING_RE = re.compile(
    rf"(?<![\w'’])(?P<a>(?i:room|rm|flat)[ \t]*\d{{1,3}}[a-z]?,?[ \t]+(?:[A-Za-z][\w'’-]*[ \t]+){{1,3}}"
    rf"(?i:{SETTINGS}))\b"
)
# A floor of a named block, floor first: "top floor tanpits point", "FLOOR 3 FLAT 13 WINDINGWHEEL TOWER".
_BLOCKS = r"house|heights|tower|towers|court|point|lodge|mansions|flats|block|buildings|place|gardens"
_FLOOR_OF_BLOCK_RE = re.compile(
    rf"(?<![\w'’])(?P<a>(?i:(?:top|bottom|ground|first|second|third|fourth|fifth)[ \t]+floor(?:[ \t]+of)?|"
    rf"floor[ \t]*\d{{1,2}},?[ \t]*flat[ \t]*\d{{1,3}}[a-z]?,?)[ \t]+(?:(?i:the)[ \t]+)?"
    # Not "top floor of her block": a block's own name, not whose it is.
    rf"(?!(?i:her|his|their|my|our|your|a|an|this|that|the|of)\b)(?:[A-Za-z][\w'’-]*[ \t]+){{1,3}}(?i:{_BLOCKS}))\b"
)
# A flat over a shop on a street with no number: "flat above the bookies on pitwheel cl".
# A short list for a lower-case street with no number: no "mews", few short forms, of the risky words only three.
_STREET_WORD = sw.alternation((sw.CORE - {"mews"}) | sw.SHORT_COMMON | {"ln", "cl", "dr", "cres", "tce", "wy", "rw"}
                              | {"hill", "rise", "view"})
_OVER_SHOP_ON_RE = re.compile(
    rf"(?<![\w'’])(?P<a>(?i:(?:flat[ \t]+(?:\w{{1,3}}[ \t]+)?)?(?:above|over)[ \t]+the[ \t]+[a-z]+(?:[ \t]+shop)?"
    rf"[ \t]+on[ \t]+(?:[a-z][\w'’-]*[ \t]+){{1,3}}(?:{_STREET_WORD})))\b"
)
# Someone's home named in brackets after it: "at whitney's (windyknowe)", "at pușa's (ty'n y chwarel)".
_HOME_IN_BRACKETS_RE = re.compile(r"\bat[ \t]+[^\W\d_]+['’]s[ \t]+\((?P<a>[^()\n\d]{3,30})\)")
# What a bracket after "at X's" says when it is no home's name: "(again)", "(her nan's)", "(3 nights)".
_NOT_A_HOME_RE = re.compile(r"(?i)\b(?:again|nan|mum|dad|gran|friend|mate|sister|brother|aunt|night|nights|day|days|"
                            r"weekend|tonight|today|yesterday|she|he|they|with|was|is|said|says|party)\b")
# The floor and the flat after a block's name: read back from here to the name's first word.
_FLOOR_AND_FLAT_RE = re.compile(r",?[ \t]*(?i:floor)[ \t]*\d{1,2},?[ \t]*(?i:flat)[ \t]*\d{1,3}[a-z]?\b")
_BLOCK_WORDS_RE = re.compile(r"(?:[A-Za-z][\w'’-]*[ \t]+){0,4}[A-Za-z][\w'’-]*$")
# Words before a block's name that are no part of it: "lives at", "behind", "outside".
_BEFORE_BLOCK = frozenset({"at", "in", "to", "from", "behind", "outside", "near", "by", "the", "lives",
                           "address", "and", "of", "off", "into", "round", "around", "opposite", "is", "was"})
# Words that a count or a time takes after a number: "20/1 12 weeks", "home 3 days".
_NOT_STREETS = frozenset({"weeks", "days", "months", "years", "hours", "mins", "minutes", "times", "people", "kids",
                          "children", "pupils", "staff", "pm", "am", "and", "or", "the", "to", "at", "on", "in", "of",
                          "for", "with", "by", "from", "yrs", "wks", "visits", "calls", "pounds", "quid", "nights",
                          "week", "day", "month", "year", "hour", "minute", "team", "service", "hrs"})


def bare_streets(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        low = text  # offsets must line up; only "flat" in lower case is then looked for
    found: dict[tuple[str, ...], list[int]] = {}
    # Each pattern runs only round its literal, found by str.find (speed).
    for pattern, anchors, before, after in _RULES:
        if not any(a in low for a in anchors):
            continue
        for m in scan.finditer(pattern, text, rule_windows(low, anchors, before, after, False, found)):
            if _kept(pattern, m):
                yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
    if "floor" in low:
        yield from _blocks_with_floor_and_flat(text, low)


def _kept(pattern: re.Pattern[str], m: re.Match[str]) -> bool:
    if pattern is _HOME_IN_BRACKETS_RE:
        return not _NOT_A_HOME_RE.search(m.group("a"))
    if "w" not in pattern.groupindex:
        return True
    # After a bare range only a capitalised word: "a 6-8 week wait", "the 0-19 team" are no homes.
    return m.group("w").lower() not in _NOT_STREETS and not (pattern is _RANGE_RE and m.group("w")[0].islower())


# (pattern, literals in the lower-cased note every match holds, reach before and after them)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int], ...] = (
    (_FLAT_FIRST_RE, ("/", "flat"), 4, 40),
    (_HOME_LABEL_RE, ("home", "addr"), 2, 40),
    (_FLOOR_FLAT_RE, ("flat",), 14, 40),
    (_RANGE_RE, ("-", "–"), 14, 40),
    (_FLOOR_OF_BLOCK_RE, ("floor",), 14, 70),
    (_OVER_SHOP_ON_RE, ("above", "over the"), 16, 80),
    (_HOME_IN_BRACKETS_RE, ("'s (", "’s ("), 40, 36),
    (_ROOM_IN_SETTING_RE, ("supported", "sheltered", "extra care", "care home", "nursing home", "move", "hostel",
                           "foyer", "refuge"), 70, 30),
)


def _blocks_with_floor_and_flat(text: str, low: str) -> Iterator[Span]:
    i = low.find("floor")
    while i != -1:
        start = text.rfind(",", max(0, i - 3), i)
        m = _FLOOR_AND_FLAT_RE.match(text, start if start != -1 else i)
        if m is not None and start != -1:
            name = _BLOCK_WORDS_RE.search(text, max(0, start - 60), start)
            if name is not None:
                words = name.group().split()
                # The name starts after the last little word: "the skatepark behind tryfan house".
                cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _BEFORE_BLOCK), default=0)
                words = words[cut:]
                if words:
                    first = text.rfind(words[0], name.start(), start)
                    yield Span(EntityType.ADDRESS, first, m.end(), P_ADDRESS)
        i = low.find("floor", i + 5)
