"""Addresses written as a run of comma-separated parts, the way forms and letters set them out: "The
Old Forge, Dyers Yard", "flat 17, cedar lodge, heol caerau", "112 Ropewalk, HD1 2PT".

One part found by the other rules says the parts after it are the same address when they have the
shape of a street or a house ("Dyers Yard" alone could be anywhere; after a house name it is the
street). A house number and a name straight before a postcode are an address on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_buildings import building_homes
from dialogs.anonymise.address_units import street_before_postcode, unit_start
from dialogs.anonymise.house_then_street import houses_then_streets
from dialogs.anonymise.lower_house_streets import lower_farms, lower_house_streets, lower_old_buildings, lower_steps
from dialogs.anonymise.named_farms import named_farms
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.welsh_places import welsh_places
from dialogs.anonymise.welsh_streets import welsh_named_houses, welsh_numbered_streets

# The widest street list, for one more part after a comma: the rarer country and estate words too ("Hazel Dene",
# "Kings Mount", "The Lawns"), but of the short forms only the three commonest, and no "towpath".
_STREET_WORDS = (sw.CORE | sw.SHORT_COMMON | sw.RISKY | sw.NORTHERN | sw.OLD_PATHS | {"quay", "wharf"} | sw.ESTATE
                 | sw.RURAL | {"acre", "acres", "common", "cross", "dell", "dene", "end", "estate", "gate", "glade",
                               "glen", "grange", "hollow", "holme", "lawns", "mead", "moor", "mount", "park",
                               "passage", "ride", "ropewalk", "side", "stairs", "steps", "wood"})
_HOUSES = (
    r"cottages?|farm|farmhouse|house|lodge|barn|hall|manor|rectory|vicarage|mill|bungalow|villas?|"
    r"mansions|flats|heights|buildings|towers?|forge|smithy|stables|granary|dairy|oast|court"
)
_WORD = r"[^\W\d_][\w'’-]*"
# One more part after a comma: up to two name words and a street or house word, or a Welsh street.
# The street and house words grouped under their first letter ("...way", "...gate" kept between the two lists):
# under IGNORECASE the engine enters every alternative in turn (speed).
_SHAPED_ENDS = r"|[^\W\d_]+way|[^\W\d_]+gate"
_PART_WORDS = (scan.by_first_letter(sw.alternation(_STREET_WORDS)) + _SHAPED_ENDS + "|"
               + scan.by_first_letter(_HOUSES))
NEXT_PART_RE = re.compile(
    rf",[ \t]*(?:(?:{_WORD}[ \t]+){{0,2}}(?:{_PART_WORDS})|(?:heol|ffordd|stryd|lon|lôn|maes|rhodfa)"
    rf"[ \t]+{_WORD}(?:[ \t]+{_WORD})?)\b",
    re.IGNORECASE,
)
# "The Old Forge", "The Old Chapel": a house after a place cue, whatever the building once was.
OLD_HOUSE_RE = re.compile(
    r"(?<![\w'’])(?i:at|from|of|to|as|address:?|attended|visited)\s+(?P<s>The\s+Old\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)
# A house number and one to three capitalised words, then a postcode (a town may come between).
NUMBER_BEFORE_POSTCODE_RE = re.compile(
    r"(?<![\w/£$€.:])\d{1,4}[a-z]?\s+(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*"
    r"(?=,?\s+(?:[A-Z][\w'’-]*,?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)"
)
# A house named by its kind and nothing else, then a postcode: "The Old Forge Cottage, LS9 2DP",
# "Hillside Farm, Ballymena BT42 1AB".
HOUSE_BEFORE_POSTCODE_RE = re.compile(
    r"(?<![\w'’])(?:The[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Cottage|House|Farm|Farmhouse|Lodge|Barn|Hall|Manor|Mill|"
    r"Bungalow|Villa|Forge|Croft|Steading|Grange|Rectory|Vicarage|Chalet|Smithy|Stables)"
    r"(?=,?\s+(?:[A-Z][\w'’-]*,?\s+)?[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b)"
)
# A cottage or farm named on its own: "Alleged: Ninian Tennant (22 Jan 1987), Pear Tree Cottage; car ...". A
# name and one of these is a home however it is written.
NAMED_COTTAGE_RE = re.compile(
    r"(?<![\w'’])(?:[A-Z][a-z'’-]+[ \t]+){1,3}(?:Cottages?|Farmhouse|Farm|Bungalow|Croft|Steading)\b"
    # Another capitalised word after it makes it part of a longer name: "Marsh Farm Infant School", "... Farm Shop".
    r"(?![ \t]+[A-Z]|[ \t]+(?:pie|shop|cafe|café)\b)"
)
# A numbered place on a site, then the site's name: "static 5, sea holly cottage", "berth 15, fen bank road
# marina", "pitch 16, stryd y porthladd caravan park".
UNIT_THEN_SITE_RE = re.compile(
    r"(?<![\w'’])(?i:static|pitch|plot|chalet|caravan|berth|mooring|room|flat|unit|lodge|bungalow|cabin|apartment|apt|"
    r"bedsit|studio|maisonette|suite)[ \t]*"
    r"\d{1,4}[a-z]?[ \t]*,[ \t]*(?!(?i:the|a|an|my|his|her|their|our|this|that)\b)"
    r"(?:[^\W\d_][\w'’-]*[ \t]+){0,4}(?i:cottage|house|farm|lodge|park|marina|hostel|refuge|shelter|foyer|"
    r"court|site|village|moorings|wharf|quay|extra[ \t]+care|supported[ \t]+living|care[ \t]+home|nursing[ \t]+home|"
    r"approved[ \t]+premises)\b"
)
# What a block, a site or a street is as a place to live, after its name: "Cuthbert Court Supported Living",
# "stryd y porthladd caravan park", "fen bank road marina".
SCHEME_AFTER_RE = re.compile(
    r"[ \t]+(?i:supported[ \t]+living|extra[ \t]+care|sheltered[ \t]+(?:housing|scheme)|care[ \t]+home|"
    r"nursing[ \t]+home|retirement[ \t]+village|(?:caravan|holiday|residential|mobile[ \t]+home)[ \t]+park|marina|"
    # The site a caravan stands on, named for its street: "CARAVAN 24 DRACO CL SITE".
    r"(?:caravan[ \t]+)?site(?![ \t]+(?:visit|visits|meeting|manager|office|team|staff))|"
    # Probation's hostels: "Engine House Approved Premises".
    r"approved[ \t]+premises)\b"
)
# A farm or croft "of" its place, as the north-east of Scotland names them: "Croft of Hillhead", "Mains of
# Auchindachy", "Milton of Noth": the shape names a farm wherever it stands.
FARM_OF_RE = re.compile(
    r"(?<![\w'’])(?P<s>(?:Croft|Mains|Milton|Kirkton|Cottown|Haugh|Newton|Bogside|Burnside)[ \t]+of[ \t]+"
    r"(?-i:[A-Z])[\w'’-]*)"
)
# Where NUMBER_BEFORE_POSTCODE_RE can end: it is tried only in the 100 characters before each.
_POSTCODE_SHAPE_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
# A home that is one of several on a plot, then the plot's house name: "Static Caravan, Tŷ Capel", "The
# Bungalow, Ballinderry House", "Mobile Home, Keeper's Cottage". The name must end the clause, so "The
# Bungalow, Tom said" stays.
HOME_THEN_NAME_RE = re.compile(
    r"(?<![\w'’])(?P<s>(?:(?i:static|mobile)[ \t]+(?i:caravan|home)|(?:The|the)[ \t]+(?:Bungalow|Annexe|Annex|Chalet)"
    r"|Park[ \t]+Home)[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+(?:y[ \t]+)?[A-Z][\w'’-]*){0,2})(?=[ \t]*(?:[,.;:)\"”\n]|$))"
)
_HOME_GATE = ("caravan", "home", "bungalow", "annex", "chalet")
_HOUSE_GATE = ("Cottage", "House", "Farm", "Lodge", "Barn", "Hall", "Manor", "Mill", "Bungalow", "Villa", "Forge",
               "Croft", "Steading", "Grange", "Rectory", "Vicarage", "Chalet", "Smithy", "Stables")
# "the Town Hall, LS1 1UR", "Leeds General Infirmary": a public building's address is nobody's home.
_PUBLIC_WORDS = frozenset({"town", "village", "church", "community", "civic", "city", "county", "guild", "market",
                           "sports", "leisure", "general", "infirmary", "police", "fire", "court", "council", "job",
                           "youth", "scout", "masonic", "memorial", "concert", "music", "exhibition", "assembly"})
_COTTAGE_GATE = ("Cottage", "Farm", "Bungalow", "Croft", "Steading")
# First words that make it a place anyone goes, or grammar: "City Farm", "Care Farm", "The Farm".
_COTTAGE_NOT = frozenset({"the", "a", "an", "city", "care", "fun", "petting", "open", "wind", "solar", "fish", "pig",
                          "dairy", "organic", "urban", "holiday", "his", "her", "their", "our", "my", "this", "that"})
_FARM_GATE = ("Croft", "Mains", "Milton", "Kirkton", "Cottown", "Haugh", "Newton", "Bogside", "Burnside")
_AFTER_THE = ("Bungalow", "Annex", "Chalet")
_COTTAGE_WORDS = tuple(w.lower() for w in _COTTAGE_GATE)
_FARM_WORDS = tuple(w.lower() for w in _FARM_GATE)


def _home_starts(text: str, low: str) -> list[int]:
    """Where HOME_THEN_NAME_RE can begin in an ASCII note, found by str.find from its rarer words rather
    than by trying it at every character: the scan cost 2% of a case file that says "at home" (speed)."""
    starts = scan.literal_starts(low, ("static", "mobile"))
    for word, first in [(w, ("The", "the")) for w in _AFTER_THE] + [("Home", ("Park",))]:
        i = text.find(word)
        while i != -1:
            j = i
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if j < i and text.endswith(first, 0, j):
                starts.append(j - len(first[0]))
            i = text.find(word, i + 1)
    return sorted(set(starts))


def _unit_site_starts(text: str) -> list[int]:
    """Where UNIT_THEN_SITE_RE can begin: read back from each comma over a number of at most four digits (a
    lower-case letter may follow it) to the word before it, the only place its unit word can stand. Trying
    the pattern at every character of a long note cost 3% of a case file (speed)."""
    starts: list[int] = []
    i = text.find(",")
    while i != -1:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j > 1 and "a" <= text[j - 1] <= "z" and text[j - 2].isdecimal():
            j -= 1
        d = j
        while d > 0 and text[d - 1].isdecimal():
            d -= 1
        if 0 < j - d <= 4:
            while d > 0 and text[d - 1] in " \t":
                d -= 1
            k = d
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
                k -= 1
            if k < d:
                starts.append(k)
        i = text.find(",", i + 1)
    return starts


# Public buildings that keep the name: "at The Old Bailey", "The Old Vic".
_PUBLIC_OLD = frozenset({"bailey", "vic", "trafford", "library", "school", "station", "bank", "firestation"})


def find_house_and_postcode_shapes(text: str, low: str) -> Iterator[Span]:
    """`low`: the lower-cased text (the caller has it)."""
    if "the old" in low:
        for m in OLD_HOUSE_RE.finditer(text):
            if m.group("s").split()[2].lower() not in _PUBLIC_OLD:
                yield Span(EntityType.ADDRESS, m.start("s"), m.end("s"), P_ADDRESS)
    if "," in text and any(w in low for w in _HOME_GATE):
        homes = scan.matches_from(HOME_THEN_NAME_RE, text, _home_starts(text, low)) if text.isascii() \
            else HOME_THEN_NAME_RE.finditer(text)
        for m in homes:
            yield Span(EntityType.ADDRESS, m.start("s"), m.end("s"), P_ADDRESS)
    # A postcode shape begins one or two letters before its first digit: tried only there (speed).
    digits = scan.digit_scan(text)
    yield from building_homes(text, low, digits)
    yield from welsh_numbered_streets(text, digits)
    yield from welsh_named_houses(text)
    yield from welsh_places(text)
    yield from lower_house_streets(text, low)
    yield from lower_steps(text, low)
    yield from lower_old_buildings(text, low)
    yield from lower_farms(text, low)
    yield from named_farms(text, low)
    postcodes = list(scan.matches_from(_POSTCODE_SHAPE_RE, text, digits.letter_led_starts(2)))
    # The house number is a whole number, so the shape can only begin where a run of digits does (speed).
    for m in scan.before_anchors(NUMBER_BEFORE_POSTCODE_RE, iter(postcodes), text, 100,
                                 starts=[s for s, _ in digits.runs]):
        yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
    # A match lies within the 80 characters before a postcode: only those need a house word (speed).
    near = [text[max(0, p.start() - 80) : p.end()] for p in postcodes]
    if any(w in piece for piece in near for w in _HOUSE_GATE):
        for m in scan.before_anchors(HOUSE_BEFORE_POSTCODE_RE, iter(postcodes), text, 80):
            if _PUBLIC_WORDS.isdisjoint(m.group().lower().split()):
                yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
    # In a long ASCII note the shared word-start scan says first whether a cottage or farm word starts a word at
    # all, as each must; most notes have none, and skip the str.find of each (speed).
    long_ascii = text.isascii() and len(text) > scan.SHORT
    if (not long_ascii or scan.word_starts(text, _COTTAGE_WORDS)) and any(w in text for w in _COTTAGE_GATE):
        for m in NAMED_COTTAGE_RE.finditer(text):
            if _PUBLIC_WORDS.isdisjoint(m.group().lower().split()) and m.group().split()[0].lower() not in _COTTAGE_NOT:
                yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
    if "," in text:
        for m in scan.matches_from(UNIT_THEN_SITE_RE, text, _unit_site_starts(text)):
            yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
        yield from houses_then_streets(text)
    farms = not long_ascii or scan.word_starts(text, _FARM_WORDS)
    if farms and " of " in text and any(w in text for w in _FARM_GATE):
        for m in FARM_OF_RE.finditer(text):
            yield Span(EntityType.ADDRESS, m.start("s"), m.end("s"), P_ADDRESS)
    for start, end in street_before_postcode(text):
        yield Span(EntityType.ADDRESS, start, end, P_ADDRESS)


# Words that start a clause or name a public place, not a street: ", then the park", ", Family Court".
_STOP = frozenset(
    {"the", "a", "an", "and", "or", "but", "then", "near", "to", "at", "in", "on", "by", "of", "for", "with",
     "my", "his", "her", "their", "our", "your", "this", "that", "its", "so", "is", "was", "went", "family",
     "crown", "magistrates", "county", "youth", "high", "car", "local", "nearby", "same", "which", "where"}
)


def _part_ok(part: str, lower_note: bool) -> bool:
    words = part.lstrip(", \t").split()
    if any(w.lower() in _STOP for w in words):
        return False
    # A lower-case part only continues a lower-case address ("flat 17, cedar lodge").
    return lower_note or words[0][0].isupper()


def continued(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """Each address span, stretched over the parts that follow it after a comma (at most three)."""
    for sp in spans:
        start, end = sp.start, sp.end
        # "unit 1, dyers yard", "Room 23, 143 Hawksley Avenue", "The Stables, Riverside Walk": the
        # room, flat or house name before the part found is part of it.
        start = unit_start(text, start)
        lower_note = text[sp.start : sp.end].islower()
        for _ in range(3):
            # The part begins with a comma: without one the match is not tried (speed).
            m = NEXT_PART_RE.match(text, end) if text.startswith(",", end) else None
            if m is None or not _part_ok(m.group(), lower_note):
                break
            end = m.end()
        scheme = SCHEME_AFTER_RE.match(text, end) if text.startswith(" ", end) else None
        if scheme is not None:
            end = scheme.end()
        same = start == sp.start and end == sp.end
        yield sp if same else Span(sp.type, start, end, sp.priority, sp.child)
