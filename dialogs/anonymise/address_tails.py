"""What a note writes around a found address that still belongs to it.

- Where to go once there, after the street: "114 sea wall road round the back", "101 SANDWORT DRIVE GROUND
  FLOOR". A visitor is told the way in with the address, and the two are one place; hidden apart, the note
  reads "[address] round the back".
- The house number written after the street, as forms and quick notes do: "Sillock Row, no 218",
  "PERIWINKLE LN, NO 156". A street and "no" with a number after one comma can be nothing else, so the street
  is taken even when no other rule knew it.
- Which flat, before the address: "bottom flat 126 Shearers Row", "Lower Flat, Hammerpond House", "TOP FLAT
  4 HARBOUR ROW". The floor tells a visitor which door, and a neighbour which family.
- The caravan on a house's land, named by the house: "Caravan at Blackthorn Cottage". In capitals, as a
  record's address is written; "the caravan at ..." is where someone is, not the home's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_after import WIDENINGS as _AFTER
from dialogs.anonymise.address_asides import WIDENINGS as _ASIDES
from dialogs.anonymise.address_fronts import WIDENINGS as _FRONTS
from dialogs.anonymise.address_landmarks import WIDENINGS as _LANDMARKS
from dialogs.anonymise.address_stay_notes import WIDENINGS as _STAY_NOTES
from dialogs.anonymise.address_venues import WIDENINGS as _VENUES
from dialogs.anonymise.flat_marks import WIDENINGS as _MARKS
from dialogs.anonymise.floors_and_rooms import WIDENINGS as _ROOMS
from dialogs.anonymise.house_descriptions import WIDENINGS as _LOOKS
from dialogs.anonymise.house_name_streets import WIDENINGS as _NAMED_STREETS
from dialogs.anonymise.house_parts import WIDENINGS as _PARTS
from dialogs.anonymise.literal_trie import LiteralSet
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.which_house_brackets import WIDENINGS as _WHICH_HOUSE
from dialogs.anonymise.widenings import match_end_widening

_ADDRESS = EntityType.ADDRESS
# "ground floor flat" after a street starts the next flat's address, not this one's floor.
_WAY_IN_RE = re.compile(
    r",?[ \t]+(?i:(?:a?round|out)[ \t]+the[ \t]+(?:back|side)|(?:ground|first|second|third|top)[ \t]+floor"
    r"(?![ \t]+(?:flat|maisonette))|basement"
    # "141 Kilnyard Rd - back door": the door to use, after a dash.
    r"|[-–][ \t]+(?:back|side|front|rear)[ \t]+(?:door|entrance|gate))\b"
)
_WAY_WORDS = frozenset({"round", "around", "out", "ground", "first", "second", "third", "top"})
_WAY_IN_GATE = ("round the", "out the", "floor", "basement", "- back", "- side", "- front", "- rear")
# The house number after the street and one comma: ", no 218", ", NO. 6", ", number 12".
_NUMBER_AFTER_RE = re.compile(r"[ \t]*,?[ \t]*(?i:no\.?|number)[ \t]*\d{1,4}[a-z]?\b")
# A street before a tail: every short form ("av", "gro" too), the common country words, "end", "side" and "gate";
# no waterside words (kept so).
_STREET_WORDS = sw.alternation(
    sw.CORE | sw.SHORT | sw.SHORT_RARE | {"av", "gro"} | sw.RISKY | sw.NORTHERN | sw.ESTATE
    | {"dale", "field", "fields", "nook"} | {"end", "side", "gate"}
)
# Capitalised name words and a street word, straight before the comma.
_STREET_BEFORE_RE = re.compile(
    rf"(?<![\w'’])(?:[A-Z][\w'’-]*[ \t]+){{1,3}}(?i:{_STREET_WORDS})\.?$"
)
_ANY_STREET_BEFORE_RE = re.compile(
    # "valerian rd north no 84": a street's part of town after its street word.
    rf"(?<![\w'’])(?:[A-Za-z][\w'’-]*[ \t]+){{1,3}}(?i:{_STREET_WORDS})\.?(?i:[ \t]+(?:north|south|east|west))?$"
)
# Little words and words of going somewhere: in capitals the name starts after the last ("SHES FROM PERIWINKLE LN").
_NOT_NAME = frozenset({"the", "a", "in", "at", "on", "to", "from", "of", "by", "near", "off", "left", "visited",
                       "lives", "living", "staying", "address", "and", "as", "given", "into", "is", "was", "now",
                       "moved", "stays", "stayed", "live", "lived", "with", "for", "went", "gone", "back"})
_KIND_NOT_NAME = frozenset({"main", "back", "side", "ring", "slip", "dual", "bus", "same", "other", "next",
                            "private", "country"})
_CARAVAN_BEFORE_RE = re.compile(r"(?<![\w'’])(?:(?:Static|Mobile|STATIC|MOBILE)[ \t]+)?(?:Caravan|CARAVAN)[ \t]+"
                                r"(?:at|AT)[ \t]+$")

# The floor of a flat, straight before the address or before its "flat N": "bottom flat 126 ...", "Lower Flat, ...".
# "first flr flat 68 ...": a floor's short form, as quick notes write it.
_FLOOR = (r"(?:ground|first|second|1st|2nd|top)[ \t]+fl(?:oo)?r|bottom|top|lower|upper|basement|middle|upstairs|"
          r"downstairs|attic|garden|back|front|rear")
_FLOOR_FLAT_BEFORE_RE = re.compile(rf"(?<![\w'’])(?i:(?:{_FLOOR})[ \t]+flat)[ \t]*,?[ \t]*$")
_FLOOR_BEFORE_RE = re.compile(rf"(?<![\w'’])(?i:{_FLOOR})[ \t]+$")


def _floor_before(text: str, sp: Span) -> Span:
    before = max(0, sp.start - 24)
    if text[sp.start : sp.start + 4].lower() == "flat":
        m = _FLOOR_BEFORE_RE.search(text, before, sp.start)
    else:
        m = _FLOOR_FLAT_BEFORE_RE.search(text, before, sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


def _way_in(text: str, sp: Span) -> Span:
    m = _WAY_IN_RE.match(text, sp.end)
    if m is None:
        # "62 RHES Y CREGYN ROUND THE BACK": a street rule that reads any capitalised word as the name took "ROUND".
        last = text.rfind(" ", sp.start, sp.end)
        if last > sp.start and text[last + 1 : sp.end].lower() in _WAY_WORDS:
            m = _WAY_IN_RE.match(text, last)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


# How a visitor knows the house, after it: "(the one w the trampoline)", "by the cricket club".
_KNOWN_BY_RE = re.compile(
    r"[ \t]*\((?i:the[ \t]+one[ \t]+(?:w|w/|with|by|next[ \t]+to|opposite|near|on|at)\b)[^()\n]{1,40}\)"
    r"|[ \t]+(?i:by|next[ \t]+to|opposite|behind)[ \t]+(?i:the)[ \t]+(?:[A-Za-z]+[ \t]+)?"
    r"(?i:club|park|shop|shops|chippy|pub|church|chapel|mosque|garage|co-op|spar|surgery|pharmacy|chemist|bookies|"
    r"takeaway|launderette)\b"
)
_KNOWN_BY_GATE = ("the one", "by the", "next to the", "opposite the", "behind the")
# Which flat of a shop's building, before the address: "above the shop, 18 Cottonspool Street"; and the street after
# a flat found with its shop: "flat 3 above the chippy on regent street".
_SHOPS = (r"shop|shops|chippy|chip[ \t]+shop|chicken[ \t]+shop|vape[ \t]+shop|pub|bookies|takeaway|launderette|"
          r"newsagents?|offy|off[ \t]+licence|"
          r"barbers?|hairdressers?|cafe|café|bakery|butchers?|co-op|spar|post[ \t]+office|salon|nail[ \t]+bar|"
          r"kebab[ \t]+shop|pizza[ \t]+place|vape[ \t]+shop|garage")
_ABOVE_BEFORE_RE = re.compile(
    # "above the vape shop at 93 Buffer Stop Lane": the shop is at the address, the flat above it.
    rf"(?<![\w'’])(?i:(?:flat[ \t]+(?:\w{{1,3}}[ \t]+)?)?(?:above|over)[ \t]+(?:the|a)[ \t]+(?:{_SHOPS})"
    r"(?:[ \t]+(?:on|at))?)[ \t]*,?[ \t]*$"
)
_ON_STREET_AFTER_RE = re.compile(
    rf"[ \t]+(?:(?i:on|in)[ \t]+)?(?:[A-Za-z][\w'’-]*[ \t]+){{1,3}}(?i:{_STREET_WORDS})\b"
)
_SHOP_AFTER_RE = re.compile(rf"[ \t]+(?i:(?:above|over)[ \t]+(?:the|a)[ \t]+(?:{_SHOPS}))\b")
_FLAT_AT_END_RE = re.compile(r"(?i:flat)[ \t]*\w{1,3}$")
_SHOP_AT_END_RE = re.compile(rf"(?i:(?:above|over)[ \t]+(?:the|a)[ \t]+(?:{_SHOPS}))$")


# What kind of home the block is, after its name: "22 TEME HOUSE SUPPORTED LODGINGS", "Foxhollow Sheltered Housing".
SETTINGS = (r"supported[ \t]+(?:living|lodgings|housing|accommodation)|sheltered[ \t]+(?:housing|accommodation|scheme|"
            r"flats)|extra[ \t]+care|care[ \t]+home|nursing[ \t]+home|move[- ]on[ \t]+flats|hostel|foyer|refuge")
_SETTING_AFTER_RE = re.compile(rf"[ \t]+(?i:{SETTINGS})\b")
_SETTING_GATE = ("supported", "sheltered", "extra care", "care home", "nursing home", "move", "hostel", "foyer",
                 "refuge")


_setting_after = match_end_widening(_SETTING_AFTER_RE)


# Which floor or flat after the address: "flat 30 Ropewalk House floor 1", "183 PUDDLERS ROAD TOP FLAT".
_FLOOR_AFTER_RE = re.compile(
    # Not "ground floor flat", which starts the next flat's address ("12 Elm Road ground floor flat, 14 ...").
    r"[ \t]+(?i:floor[ \t]*\d{1,2}|(?:top|bottom|upstairs|downstairs|basement)[ \t]+flat(?![ \t]*,?[ \t]*\d))\b"
)
# A garage, lock-up or caravan that belongs to a home, before it: "garage 1 behind Slagbank Court", "caravan on
# drive, 134 Ropery Avenue".
_OUTBUILDING_BEFORE_RE = re.compile(
    r"(?<![\w'’])(?i:(?:garage|lock[- ]?up|shed|store)[ \t]*(?:\d{1,3}[ \t]+(?:behind|at|of|by|next[ \t]+to)[ \t]+)?|"
    r"(?:static[ \t]+)?caravan[ \t]+on[ \t]+(?:the[ \t]+)?drive(?:way)?,?[ \t]+)$"
)
_OUTBUILDING_GATE = ("garage", "lock", "shed", "store", "caravan on")


_floor_after = match_end_widening(_FLOOR_AFTER_RE)


def _outbuilding_before(text: str, sp: Span) -> Span:
    # "garage 1 behind Slagbank Court" is found from its number by the street rules: only the word is left before.
    m = _OUTBUILDING_BEFORE_RE.search(text, max(0, sp.start - 32), sp.start)
    if m is not None and m.end() - m.start() <= 8 and not text[sp.start : sp.start + 1].isdigit():
        m = None  # "garage Slagbank Court": a garage with no number names no home
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


_known_by = match_end_widening(_KNOWN_BY_RE)


# "the flat above 23 Glenavon Park": the flat over a numbered house, before it.
_FLAT_ABOVE_NUMBER_RE = re.compile(r"(?<![\w'’])(?i:(?:the[ \t]+)?(?:flat|room|bedsit)[ \t]+(?:above|over))[ \t]+$")


def _above_before(text: str, sp: Span) -> Span:
    if text[sp.start : sp.start + 1].isdigit():
        m = _FLAT_ABOVE_NUMBER_RE.search(text, max(0, sp.start - 20), sp.start)
        if m is not None:
            return Span(_ADDRESS, m.start(), sp.end, sp.priority)
    if _FLAT_AT_END_RE.search(text, max(sp.start, sp.end - 8), sp.end) is not None:
        shop = _SHOP_AFTER_RE.match(text, sp.end)
        if shop is not None:
            on = _ON_STREET_AFTER_RE.match(text, shop.end())
            return Span(_ADDRESS, sp.start, shop.end() if on is None else on.end(), sp.priority)
    if _SHOP_AT_END_RE.search(text, max(sp.start, sp.end - 30), sp.end) is not None:
        on = _ON_STREET_AFTER_RE.match(text, sp.end)
        return sp if on is None else Span(_ADDRESS, sp.start, on.end(), sp.priority)
    if _UNIT_FIRST_RE.match(text, sp.start):
        return sp  # "a flat above the chippy, ground floor flat, 61 ...": the address names its own flat
    m = _ABOVE_BEFORE_RE.search(text, max(0, sp.start - 40), sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


_UNIT_FIRST_RE = re.compile(r"(?i:flat|apartment|apt|room|rm|unit|ground|first|second|top|bottom|basement)\b")


def _number_after(text: str, sp: Span) -> Span:
    if any(ch.isdigit() for ch in text[sp.start : sp.end]):
        return sp  # "12 Elm Road, no 3 bus": a numbered street has its number
    m = _NUMBER_AFTER_RE.match(text, sp.end)
    return sp if m is None else Span(_ADDRESS, sp.start, m.end(), sp.priority)


def _streets_before_numbers(text: str, spans: Sequence[Span]) -> list[Span]:
    """Streets no rule found, told by "no N" after them: "Whelk St, no 6", "russet wy no 199", "PAVILION DRIVE NO 61".
    With no comma, or with "number" in full, the street may be in lower case, as a quick note types it."""
    ends = {sp.end for sp in spans if sp.type is _ADDRESS}
    out: list[Span] = []
    low = scan.lowered(text)
    # ", number 87" in full says a house number as plainly as a capital would: "out of tanner wy, number 12".
    for gap, street_re in ((", no", _STREET_BEFORE_RE), (" no", _ANY_STREET_BEFORE_RE),
                           (", number", _ANY_STREET_BEFORE_RE)):
        i = low.find(gap)
        while i != -1:
            number = _NUMBER_AFTER_RE.match(text, i)
            if number is not None and i not in ends:
                street = street_re.search(text, max(0, i - 50), i)
                if street is not None:
                    words = street.group().split()
                    # "at The Road, no 5" or "IN THE LANE, NO 5": the name starts after a little word.
                    cut = max((k + 1 for k, w in enumerate(words) if w.lower().rstrip(":") in _NOT_NAME), default=0)
                    # "the main road, number 3 bus": a road's kind, not its name, before the number in words.
                    if gap == ", number" and words[cut].lower() in _KIND_NOT_NAME:
                        cut = len(words)
                    if len(words) - cut > 1:
                        start = street.start() + sum(len(w) + 1 for w in words[:cut])
                        start = text.index(words[cut], start)
                        out.append(Span(_ADDRESS, start, number.end(), P_ADDRESS))
            i = low.find(gap, i + len(gap))
    return out


def _caravan_at(text: str, sp: Span) -> Span:
    if sp.start < 11 or text[sp.start - 3 : sp.start].strip().lower() != "at":
        return sp
    m = _CARAVAN_BEFORE_RE.search(text, max(0, sp.start - 24), sp.start)
    return sp if m is None else Span(_ADDRESS, m.start(), sp.end, sp.priority)


def address_tails(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` with each address widened by what belongs to it around it, and streets told by a number after."""
    low = scan.lowered(text)
    if not any(sp.type is _ADDRESS for sp in spans):
        # With no address to widen only the streets told by a number after them can come of it: the other eight
        # gates are not looked for (speed).
        gates = _WIDENINGS[0][0]  # _number_after's
        return [*spans, *_streets_before_numbers(text, spans)] if any(g in low for g in gates) else list(spans)
    present = _GATES.present(low)  # one scan for every widening's gates (speed)
    active = [widen for gates, widen in _WIDENINGS if not present.isdisjoint(gates)]
    if not active:
        return list(spans)  # the usual note (speed)
    out: list[Span] = []
    for sp in spans:
        if sp.type is _ADDRESS:
            for widen in active:
                sp = widen(text, sp)
        out.append(sp)
    if _number_after in active:
        out.extend(_streets_before_numbers(text, out))
    return out


# Each widening, in the order they apply, with the literals one of which the note must hold for it to be tried.
_WIDENINGS: tuple[tuple[tuple[str, ...], Callable[[str, Span], Span]], ...] = (
    ((", no", ", number", " no ", " no."), _number_after),
    (_WAY_IN_GATE, _way_in),
    (("caravan",), _caravan_at),
    (("flat",), _floor_before),
    (_KNOWN_BY_GATE, _known_by),
    (("above ", "over the"), _above_before),
    (_SETTING_GATE, _setting_after),
    (("floor", " flat"), _floor_after),
    (_OUTBUILDING_GATE, _outbuilding_before),
    *_AFTER,
    *_ASIDES,
    *_LANDMARKS,
    *_VENUES,
    *_LOOKS,
    *_ROOMS,
    *_MARKS,
    *_PARTS,
    *_NAMED_STREETS,
    *_STAY_NOTES,
    *_WHICH_HOUSE,
    *_FRONTS,
)
# Every widening's gates, looked for in one scan of the note.
_GATES = LiteralSet(g for gates, _ in _WIDENINGS for g in gates)
