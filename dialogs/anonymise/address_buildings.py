"""Homes named for the building or site rather than a street: a house number in a named block, hostel or
sheltered scheme ("Maisonette 21, Harrier Point", "15 st anselm's hostel", "11 Glenfield Lodge"); a
numbered croft, holding or plot in a township ("Croft 7, Balallan"); a boat and its moorings
("Narrowboat Kittiwake, Calder View moorings", "NB Sally Ann, Kingfisher Reach moorings").

Each needs a number, a boat word or a mooring word with the name, so "Harrier Point" or "the lodge" alone
stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# The last word of a block, hostel, scheme or site that people live in, which the street rules do not
# know: Royal Mail keeps these as building names ("Harrier Point", "Glenfield Lodge", "Quayside Lofts").
_BLOCKS = (
    r"point|lodge|hostel|foyer|reach|manor|mansions|chambers|lofts|apartments|residences|studios|works|mills?|"
    r"basin|marina|moorings|landing|lock|locks|keep|crest|ridge|heath|knoll|plaza|pavilions?|hall|hamlet|"
    r"steading|barns|bungalows|farmhouse|wing|quarter|village|"
    # Where people are housed for safety or support: "flat 22 shelduck refuge", "room 6 Shelduck Refuge".
    r"refuge|shelter|retreat|"
    # A home where care comes with the flat or room: "ROOM 25 TAIGH NA MARA CARE HOME", "flat 26 cae gwair extra care".
    r"care[ \t]+home|residential[ \t]+home|nursing[ \t]+home|extra[ \t]+care"
)
_NAME = r"[^\W\d_][\w'’-]*"
# A house or flat number (a letter or a range allowed), one to three name words, then the block word.
NUMBERED_BLOCK_RE = re.compile(
    rf"(?<![\w/£$€.:])\d{{1,4}}[a-z]?(?:[ \t]*[-–][ \t]*\d{{1,4}}[a-z]?)?,?[ \t]+"
    rf"(?P<w>(?:{_NAME}[ \t]+){{1,3}})(?P<b>{_BLOCKS})\b",
    re.IGNORECASE,
)
_BLOCK_GATE_RE = re.compile(scan.by_first_letter(_BLOCKS))  # alternatives grouped by first letter (speed)
_BLOCK_STEMS = scan.literal_stems(_BLOCKS)
# Words that make the number a count or a time, or the building a public one: "3 sports hall", "2 pm lodge".
_NOT_NAME = frozenset(
    {"the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "is", "was",
     "his", "her", "their", "my", "our", "your", "this", "that", "am", "pm", "hours", "hrs", "mins", "minutes",
     "days", "weeks", "months", "years", "yrs", "times", "people", "kids", "children", "miles", "x", "per",
     "town", "city", "county", "civic", "church", "council", "police", "sports", "sport", "dining", "main",
     "school", "assembly", "exam", "exams", "concert", "music", "bingo", "community", "village",
     "leisure", "youth", "student", "students", "residence", "halls", "match", "meeting", "pick", "drop",
     "up", "off", "boiling", "breaking", "turning", "starting", "focal", "pressure", "trigger", "bullet",
     "power", "selling", "talking", "tipping", "care", "children's", "bail", "probation", "approved",
     "other", "more", "less", "new", "old", "big", "small", "same", "first", "last", "next", "steel", "gas",
     "water", "road", "train", "bus", "ice", "night"}
)
# A school year or a step in a list before the number: "Year 7 Hall", "stage 2 works".
_YEAR_BEFORE_RE = re.compile(r"(?i:year|yr|level|stage|phase|step|page|chapter|section)[ \t]*$")

_EVERYDAY = frozenset({"hall", "works", "wing", "quarter", "village", "point", "keep", "lock", "landing"})
# A flat number or a place cue before the number says the words after it are a home: "flat 9, heron point",
# "in 1 osprey point".
_HOME_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?i:flat|apartment|apt|maisonette|room|studio|bedsit|unit|suite|at|in|from|address:?|lives|living|"
    r"staying)[ \t]*$"
)


def numbered_blocks(text: str, low: str, digits: scan.DigitScan) -> Iterator[Span]:
    """`low`: the lower-cased text (the caller has it)."""
    if not digits.runs:
        return
    # The block word follows a blank: in a long ASCII note, the scan for where such words start is quicker
    # than searching for the words anywhere, which stops at most letters (speed).
    if not (scan.word_starts(text, _BLOCK_STEMS) if text.isascii() and len(text) > scan.SHORT
            else _BLOCK_GATE_RE.search(low)):
        return
    for s, e in digits.runs:
        if e - s > 4 or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "/£$€.:")):
            continue
        m = NUMBERED_BLOCK_RE.match(text, s)
        if m is None:
            continue
        words = m.group("w").split()
        lows = [w.lower() for w in words]
        if any(w in _NOT_NAME for w in lows[1:] if w != "st") or lows[0] in _NOT_NAME:
            continue
        if _YEAR_BEFORE_RE.search(text, max(0, s - 8), s):
            continue
        # A building's name is in one case throughout: "15 st anselm's hostel", "8 Kingfisher Reach", not
        # "12 Bus point" or "3 cheap Lodge".
        caps = {w[0].isupper() for w in words} | {m.group("b")[0].isupper()}
        if len(caps) > 1:
            continue
        if (not any(caps) and m.group("b").lower() in _EVERYDAY and not _HOME_BEFORE_RE.search(text, max(0, s - 14), s)
                and all(w in english_words() for w in lows if w != "st")):
            continue  # "2 big hall", "3 new works": everyday words, unless a flat number says it is a home
        yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)


# A numbered croft, holding or smallholding in a township, the way the Highlands and Islands write a home:
# "Croft 7, Balallan", "croft 12 north tolsta", "Holding 3, Upper Bayble".
CROFT_RE = re.compile(
    r"(?<![\w'’])(?P<u>croft|crofthouse|holding|smallholding|small[ \t]+holding)[ \t]*(?:no\.?[ \t]*)?\d{1,4}[a-z]?\b"
    rf",?[ \t]+(?P<p>{_NAME})(?:[ \t]+(?P<q>{_NAME}))?",
    re.IGNORECASE,
)
_CROFT_GATE = ("croft", "holding")


def numbered_crofts(text: str, low: str) -> Iterator[Span]:
    if not any(g in low for g in _CROFT_GATE):
        return
    for m in CROFT_RE.finditer(text):
        place, more = m.group("p"), m.group("q")
        capital = m.group("u")[0].isupper()
        # The township is written in the case of the croft word: "Croft 7, Balallan", "croft 7, balallan".
        if place.lower() in _NOT_NAME or place.lower() in _CLAUSE or place[0].isupper() != capital:
            continue
        end = m.end("p")
        # A second word of the township ("Upper Bayble", "north tolsta") only when it is no everyday word in
        # a lower-case note: "croft 7, balallan most nights" ends at the township.
        if more is not None and more[0].isupper() == capital and more.lower() not in _CLAUSE and (
                capital or more.lower() not in english_words()):
            end = m.end("q")
        yield Span(EntityType.ADDRESS, m.start(), end, P_ADDRESS)


# Words that start a new clause after a home: "Croft 7, He said", "croft 7 then".
_CLAUSE = frozenset(
    {"he", "she", "they", "we", "i", "you", "it", "then", "but", "so", "and", "or", "said", "says", "mum", "dad",
     "who", "which", "where", "when", "was", "is", "are", "has", "had", "not", "no", "yes", "today", "yesterday"}
)
# A boat people live on, by its kind and name, maybe with its moorings: "Narrowboat Kittiwake, Calder View
# moorings", "NB Sally Ann, Kingfisher Reach moorings", "widebeam 'Otter'". Or moorings named after a place
# cue: "at Kingfisher Reach moorings", "from Salter's Marina".
_CAPS = r"[A-Z][\w'’-]*"
_MOORINGS = r"(?i:moorings?|marina|basin|boatyard|boat[ \t]+yard|wharf)\b"
BOAT_RE = re.compile(
    r"(?<![\w'’])(?P<k>(?i:narrow[ \t]?boat|wide[ \t]?beam|house[ \t]?boat|dutch[ \t]+barge|live[ \t-]?aboard)"
    r"|NB|N\.B\.?)"
    # A boat's name may carry a number, as a fleet's do: "Narrowboat Kingfisher 2, Basin End Moorings".
    rf"[ \t]+[\"“'‘]?{_CAPS}(?:[ \t]+(?:{_CAPS}|of|the)){{0,3}}(?:[ \t]+\d{{1,3}}\b)?[\"”'’]?"
    rf"(?P<m>,?[ \t]+(?:(?:moored[ \t]+)?(?:at|on|in)[ \t]+)?(?:{_CAPS}[ \t]+){{1,3}}{_MOORINGS})?"
)
MOORINGS_RE = re.compile(
    rf"(?<![\w'’])(?i:at|on|from|to|address:?|moored)[ \t]+(?P<s>(?:The[ \t]+)?(?:{_CAPS}[ \t]+){{1,3}}{_MOORINGS})"
)
# "NB Mum is ..." is a note's "nota bene": an NB boat needs its moorings, or a place cue before it.
_CUE_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:on|aboard|address:?|moored|lives[ \t]+on|living[ \t]+on)[ \t]*$")
_BOAT_GATE = ("boat", "beam", "barge", "aboard", "nb", "n.b", "mooring", "marina", "basin", "wharf")


# Where a boat's kind or a mooring word starts a word, as each match of BOAT_RE or MOORINGS_RE needs ("n.b" and
# "live-aboard" as word_starts reads them, with blanks).
_BOAT_STARTS = ("narrowboat", "narrow boat", "widebeam", "wide beam", "houseboat", "house boat", "dutch", "liveaboard",
                "live aboard", "nb", "n b", "mooring", "marina", "basin", "boat", "wharf")


def boats_and_moorings(text: str, low: str) -> Iterator[Span]:
    # In a long ASCII note the shared word-start scan answers first: most notes have none of these (speed).
    if text.isascii() and len(text) > scan.SHORT and not scan.word_starts(text, _BOAT_STARTS):
        return
    if not any(g in low for g in _BOAT_GATE):
        return
    for m in BOAT_RE.finditer(text):
        nota_bene = m.group("k").upper().startswith("N")
        cued = _CUE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
        if nota_bene and m.group("m") is None and not cued:
            continue
        yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
    for m in MOORINGS_RE.finditer(text):
        yield Span(EntityType.ADDRESS, m.start("s"), m.end("s"), P_ADDRESS)


# A named house in a lower-case note, after a place cue: "she's at glebe house", "staying at tregarth farm".
# Everyday talk puts a possessive, a family word or an ordinary word there ("at nans house", "at dads house",
# "at safe house"), so the name must be none of these: a word no English dictionary has.
_LOWER_HOUSE_WORDS = ("house", "cottage", "farm", "lodge", "hall", "manor", "grange", "rectory", "vicarage", "mill",
                      "barn", "croft", "steading")
# The house word is found first with str.find (far cheaper than a regex over the note), then the cue and the
# name are read back from it.
_CUE_AND_NAME_BEFORE_RE = re.compile(r"(?<![\w'’])(?:at|to|from|in|outside|near)[ \t]+(?P<w>[a-z]{3,})[ \t]+$")
# The house word, unless it starts a longer name or is a business: "glebe house road", "ty coch farm shop".
_LOWER_HOUSE_RE = re.compile(
    r"(?:farmhouse|house|cottage|farm|lodge|hall|manor|grange|rectory|vicarage|mill|barn|croft|steading)\b"
    r"(?![ \t]+(?:road|street|lane|school|primary|surgery|hotel|pub|inn|estate|park|close|way|drive|avenue|shop)\b)"
)


def lower_named_houses(text: str) -> Iterator[Span]:
    # The house word follows a blank, so in a long ASCII note the shared scan of where words start finds every
    # place one can stand, in place of 13 str.find over the note (speed).
    find = scan.word_starts if text.isascii() and len(text) > scan.SHORT else scan.literal_starts
    for p in find(text, _LOWER_HOUSE_WORDS):
        if p < 6 or text[p - 1] not in " \t":
            continue
        house = _LOWER_HOUSE_RE.match(text, p)
        cue = _CUE_AND_NAME_BEFORE_RE.search(text, max(0, p - 40), p) if house is not None else None
        if house is None or cue is None:
            continue
        word = cue.group("w")
        # A final "s" reads as a possessive without its apostrophe: "at nans house", "at jaydens house".
        if word.endswith("s") or word in ROLE_CUES or word in english_words() or word in _NOT_NAME:
            continue
        yield Span(EntityType.ADDRESS, cue.start("w"), house.end(), P_ADDRESS)


def building_homes(text: str, low: str, digits: scan.DigitScan) -> Iterator[Span]:
    """Every home this module finds. `low`: the lower-cased text (the caller has it)."""
    yield from numbered_blocks(text, low, digits)
    yield from numbered_crofts(text, low)
    yield from boats_and_moorings(text, low)
    yield from lower_named_houses(text)
