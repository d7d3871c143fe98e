"""Addresses that carry no street-type word: "of 30 The Ridings", "from 157 Long Acre", "Flat 3, Maple
House", "at Rose Cottage". The street word cannot tell us it is a place, so the words around do: a
house number after a place cue (at, from, of, to, lives, placed...), a flat or unit number, a letter
after the house number ("237b"), or a house-name word ("Cottage", "Farm") after a place cue."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_units import SPOT_BEFORE_RE
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# A house number (a letter or a range allowed: "12a", "12-14") with a word after it, matched at each
# number; then a place cue, or a flat/unit number, ending just before it (both cheap: few numbers are
# followed by a word, and the cue is looked for only there).
NUMBER_RE = re.compile(
    r"(?P<num>\d{1,4}(?P<letter>[a-z])?(?:\s*[-–]\s*\d{1,4}[a-z]?)?)(?![\w/:.%£$€'’-]|\s*%),?\s+(?=[^\W\d_])",
    re.IGNORECASE,
)
_HOME_VERBS = frozenset({"lives", "living", "live", "resides", "residing", "placed", "staying", "stays", "moved",
                         "moving"})
_FLAT_WORDS = frozenset({"flat", "fflat", "apartment", "apt", "unit", "plot", "block"})
# A flat number, or an Edinburgh floor and door ("2f2", "gf1").
_FLAT_NUMBER_RE = re.compile(r"(flat|fflat|apartment|apt|unit|plot|block)?(?:\d{1,4}[a-z]?|(?:\d{1,2}|[gpbm])f\d{1,2})")
# A numbered room or home in a building before the house number: "studio 13, 158 albion pl".
_ROOM_WORDS = frozenset({"room", "rm", "studio", "bedsit", "pitch", "caravan", "chalet", "bungalow", "suite",
                         "maisonette", "annexe", "berth", "mooring", "cabin"})
# A house name's last word: a cue before the name counts for the number after it ("to rose cottage, 4 ...").
_HOUSE_WORDS = frozenset({"cottage", "cottages", "farm", "farmhouse", "house", "lodge", "barn", "hall", "manor",
                          "rectory", "vicarage", "mill", "bungalow", "villa", "grange", "view", "heights"})
# A flat number straight before a building name: "Flat 3, Maple House", "Apartment 12 Quayside Lofts".
FLAT_THEN_NAME_RE = re.compile(
    r"(?<![\w'’])(?:flat|fflat|apartment|apt|unit|plot|block)\s*[a-z]?\d{1,4}[a-z]?\b,?\s+(?=[A-Z])", re.IGNORECASE
)
_WORD_RE = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")
# A named house: the house word, then a place cue and one to three capitalised words before it ("at
# Rose Cottage", "from The Old Rectory", "of Ivy House Farm").
HOUSE_WORD_RE = re.compile(  # no leading \b, so the engine can skip ahead on the capitals (speed)
    r"(?:Cottage|Cottages|Farm|Farmhouse|House|Lodge|Barn|Hall|Manor|Rectory|Vicarage|Mill|Grange|"
    r"Bungalow|Villa|Villas|Mansions|Flats|Heights|Buildings|Hostel|Foyer|Refuge)\b"
)
HOUSE_BEFORE_RE = re.compile(
    # "where you living" - "Lower Ridge Farm": a home verb counts too, with quotes or a dash between.
    r"(?<![\w'’])(?i:at|from|of|to|address:?|liv(?:e|es|ing))(?:\s+|\s*[\"“'‘–-][\s\"“'‘–-]*)"
    r"(?P<s>(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,3})$"
)
_CAPITAL_NEXT_RE = re.compile(r"[ \t]+[A-Z]")
# Buildings that are public places rather than somebody's home: "at Leeds Town Hall".
_PUBLIC = frozenset(
    {"town", "city", "county", "civic", "village", "church", "council", "police", "guild", "music", "concert",
     "sports", "opera", "custom", "court", "magistrates", "crown", "family", "youth", "bingo", "community",
     "leisure", "mission", "public", "jobcentre", "job", "care", "station", "parish", "methodist", "scout",
     "the", "our", "his", "her", "their", "my", "a", "an", "in", "on", "at", "and", "or", "when", "then",
     "i", "we", "he", "she", "they", "it", "this", "that", "students", "student", "union"}
)
# After a house number, words that say it was a count, a time or an amount rather than a street.
_NOT_STREET = frozenset(
    {"am", "pm", "and", "or", "to", "of", "in", "on", "at", "for", "with", "by", "from", "was", "is", "are",
     "were", "has", "had", "have", "he", "she", "they", "we", "i", "you", "it", "his", "her", "their", "my",
     "our", "your", "a", "an", "this", "that", "these", "those", "but", "so", "if", "when", "then", "not",
     "no", "yes", "as", "who", "which", "where", "last", "next", "o'clock", "oclock", "hours", "hour",
     "hrs", "hr", "mins", "min", "minutes", "minute", "seconds", "days", "day", "weeks", "week", "wks",
     "months", "month", "years", "year", "yrs", "yr", "times", "time", "people", "children", "kids",
     "miles", "mile", "mph", "km", "kg", "ml", "mg", "percent", "per", "pounds", "quid", "x",
     "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
     "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "st", "nd", "rd", "th", "floor", "storey",
     "bed", "bedroom", "bedrooms", "bedroomed", "other", "others", "more", "less", "out", "off", "up",
     "down", "over", "under", "into", "about", "around", "after", "before", "since", "until", "till",
     "tonight", "today", "tomorrow", "yesterday", "morning", "afternoon", "evening", "night", "noon",
     "midnight", "weekend", "previous", "separate", "different", "occasions", "visits", "calls", "texts",
     "messages", "incidents", "reports", "referrals", "sessions", "appointments", "appts",
     # "lives 2 doors down": distances, not streets.
     "doors", "door", "streets", "houses", "roads", "metres", "floors"}
)
# The word that ends a lower-case street after its number: "132 balmoral terrace", "158 albion pl", "4 mill cl".
# No "st" ("21 st" is an ordinal, above); not "bank", "vale", "yard", "brow", "fold" or "garth" in this rule (kept
# so); "park" and "acre" ("150 Long Acre") too.
_STREET_TYPES = (sw.CORE | (sw.SHORT - {"st"}) | (sw.RISKY - {"bank", "vale", "yard"})
                 | (sw.NORTHERN - {"brow", "fold", "garth"}) | sw.OLD_PATHS | {"park", "acre", "acres"})
_GLUE = frozenset("-–/.,£$€'’")
# One more lower-case word at most, then the clause ends: a street after "the", not "the kids were".
_LOWER_THE_END_RE = re.compile(r"(?:[ \t]+(?P<w>[a-z][a-z'’-]*))?[ \t]*(?:[,.;:)\n]|$)")




_BUILDINGS = ("mill|mills|house|lodge|farm|cottage|cottages|hall|works|mansions|buildings|flats|manor|barn|"
              "court|croft|yard|wharf|villas")
_LOWER_TYPES = sw.alternation(_STREET_TYPES - {"way", "view", "park", "green", "hill"})
# One or two name words, then a building or street word; after a building maybe ", " and a street.
LOWER_PLACE_RE = re.compile(
    rf"(?P<w>(?:[a-z][a-z'’-]*[ \t]+){{1,2}})(?:{_BUILDINGS}|{_LOWER_TYPES})\b"
    rf"(?:,[ \t]*(?:[a-z][a-z'’-]*[ \t]+){{1,2}}(?:{_LOWER_TYPES})\b)?"
)


def _lower_place_end(text: str, pos: int) -> int:
    """End of a lower-case house or street name at `pos` ("hartley mill, cobbler's row"), or `pos`."""
    m = LOWER_PLACE_RE.match(text, pos)
    if m is None or any(w in _NOT_STREET for w in m.group("w").split()):
        return pos
    return m.end()


def _street_words(text: str, pos: int, lower_ok: bool) -> int:
    """End of the one to three street words at `pos`, or `pos` if they are not a street's name.
    Capitalised words make a name; lower-case ones count only when `lower_ok` ("237b long acre")."""
    end = pos
    taken = 0
    the = False
    while taken < 3:
        m = _WORD_RE.match(text, pos)
        if m is None:
            break
        word = m.group()
        low = word.lower()
        if low == "the" and taken == 0 and not the:
            the = True
            pos = m.end()
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            continue
        if low in _NOT_STREET:
            break
        if word[0].isupper():
            if len(word) > 1 and word.isupper() and not the:
                break  # an acronym: "at 3 CAMHS"; "139 THE ROPEWALK" is a street in capitals
            lower_ok = False  # "69 Sandringham Drive appears": a capitalised name ends at a small word
        elif not lower_ok:
            if not the or taken:
                break
            # "to 174 the ropewalk": lower-case words after "the" name a street when the clause ends there.
            after = _LOWER_THE_END_RE.match(text, m.end())
            if after is None:
                break
            end = after.end("w") if after.group("w") else m.end()
            break
        end = m.end()
        taken += 1
        if lower_ok and low in _STREET_TYPES:
            break  # "132 balmoral terrace most": the street word ends the name
        pos = end
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    return end


def _place_cue(text: str, start: int) -> tuple[int, bool] | None:
    """What before a house number says it is an address: (where the address starts, whether lower-case
    street words count), or None. A place cue ("at", "from", "of"; "lives at" and "address" say it is a
    home) or a flat number ("flat 3 150 Long Acre"). Word look-ups on a short slice, no regex (speed)."""
    lo = max(0, start - 40)
    before = text[lo:start].lower()
    words = before.replace(",", " ").replace(":", " ").split()
    if not words:
        return None
    last = words[-1].lstrip("(\"'“‘[")
    if last[:1].isdigit() or last[:1] in "faupb":
        flat = _FLAT_NUMBER_RE.fullmatch(last)
        # An Edinburgh floor and door ("3F1, 79 Throstle Nest") names a tenement flat with no flat word.
        floor_door = flat is not None and "f" in last and not last[:1].isalpha() and before.rstrip().endswith(",")
        if flat is not None and (flat.group(1) or floor_door
                                 or (len(words) > 1 and words[-2] in _FLAT_WORDS | _ROOM_WORDS)):
            word = flat.group(1) or (words[-2] if len(words) > 1 and words[-2] in _FLAT_WORDS | _ROOM_WORDS else last)
            at = before.rfind(word)
            return (lo + at, True) if at >= 0 and len(before) == start - lo else None
    if last in _FLAT_WORDS and len(before) == start - lo:
        # "lives at unit 1, dyers lodge": a flat word is a cue when a place cue comes before it.
        at = before.rfind(last)
        outer = _place_cue(text, lo + at) if at > 0 else None
        # "unit" and "block" are also course and school words ("at unit 3 maths"): lower case only
        # after a home cue. A flat, apartment or plot is a home.
        if outer is not None:
            return lo + at, outer[1] or last not in ("unit", "block")
        # "Upstairs Flat, 1 The Ropewalk": a flat word and a comma before a number is a home.
        if last == "block" or not before.rstrip(" \t").endswith(","):
            return None
        spot = SPOT_BEFORE_RE.search(text, max(0, lo + at - 30), lo + at)
        return (lo + at if spot is None else spot.start()), False
    if last in _HOUSE_WORDS and before.rstrip(" \t").endswith(","):
        for i in range(len(words) - 2, max(-1, len(words) - 5), -1):
            if words[i] in ("at", "from", "of", "to", "address", "addr") or words[i] in _HOME_VERBS:
                return start, True
    if last in ("no", "no.", "number") and len(words) > 1:
        words.pop()
        last = words[-1].lstrip("(\"'“‘[")
    if last in ("address", "addr"):
        return start, True
    if last in ("at", "to", "in", "into") and len(words) > 1 and words[-2] in _HOME_VERBS:
        return start, True
    # "pt lives 158 albion pl": a home verb straight before the number, with no "at".
    if last in ("lives", "living", "resides", "residing", "staying", "stays"):
        return start, True
    if last in ("at", "from", "of", "to", "outside", "near", "visited"):
        return start, False
    return None


def find_unmarked_addresses(text: str, digits: scan.DigitScan, flats: bool) -> Iterator[Span]:
    """`flats`: whether the lower-cased text has a flat, apartment or unit word (the caller knows)."""
    last_end = -1
    n = len(text)
    for s, e in digits.runs:
        # String checks first: most numbers (phones, dates) are glued to a word or followed by another
        # number, and never reach the regexes (speed).
        if s < last_end or e - s > 4 or e + 1 >= n or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in _GLUE)):
            continue
        nxt = text[e]
        # No house is numbered from nought: "moved to 0630, custody is full" is a time.
        if text[s] == "0":
            continue
        if not (nxt.isalpha() or nxt in "-–" or (nxt in " ," and not text[e + 1].isdigit())):
            continue
        m = NUMBER_RE.match(text, s)
        cue = _place_cue(text, s) if m is not None else None
        if m is None or cue is None:
            continue
        # Lower-case words name a street only when something more than "at" says it is a home, or when
        # they end in a street or building word ("at 8 hartley mill, cobbler's row").
        end = _street_words(text, m.end(), cue[1] or m.group("letter") is not None)
        if end == m.end() and text[end : end + 1].islower():
            end = _lower_place_end(text, end)
        if end > m.end():
            last_end = end
            yield Span(EntityType.ADDRESS, cue[0], end, P_ADDRESS)
    if digits.runs and flats:
        for fm in FLAT_THEN_NAME_RE.finditer(text):
            end = _street_words(text, fm.end(), False)
            if end > fm.end():
                yield Span(EntityType.ADDRESS, fm.start(), end, P_ADDRESS)
    for hw in HOUSE_WORD_RE.finditer(text):
        if hw.start() > 0 and text[hw.start() - 1].isalnum():
            continue  # "Greenhouse", "Townhall": part of a longer word
        hb = HOUSE_BEFORE_RE.search(text, max(0, hw.start() - 70), hw.start())
        if hb is None or _CAPITAL_NEXT_RE.match(text, hw.end()):
            continue  # no cue, or a longer name: "Marsh Farm Infant School", "Ivy House Surgery"
        words = hb.group("s").lower().split()
        if words[0] == "the":
            words = words[1:]
        if not any(w in _PUBLIC for w in words):
            yield Span(EntityType.ADDRESS, hb.start("s"), hw.end(), P_ADDRESS)
