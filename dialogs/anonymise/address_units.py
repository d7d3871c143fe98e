"""The part of an address before the house and street: the room in a shared house ("Room 23, 143
Hawksley Avenue"), a caravan pitch ("Pitch 30, Albert Terrace"), a lettered flat ("Flat A, 93A
Clarence Road"), a floor ("Ground Floor Flat, 214 Sage Court"), a flat named for where it sits in the
house ("Upper Flat, 12 Mill Road", "rear flat, ...") or a house name ("The Stables, Riverside Walk").
Each is found only straight before an address another rule found, so "room 4" or "the coach house" alone
stay as they are. Also a street with its street word straight before a postcode, in any case ("pit lane,
le22nl"): a postcode says what comes before it is where someone lives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.lexicon import english_words

# A numbered home in a block or site ("Bungalow 15, Cobden House", "Chalet 4, ...") counts as a unit too.
# "Van 19, Pippin Ave Park": a caravan on a site, numbered.
_UNITS = (r"room|rm|pitch|croft|caravan|van|bedsit|studio|berth|mooring|annexe|annex|suite|maisonette|bungalow|chalet|"
          # A site's numbered bay: "Bay 1, Loanends Lane Site".
          r"cabin|cottage|lodge|villa|house|bay|"
          # A showmen's or travellers' numbered yard: "Yard 3, Showmens Yard", as a pitch is numbered on a site.
          r"yard|"
          # A hostel's or a park's numbered place: "Bedroom 3, Westgate Hostel", "Mobile Home 12, Oak Tree Park".
          # Whole words: "Park Homes, Pitch 9" is a site's name, not home "s".
          r"(?:bedroom|bed[ \t]?space|(?:mobile|park|static)[ \t]+(?:home|caravan)|static|"
          # A hostel's bed or pod and a quick note's short flat: "bed 25 orion house hostel", "flt 27 ...".
          r"bed|pod|flt|fl)(?![a-z])")
_FLATS = r"flat|fflat|apartment|apt|unit|plot|block|maisonette|bedsit"
_FLOORS = (
    # Any floor, in words or figures: "2nd Floor Flat, 240 ...", "4th floor, ...".
    r"(?:(?:ground|first|second|third|fourth|fifth|top|lower[ -]ground|upper|\d{1,2}(?:st|nd|rd|th))[ -]floor|"
    r"basement|bsmt|attic)(?:[ -](?:front|rear|back))?"
)
# Where in the house a flat sits: "Lower Flat, 12 ...", "rear flat 2, ...", "Upstairs Flat, ...".
_SPOTS = (r"top|upper|lower|middle|front|rear|back|garden|upstairs|downstairs|side|end|corner|left|right|loft|"
          r"penthouse|granny|roof|courtyard|mezzanine")
# Where a flat sits, said after the flat word: "Flat Above, 123 Clough Road", "flat over the shop, ...".
_SPOTS_AFTER = (
    r"(?:above|below|over|under|upstairs|downstairs|behind)(?:[ \t]+(?:the[ \t]+)?(?:shop|pub|garage|takeaway))?"
)
# The business below names the flat as well as a number would: "flat above the chippy 119 Smokery Lane". Only
# straight before the number: "a flat above the chippy, ground floor flat, 61 ..." is where the flat is, said twice.
_SHOPS = (r"shops?|pub|garage|takeaway|chippy|chippie|chip[ \t]+shop|bookies|bookmakers|bakery|bakers|butchers|"
          r"newsagents?|paper[ \t]+shop|cafe|café|launderette|laundrette|hairdressers|barbers|salon|post[ \t]+office|"
          r"offy|offie|off[ \t]+licence|kebab[ \t]+shop|bar|co-?op|spar|chemists?|pharmacy|florists|surgery")
_OVER_SHOP = rf"(?:above|below|over|under|behind)[ \t]+(?:the[ \t]+)?(?:{_SHOPS})"
# Edinburgh names a tenement flat by its floor and door: "3F3" (third floor, third door), "GF1" (ground),
# "PF2" (principal floor), "BF1" (basement).
_ID = r"(?:no\.?[ \t]*)?(?:(?:\d{1,2}|[gpbm])f\d{1,2}\b|\d{1,4}[a-z]?|[a-z]\d{0,3}\b)"
# A Scottish tenement flat named by its floor and side: "Top Left", "Ground Right", "2 Up Right", "3F Left".
_TENEMENT = (
    r"(?:ground|first|second|third|fourth|fifth|top|middle|basement|main[ \t]+door|\d{1,2}[ \t]*up|"
    r"\d{1,2}(?:st|nd|rd|th|f)?)(?:[ \t]+floor)?[ \t]+(?:flat[ \t]+)?(?:left|right|middle|mid|centre|center)"
)
# Ends where the found address starts: the unit, an optional comma, and maybe the house number's
# leftovers are already part of the address.
UNIT_BEFORE_RE = re.compile(
    rf"(?<![\w'’])(?:(?:(?:{_UNITS})[ \t]*{_ID}|(?:(?:{_FLOORS}|{_SPOTS})[ \t]+)?(?:{_FLATS})"
    rf"(?:[ \t]*{_ID}|[ \t]+{_SPOTS_AFTER})?|{_FLOORS}|{_TENEMENT})"
    rf"[ \t]*,?[ \t]*|(?:{_FLATS})[ \t]+{_OVER_SHOP}[ \t]+)$",
    re.IGNORECASE,
)
# The spot or floor before a flat word: "Upstairs " before "Flat, 1 The Ropewalk".
SPOT_BEFORE_RE = re.compile(rf"(?<![\w'’])(?:{_FLOORS}|{_SPOTS})[ \t]+$", re.IGNORECASE)
BARE_UNIT_BEFORE_RE = re.compile(rf"(?<![\w'’])(?:{_UNITS})[ \t]*$", re.IGNORECASE)
# "Flat 3F2, ..." found from the door's 2 (read as a house number): the flat word and floor before it.
FLOOR_HALF_BEFORE_RE = re.compile(rf"(?<![\w'’])(?:{_UNITS}|{_FLATS})[ \t]*(?:\d{{1,2}}|[gpbm])f$", re.IGNORECASE)
# Any short code with a digit and a letter or slash, then a comma, before a house number names the flat
# with no flat word ("1F2, 145 Weavers Cl", "3b, 12 Elm Road", "2/1, 40 Queen St"): a bare number stays
# ("in 1990, 12 people") as it could be anything.
FLAT_CODE_BEFORE_RE = re.compile(
    r"(?<![\w'’/.-])(?:(?:\d{1,2}|[gpbm])f\d{1,2}|\d{1,3}/\d{1,2}|\d{1,3}[a-z]|[a-z]\d{1,3})[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
# An address never starts inside a word: letters glued to its first digit ("1F2", "B2") are its flat.
BARE_FLOOR_HALF_RE = re.compile(r"(?<![\w'’])[^\W_]{1,3}$")
_HOUSES = (
    r"cottages?|farm|farmhouse|house|lodge|barn|hall|manor|rectory|vicarage|mill|bungalow|villas?|"
    r"forge|smithy|stables|granary|dairy|oast|chapel|school ?house|coach ?house|gatehouse|boathouse|"
    # A block of flats ("Attlee Tower, Pinfold Street") or a house named for its view ("Meadow View, ...").
    r"towers?|heights|mansions|buildings|view|"
    # A hostel or a block named for living in: "Room 2, The Foyer, 12 High Street", "Flat 4, Quay Lofts, ...".
    r"hostel|foyer|refuge|lofts|apartments|residences|chambers|"
    # Old working buildings made homes: "The Old Goods Shed, Aqueduct Terrace", "Signal Box, Station Road".
    r"shed|toll ?house|signal box|pump ?house|engine house"
)
_WORD = r"[^\W\d_][\w'’-]*"
# A house name part: up to two words and a house word, then a comma, ending at the found address.
HOUSE_PART_BEFORE_RE = re.compile(
    rf"(?<![\w'’])(?P<s>(?:(?:the)[ \t]+)?(?:{_WORD}[ \t]+){{0,2}}(?:{_HOUSES}))[ \t]*,[ \t]*$", re.IGNORECASE
)
# Words that make "her dad's house," or "a big house," ordinary talk rather than a house name.
_NOT_HOUSE = frozenset(
    {"a", "an", "and", "or", "but", "his", "her", "their", "my", "our", "your", "this", "that", "at", "to",
     "in", "on", "from", "of", "big", "old", "new", "same", "other", "family", "foster", "care", "safe",
     "halfway", "children's", "childrens", "mum's", "dad's", "nan's", "gran's", "friend's", "whole", "empty",
     "school", "town", "city", "village", "church", "community", "court", "bingo", "sports", "dining"}
)
# A street before a postcode: the long words of every group (no "gait", no waterside words), and of the short
# forms only the three commonest.
_STREETS = sw.alternation(sw.CORE | sw.SHORT_COMMON | sw.RISKY | sw.NORTHERN | (sw.OLD_PATHS - {"gait"}) | sw.ESTATE
                          | sw.RURAL)
_POSTCODE = r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]?\d[A-Za-z]{2}\b"
POSTCODE_RE = re.compile(rf"(?<![\w'’]){_POSTCODE}")
# One or two name words and a street word, then a postcode (a town may come between).
#: How far before a postcode its street can start: a word or two, a street word, a word and a comma.
_REACH = 100
STREET_BEFORE_POSTCODE_RE = re.compile(
    rf"(?<![\w'’])(?P<s>(?:{_WORD}[ \t]+){{1,2}}(?:{_STREETS}))\b(?=,?[ \t]+(?:{_WORD},?[ \t]+)?{_POSTCODE})",
    re.IGNORECASE,
)
_NOT_STREET = frozenset(
    {"the", "a", "an", "and", "or", "at", "to", "in", "on", "of", "from", "near", "off", "by", "lives", "living",
     "his", "her", "their", "my", "our", "your", "this", "that", "is", "was", "moved", "address", "same"}
)


# Every unit, flat or floor the pattern above knows holds one of these: without one, skip its backwards
# search, the slowest step of stretching an address (speed).
_UNIT_GATE_RE = re.compile(scan.by_first_letter(
    r"room|rm|pitch|croft|caravan|van|bedsit|studio|berth|mooring|annex|suite|maisonette|flat|apartment|apt|unit|plot|"
    r"block|floor|basement|attic|bungalow|chalet|cabin|cottage|lodge|villa|house|left|right|mid|centre|center|"
    r"bed|home|static|pod|fl|bsmt"
))


def _unit_word_in(text: str, lo: int, hi: int) -> bool:
    window = text[max(0, lo) : hi]
    # IGNORECASE folds a few non-ASCII letters ("ſ") that lower() keeps: those windows take the regex.
    return not window.isascii() or _UNIT_GATE_RE.search(window.lower()) is not None


def _comma_before(text: str, start: int) -> bool:
    """Whether a comma, maybe with blanks and one line break after it, ends the text before `start`:
    HOUSE_PART_BEFORE_RE cannot match without one (its `$` may also stand before a final newline)."""
    before = text[max(0, start - 50) : start]
    if before.endswith("\n"):
        before = before[:-1]
    return before.rstrip(" \t").endswith(",")


# "No. 141 Donegall Pass", "number 12 Elm Road": the word for the number belongs to the address.
_NUMBER_WORD_BEFORE_RE = re.compile(r"(?<![\w'’])(?:no\.?|number)[ \t]*$", re.IGNORECASE)
_SLASHED_FLAT_BEFORE_RE = re.compile(r"(?<![\w/.-])\d{1,2}/\d{1,2}[ \t]+$")
# A house name of one word with no house word, after a place cue and before a comma ("at DUNROAMIN,
# 123 WOODBINE TERR", "to Tegfan, 4 Heol y Felin"): a cue and a comma straight before a house number
# leave little else it could be.
_NAMED_HOUSE_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?i:at|to|from|of|on|address:?|visited)[ \t]+(?P<s>[A-Za-z][\w'’-]+)[ \t]*,[ \t]*$"
)


# Where the home lies from the street: "rear of 211 Brewery Lane", "Millstone Cottage, off Coronation
# Ave", "land to the rear of ...". Part of the address: the house name or flat before it is too.
# "round the back of 12 Elm Road" is a direction: after a bare "the" the side is not part of the address.
_SIDE_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?<!(?i:the)[ \t])(?:(?:(?:land|garage|yard|garden)s?[ \t]+)?(?:(?:at|to|on)[ \t]+the[ \t]+)?"
    r"(?:rear|back|side|r/o)[ \t]+of|off|above|behind)[ \t]*$",
    re.IGNORECASE,
)


_FLAT_WORD_RE = re.compile(r"(?i:flat|fflat|apartment|apt|room|rm|unit|bedsit|studio)\b")


def unit_start(text: str, start: int) -> int:
    """Where the address starting at `start` begins once a room, pitch, flat, floor or house name
    just before it is taken in (`start` itself when there is none)."""
    if text[start : start + 1].isdigit():
        no = _NUMBER_WORD_BEFORE_RE.search(text, max(0, start - 8), start)
        if no is not None:
            start = no.start()
        # "5/1 119 LAPWING DR", "29/1 64 starlight avenue": a tenement flat written before the house number.
        elif text[start - 1 : start] in (" ", "\t") and "/" in text[max(0, start - 7) : start]:
            flat = _SLASHED_FLAT_BEFORE_RE.search(text, max(0, start - 8), start)
            if flat is not None:
                start = flat.start()
    # A cheap look for "of", "off", "above" or "behind" first: most addresses have none before them (speed).
    near = text[max(0, start - 8) : start].lower()
    # "car behind flat 27 treadle house": behind a flat is where something is; a flat is not reached from behind.
    if "behind" in near and _FLAT_WORD_RE.match(text, start) is not None:
        near = near.replace("behind", "")
    if "of" in near or "above" in near or "behind" in near:
        side = _SIDE_BEFORE_RE.search(text, max(0, start - 40), start)
        if side is not None:
            start = side.start()
    start = _the_named_home(text, _unit_before(text, start))
    house = _house_start(text, start)
    if house == start and text[start : start + 1].isdigit() and _comma_before(text, start):
        named = _NAMED_HOUSE_BEFORE_RE.search(text, max(0, start - 40), start)
        # "on kilnhurst, 214 brickkiln rise": in lower case, a house name is a word no dictionary has.
        if named is not None and named.group("s").lower() not in _NOT_HOUSE and (
                named.group("s")[0].isupper() or named.group("s") not in english_words()):
            house = named.start("s")
    # "Flat A, Lowry House, Chapel Fold": the flat stands before the block's name.
    start = start if house == start else _unit_before(text, house)
    # "upstairs flat 64 lôn seren", "top flat 70 ...": where in the house the flat sits, before its flat word.
    if text[start : start + 4].lower() == "flat" and start > 3 and text[start - 1] in " \t":
        spot = SPOT_BEFORE_RE.search(text, max(0, start - 24), start)
        if spot is not None:
            start = spot.start()
    # "static caravan 13, netloft cottage" found from its caravan word: what kind of caravan it is belongs to it.
    if text[start : start + 7].lower() == "caravan" and start > 4:
        kind = _CARAVAN_KIND_BEFORE_RE.search(text, max(0, start - 12), start)
        if kind is not None:
            start = kind.start()
    return start


_CARAVAN_KIND_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:static|mobile|touring)[ \t]+$")
# A home on the plot of a house, named with no number: Royal Mail keeps "The Annexe", "The Bungalow" as the
# building's name, so "the" is part of it ("the annexe, 72a cregagh street"); "the flat above, ..." is grammar.
# A bothy, a farm's old workers' cottage, is let the same way: "The Bothy, Hopyard Farm".
_NAMED_HOME = r"(?:granny[ \t]+)?annexe?|bungalow|chalet|cabin|coach[ \t]*house|bothy"
_NAMED_HOME_RE = re.compile(rf"(?i:{_NAMED_HOME})\b(?![ \t]*\d)")
_THE_NAMED_HOME_BEFORE_RE = re.compile(rf"(?<![\w'’])(?:(?i:the)[ \t]+)?(?i:{_NAMED_HOME})[ \t]*,[ \t]*$")
_THE_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:the)[ \t]+$")


def _the_named_home(text: str, start: int) -> int:
    if start < 4:
        return start
    if _NAMED_HOME_RE.match(text, start):
        the = _THE_BEFORE_RE.search(text, start - 4, start)
        return start if the is None else the.start()
    home = _THE_NAMED_HOME_BEFORE_RE.search(text, max(0, start - 30), start) if _comma_before(text, start) else None
    return start if home is None else home.start()


_OWNED_BEFORE_RE = re.compile(r"(?:['’]s?|(?<![\w'’])(?i:her|his|their|my|our|your|the|a))[ \t]+$")


def _unit_before(text: str, start: int) -> int:
    m = None
    if _unit_word_in(text, start - 40, start):
        m = UNIT_BEFORE_RE.search(text, max(0, start - 40), start)
    if m is None and text[start : start + 1].isdigit():
        # "Pitch 3, Gorsey Bank" found from the 3: the unit word alone is left before it.
        m = BARE_UNIT_BEFORE_RE.search(text, max(0, start - 12), start)
        if m is not None and _OWNED_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            m = None  # "at her dad's house 29/2 147 Shingle Bank": whose house it is, not its name
        if m is None:
            m = FLOOR_HALF_BEFORE_RE.search(text, max(0, start - 16), start)
        if m is None and start > 0 and text[start - 1].isalnum():
            # "1F2, 145 Weavers Cl" found from the door's 2: the floor is glued to it with no flat word.
            m = BARE_FLOOR_HALF_RE.search(text, max(0, start - 3), start)
        if m is None and _comma_before(text, start):
            m = FLAT_CODE_BEFORE_RE.search(text, max(0, start - 12), start)
    return start if m is None else m.start()


def _house_start(text: str, start: int) -> int:
    h = HOUSE_PART_BEFORE_RE.search(text, max(0, start - 50), start) if _comma_before(text, start) else None
    if h is None:
        return start
    # "wisteria cottage, 174 the ropewalk": the first letter of the address says its case.
    first = re.search(r"[^\W\d_]", text[start : start + 12])
    lower_address = first is not None and first.group().islower()
    # Walk back from the house word over the name, stopping at a word that is ordinary talk.
    words = list(re.finditer(r"\S+", h.group("s")))
    begin = words[-1].start()
    for i in range(len(words) - 2, -1, -1):
        w = words[i]
        word = w.group()
        if word.lower() == "the":
            begin = w.start()
            break
        # "the old smithy, 107 bobbin mill way", "The Old Forge, ...": after "the", "old" names the house;
        # "a big old house," is talk.
        old_house = word.lower() == "old" and i > 0 and words[i - 1].group().lower() == "the"
        if (word.lower() in _NOT_HOUSE and not old_house) or (not lower_address and not word[0].isupper()):
            break
        begin = w.start()
    house = h.group("s")[begin:]
    # In a capitalised note a house name is capitalised; a lower-case note writes it in lower case.
    if not lower_address and not house[0].isupper():
        return start
    if len(house.split()) == 1 and not house[0].isupper():
        return start  # "house, pit lane" alone: a bare lower-case house word names nothing
    return h.start("s") + begin


def _postcodes(text: str) -> Iterator[re.Match[str]]:
    # A postcode begins one or two letters before its first digit: tried only there (speed).
    return scan.matches_from(POSTCODE_RE, text, scan.digit_scan(text).letter_led_starts(2))


def street_before_postcode(text: str) -> list[tuple[int, int]]:
    """(start, end) of each street named straight before a postcode."""
    out: list[tuple[int, int]] = []
    # Only just before each postcode: trying the street shape at every word of a long note, each time
    # looking ahead for a postcode, was the costliest rule (speed).
    for m in scan.before_anchors(STREET_BEFORE_POSTCODE_RE, _postcodes(text), text, _REACH):
        words = [(w.start(), w.group()) for w in re.finditer(r"\S+", m.group("s"))]
        while words and words[0][1].lower() in _NOT_STREET:
            words = words[1:]
        if len(words) >= 2:
            out.append((m.start("s") + words[0][0], m.end("s")))
    return out


# A site for travellers' caravans is where they live: "Pitch 4, Windy Ridge Travellers' Site", "pitch 24,
# pear tree park traveller site", "Hill Top Gypsy and Traveller Site". Named in capitals, or after a
# numbered pitch in any case; "the travellers' site" alone names nothing.
_SITE_TAIL = r"(?:gypsy[ \t]+and[ \t]+)?travell?ers?['’]?s?[ \t]+(?:site|camp|park)\b|gypsy[ \t]+(?:site|camp)\b"
TRAVELLER_SITE_RE = re.compile(
    rf"(?i:(?:pitch|plot|caravan|bay|plot)[ \t]*\d{{1,3}}[a-z]?,?[ \t]+)(?:[\w'’-]+[ \t]+){{1,4}}?(?i:{_SITE_TAIL})"
    rf"|(?:[A-Z][\w'’-]+[ \t]+){{1,3}}(?:Gypsy[ \t]+and[ \t]+)?Travell?ers?['’]?s?[ \t]+(?:Site|Camp|Park)\b"
)


def traveller_sites(text: str) -> list[tuple[int, int]]:
    low = scan.lowered(text)
    if "travel" not in low and "gypsy" not in low:
        return []
    return [(m.start(), m.end()) for m in TRAVELLER_SITE_RE.finditer(text)]


# A number, a slash, one or two digits and a blank: an Edinburgh flat ("42/1 Winter Gardens") or a date.
SLASHED_NUMBER_RE = re.compile(r"\d{1,4}/\d{1,2}[a-z]?[ \t]")


def before_slash(text: str, digits: scan.DigitScan) -> list[int]:
    """Where SLASHED_NUMBER_RE can begin: the last four digits or fewer of a run with "/" after it, the
    only place its greedy count of digits can reach the slash from (speed)."""
    n = len(text)
    return [max(s, e - 4) for s, e in digits.runs if e < n and text[e] == "/"]


def slashed_numbers(text: str, digits: scan.DigitScan) -> list[int]:
    """Where each SLASHED_NUMBER_RE match begins, tried only where one can (speed)."""
    return [g.start() for g in scan.matches_from(SLASHED_NUMBER_RE, text, before_slash(text, digits))]


_COUNTED = frozenset({"minutes", "mins", "hours", "hrs", "seconds", "secs", "days", "nights", "weeks", "months",
                      "years", "miles", "metres", "meters", "yards", "times"})
_OWNERS = frozenset({"her", "his", "their", "my", "our", "your", "its"})
# "a grey 21 plate puma st", "a 66 reg golf gti drive": two digits and a plate word give a car's age, and its model
# and trim may end in a street word's letters.
_PLATE_AGES = frozenset({"plate", "reg"})


# Words of a sentence that no street's name holds: a plate's digits before "was in the yard" or "IN THE LANE"
# read as a house number. "The" may start a name ("12 The Green"), not stand later in it.
_CLAUSE = frozenset({"in", "was", "is", "were", "are", "again", "tonight", "at", "to", "into", "onto"})
_WHERE = frozenset({"near"})


def counted(found: str) -> bool:
    """Whether a number and words that end in a street word are a count or a clause, not a street: "2 hours
    drive", "Van BDL 134J blocking her drive" (a possessive inside a street's name is no name), "PJZ 8155 IN
    THE LANE"."""
    words = found.split()
    if len(words) > 2 and len(words[0]) == 2 and words[0].isdigit() and words[1].lower() in _PLATE_AGES:
        return True
    middle = [w.lower() for w in words[1:-1]]
    # "lji 1895 near croft 17 ...": a plate's digits, then where the car was; "Near" may start a street's name
    # ("12 Near Lane"), and "garage 1 behind Slagbank Court" is a home.
    if any(w in _CLAUSE for w in middle) or "the" in middle[1:] or not _WHERE.isdisjoint(words[1:-1]):
        return True
    return len(words) > 1 and (words[1].lower() in _COUNTED or any(w in _OWNERS for w in middle))
