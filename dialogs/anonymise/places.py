"""Street addresses, flat numbers and the names of schools, nurseries and GP practices."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import address_units, scan, school_leads, school_names, school_phrases, school_suffixes
from dialogs.anonymise.address_chain import continued, find_house_and_postcode_shapes
from dialogs.anonymise.address_shapes import find_unmarked_addresses
from dialogs.anonymise.faith_schools import faith_highs, lower_faith_highs
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.lexicon import places as town_names
from dialogs.anonymise.nursery_names import children_at_settings, nursery_names
from dialogs.anonymise.place_tokens import names_before as _names_before
from dialogs.anonymise.place_tokens import token_before as _token_before
from dialogs.anonymise.priority import P_ADDRESS, P_SCHOOL
from dialogs.anonymise.school_initials import school_initials
from dialogs.anonymise.school_short_forms import pet_saint_schools, short_form_schools
from dialogs.anonymise.school_tails import school_tails
from dialogs.anonymise.types import EntityType, Span
from dialogs.anonymise.welsh_streets import LINKED_RE as _LINKED_RE
from dialogs.anonymise.welsh_streets import STREET_FIRST_GATE as _WELSH_GATE
from dialogs.anonymise.welsh_streets import STREET_FIRST_RE as WELSH_RE

# Street types that almost always end an address, so a capitalised word before them is enough.
_STRONG = (
    r"Road|Rd|Street|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Cres|Grove|Gardens|Gdns|"
    r"Terrace|Mews|Place|Square|Walk|Row|Parade|Boulevard|Estate|Towers|Wharf|Quay|Crossing|Approach|"
    r"Promenade|Embankment|Circus|Causeway|Broadway"
)
# Street types that are also everyday place words ("Hyde Park"): only after a house number.
_WEAK = (
    # "St" and "Dr" end a street only when no name follows: "12 Church St", not "12 St Mary's".
    r"[^\W\d_]+way|[^\W\d_]+gate|St\b(?!\.?\s+(?-i:[A-Z]))|Dr\b(?!\.?\s+(?-i:[A-Z]))|Hill|Rise|View|Park|Green|House|Tower|Bank|Gate|Chase|Croft|Fold|"
    r"Yard|Vale|Heights|Wynd|Brow|Meadows|Fields|Meadow|End|Side|Nook|Dale|Field|Leys|Garth|Lea|Orchard|"
    r"Paddock|Ride|Spinney|Copse|Wood|Path|Passage|Hollow|Circle|Cottages|Buildings|Flats|"
    # Scottish, northern and older English street words: "Kirk Brae", "Long Acre", "Netherby Chare".
    r"Acre|Acres|Brae|Loan|Loaning|Vennel|Gait|Chare|Twitten|Ridings|Mead|Dene|Holme|Glade|Glen|Pastures|"
    r"Mount|Cross|Grange|Common|Moor|Dell|Lawns|Knowe|Haugh|Neuk|Market"
)
_CAP = r"[^\W\d_][\w'’-]*"
_FLAT = r"(?:(?:flat|apartment|apt|unit|plot|block)\s*\d+[a-z]?\b,?\s*|\d{1,2}/\d{1,2},?\s+)"
# "14a", "12-14", and Edinburgh's house number and flat "42/1" ("42/1 Winter Gardens", the first flat of 42).
# A comma may be typed with no blank after it: "assessed at 124,Knapweed Drive".
_NUM = r"(?:\d{1,4}[a-z]?(?:/\d{1,2}[a-z]?(?=[ \t])|\s*[-–]\s*\d{1,4})?(?:,\s*|\s+))"

# Streets of steps, in old towns and on hillsides ("196 Tolbooth Steps", "4 Kirk Stairs"): capitalised and
# after a name word only, as "took 3 steps" is no address.
_CASED = "|Steps|Stairs"
# Royal Mail's short street types ("103 Tenterfield Cft", "4 Mill Ct"): in capitals only and after a name
# word, since in lower case most are also units ("50 cl", "20 sq m", "2 wk"). Tried first, so that "Low Moor
# Cft" is not cut short at "Moor".
_ABBREVIATED = ("Cft|Crt|Ct|Cl|Ter|Terr|Tce|Pl|Sq|Gr|Grn|Gdn|Pk|Pde|Wk|Wlk|Mws|Hts|Vw|Cotts|Bldgs|Est|Cswy|Av|"
                "Ln|Hl|Yd|Mdw|Mdws|Orch|Gro|Clo|Wy|Blvd|Cnr|Fld|Flds|Ri|Sdg|Strd")
# In lower case only those no unit or count shares ("43 avocet cl", "31 heron wlk"; "50 cl" has no name word anyway).
# "64 turntable dr." is a drive; "dr patel" is a doctor.
# "211 Treadle Rw": Row, in title case, as "RW" begins many NI numbers ("NI RW 63 79 91 B"); "rw" no digit follows.
_ABBR = (_ABBREVIATED + "|" + _ABBREVIATED.upper() + r"|Rw|rw(?![ \t]*\d)|pk(?![ \t]*\d)"
         + r"|cl|clo|ct|crt|cft|tce|terr|ln|wy|yd|pde|mws|hts|cotts|gdn|grn|blvd|wlk|dr(?![ \t]+\w)")
# Street words grouped under their first letter, in their own order ("...way", "...gate" kept where they were):
# under IGNORECASE the engine enters every alternative in turn, at every number of a note (speed).
_WEAK_ENDS = r"[^\W\d_]+way|[^\W\d_]+gate|"
_STREET_WORDS = (scan.by_first_letter(_STRONG) + "|" + _WEAK_ENDS
                 + scan.by_first_letter(_WEAK.removeprefix(_WEAK_ENDS)))
NUMBERED_RE = re.compile(
    rf"(?=\d)(?<![\w/£$€])(?<!\d[:.]){_NUM}(?:(?:{_CAP}\s+){{1,3}}(?-i:{scan.by_first_letter(_ABBR + _CASED)})"
    rf"|(?:{_CAP}\s+){{0,3}}(?:{_STREET_WORDS}))\b"
    # A part of the street after its street word: "Wynd Head", "Cowgate Steps", "Kirk Brae Foot".
    r"(?:[ \t]+(?:head|steps|foot|stairs)\b)?",
    re.IGNORECASE,
)
# "3 Brook St. He drives": after capitalised name words "St" ends the street even when a capital
# follows; a saint comes straight after the number ("12 St Mary's Road").
NUMBERED_ST_RE = re.compile(r"(?<![\w/£$€])\d{1,4}[A-Za-z]?(?:/\d{1,2}[a-z]?)?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}St\b")
# A match needs "St" as a whole word after a space; "Street" is not one, so many notes skip the scan (speed).
_ST_RE = re.compile(r"St\b")
# Lower-case street names without a number, after a word that introduces a place: "lives on elm road".
CUED_STREET_RE = re.compile(
    r"\b(?:on|at|in|to|off|near|from)\s+(?P<s>(?:(?!the\b|a\b|my\b|his\b|her\b|their\b|our\b|this\b|that\b)"
    r"[^\W\d_][\w'’-]*\s+){1,2}(?:road|street|avenue|lane|close|drive|crescent|grove|gardens|terrace|mews))\b"
)
_STREET_GATE = ("road", "street", "avenue", "lane", "close", "drive", "crescent", "grove", "gardens", "terrace",
                "mews")
# Street names without a number: find the street word first, then look back over the name.
# The "\b" before each street word is checked just after its first letter ("(?<=\b.)"), so the pattern
# begins with plain capitals, which the engine skips ahead to; alternatives grouped by first letter (speed).
STREET_WORD_RE = re.compile(
    "(?:" + re.sub(r"(^|\|)([A-Z])", r"\1\2(?<=\\b.)", scan.by_first_letter(_STRONG)) + r")\b")
# A flat or house number written before a street: "Flat 3, 12 Elm Road", "2/1, 45 Allison Street".
_BEFORE_STREET_RE = re.compile(rf"(?:{_FLAT})?(?:(?<!\w)(?:no\.?|number)\s*)?(?:{_NUM})?$", re.IGNORECASE)
FLAT_RE = re.compile(r"\b(?:flat|apartment|apt|plot)\s*\d+[a-z]?\b", re.IGNORECASE)

_NOT_STREET_START = frozenset(
    {"the", "a", "an", "no", "this", "that", "one", "any", "every", "each", "on", "in", "at", "my", "his",
     "her", "their", "our", "your", "same", "main", "by", "to", "from", "of", "and", "or", "is"}
)

# "Family Court" is a place in the legal sense only.
_COURTS = frozenset({"family", "crown", "magistrates", "magistrates'", "youth", "county", "high", "supreme",
                     "coroner's", "coroners", "appeal", "civil", "district", "juvenile"})

_SCHOOL_WORDS = (
    r"school|academy|primary|secondary|college|nursery|pre-?school|infants|juniors|playgroup|kindergarten|tots|"
    r"children's centre|childrens centre|pupil referral unit|pru|sixth form|surgery|medical centre|"
    r"health centre|medical practice|montessori|childcare|day nursery|creche|crèche|childminders?|"
    # University technical colleges go by their initials: "Riverside UTC".
    r"day ?care|alternative provision|utc|university technical college|studio school|"
    # Settings named for teaching rather than for a school type: "Moorside Learning Centre".
    r"learning centre|learning hub|education centre|training centre|skills centre|tuition centre|study centre|"
    # Early years settings named for the stage they teach, and wraparound clubs run for a school's pupils:
    # "Bright Stars Early Learning", "Little Oaks Early Years", "Kids Zone After School Club".
    r"early learning|early years|after school club|out of school club|breakfast club|holiday club|"
    # A wraparound club named for the children it minds: "Lock and Key Kids Club".
    r"kids club|kids' club|kidz club|"
    r"wraparound care|resource base|"
    # A special unit or base inside a mainstream school: "Woolcombers Row SEN Unit", "Mill Lane ASC Base".
    r"sen unit|send unit|asc base|asd base|asc unit|asd unit|"
    # A local authority's early years setting for families: "Galloway Gardens Family Centre".
    r"family centre|"
    # Settings for pupils out of mainstream school: "Cartwright Pupil Referral Service", "Moor Inclusion Centre".
    r"pupil referral service|inclusion centre|inclusion hub|tuition service|hospital education service|"
    # "Little Acorns Childminding", "Tansy Way Independent Prep": a childminder's setting, a prep school.
    r"childminding|prep|sure start|"
    # Schools run together under one head: "he's year 9 at Cider Press Federation".
    r"federation"
)
_SCHOOL_GATE = ("school", "academy", "primary", "secondary", "college", "nursery", "infants", "juniors", "playgroup",
                "tots", "kindergarten", "centre", "unit", "pru", "sixth form", "surgery", "practice", "montessori",
                "childcare", "creche", "crèche", "childminder", "day care", "daycare", "provision", "utc",
                "university technical", "early learning", "early years", "club", "wraparound", "resource base",
                "service", "inclusion", "childminding", "prep", "sure start", "federation", "asc base",
                "asd base")
SCHOOL_KEY_RE = re.compile(rf"(?=[sapcnijkhmdueltbowrfSAPCNIJKHMDUELTBOWRF])\b(?:{_SCHOOL_WORDS})\b", re.IGNORECASE)
_SCHOOL_STEMS = scan.literal_stems(_SCHOOL_WORDS)
_DIGIT_RE = re.compile(r"\d")


_GENERIC = frozenset(
    {"primary", "secondary", "high", "junior", "juniors", "infant", "infants", "nursery", "school", "academy",
     "college", "fe", "he", "the", "a", "an", "of", "catholic", "church", "community", "special", "free", "grammar",
     "sixth", "form", "local", "new", "old", "our", "his", "her", "their", "my", "your", "this", "that",
     "same", "previous", "current", "boarding", "day", "state", "private", "independent", "mainstream",
     "at", "to", "from", "in", "attends", "attending", "attended", "and", "&", "gp", "its", "pre",
     "c", "e", "ce", "rc", "cofe", "trust", "federation", "children's", "childrens", "pupil", "referral",
     "unit", "medical", "health", "centre", "practice", "surgery", "infant's", "both", "which", "whose",
     "nearby", "other", "another", "village", "first", "middle", "upper", "lower", "specialist",
     "forest", "sunday", "home", "play", "driving", "summer", "holiday", "after", "breakfast", "bible",
     "dance", "drama", "football", "swimming", "language", "art", "music", "night", "evening", "care",
     "main", "big", "little", "good", "best", "usual", "normal", "primary's",
     # What kind of school, not which: "faith school had a trip", "at residential school", "(Virtual School)".
     "faith", "religious", "christian", "muslim", "islamic", "jewish", "comprehensive", "residential", "public",
     "hospital", "virtual",
     # The holiday activities and food programme runs in many settings: "HAF HOLIDAY CLUB" names none.
     "haf"}
)
# Words that put a lower-case school name right after them: "school is castle hill infants",
# "attends oak tree primary". Without one, "main primary" in lower case is just words.
_SCHOOL_CUE_RE = re.compile(
    r"(?:\b(?:attends|attend|attending|attended|at|from|goes to|go to|going to|went to|moved to|moving to|"
    r"transferred to|started at|starts at|admitted to|excluded from|returned to|pupil at|student at|"
    # Missing school: "keeps skipping observatory lane community primary", "kids off seawall primary all wk".
    r"skipping|skips|skipped|missing|misses|missed|bunking|bunks|bunked|off|"
    r"(?:school|nursery|college|academy|setting) (?:is|was|are|were))"
    r"|(?:school|nursery|college|setting)(?::|\s*\()"
    # A chat's "name @ setting - ...": a worker says where they are writing from.
    r"|(?<!\S)@)\s*$",
    re.IGNORECASE,
)
_SCHOOL_KINDS = frozenset(
    {"school", "academy", "primary", "secondary", "college", "nursery", "pre-school", "preschool", "infants",
     "juniors", "playgroup", "kindergarten", "children's centre", "childrens centre", "pupil referral unit",
     "pru", "sixth form", "day care", "daycare", "alternative provision", "family centre"}
)
_CONNECTORS = frozenset({"of", "&", "and", "the"})
# Words that end the walk back from "primary" in lower-case text: "at his primary" names nothing.
_STOP = frozenset(
    {"at", "to", "from", "in", "the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that",
     "attends", "attended", "attending", "and", "or", "for", "with", "by", "on", "is", "was", "new", "local",
     "same", "old", "previous", "current", "another", "which", "who", "into", "its", "both", "no", "not",
     # "... after school on Monday", "outside school", "back to school": the time or place of school, no name.
     "after", "before", "during", "outside", "near", "behind", "since", "until", "till", "off", "out", "up",
     "around", "round", "past", "back", "then", "left", "leaving", "missed", "skipped", "missing", "misses",
     "skipping", "skips", "bunking", "bunks", "bunked", "keeps"}
)
# Cheap first checks, one regex scan each rather than a Python loop of `in` tests (speed).
_WELSH_GATE_RE = re.compile(scan.by_first_letter("|".join(_WELSH_GATE)))
_WELSH_ASCII = tuple(w for w in _WELSH_GATE if w.isascii())
_SCHOOL_GATE_RE = re.compile(scan.by_first_letter("|".join(_SCHOOL_GATE)))


def _after_house_number(ch: str) -> bool:
    return ch.isalpha() or ch.isspace() or ch in "-–,"


def _with_number_before(text: str, start: int) -> int:
    # A flat or house number has a digit: without one nearby, skip the backwards search (speed).
    if _DIGIT_RE.search(text, max(0, start - 30), start) is None:
        return start
    m = _BEFORE_STREET_RE.search(text, max(0, start - 30), start)
    return m.start() if m and m.start() < start else start


def _slashed_day(found: str) -> bool:
    """"seen 14/3 at the park", "14/3 walking down Church Road": a number with a slash before small words
    or words in another case is a day and month; an Edinburgh flat ("14/3 Easter Road") has the street's
    name straight after it."""
    words = found.split()[1:]
    return len({w[0].isupper() for w in words}) > 1 or any(w.lower() in _NOT_STREET_START for w in words[:-1])


# Plural units after a number make it a count, not a house number: "90 minutes each way", "2 miles each way".
# Singular ones may name a street ("12 Mile End Road").
def find_addresses(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    spans = list(_find_addresses(text, digits))
    spans.extend(find_house_and_postcode_shapes(text, scan.lowered(text)))
    return continued(text, spans) if spans else iter(())


def _find_addresses(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    wins = digits.windows(2, 70)
    # A house number has at most four digits, then a letter, a blank, a dash or a comma (speed).
    for m in scan.at_numbers(NUMBERED_RE, digits, wins, 4, _after_house_number):
        if not address_units.counted(m.group()):
            yield Span(EntityType.ADDRESS, _with_number_before(text, m.start()), m.end(), P_ADDRESS)
    # An Edinburgh flat ("42/1 Winter Gardens"): tried only at a number, a slash, one or two digits and a
    # blank, so the dates of a long record are never tried as house numbers (speed).
    slashed = address_units.slashed_numbers(text, digits) if "/" in text else []
    for m in scan.matches_from(NUMBERED_RE, text, slashed):
        if not _slashed_day(m.group()):
            yield Span(EntityType.ADDRESS, _with_number_before(text, m.start()), m.end(), P_ADDRESS)
    if " St" in text and any(m.start() and text[m.start() - 1].isspace() for m in _ST_RE.finditer(text)):
        # It begins a whole number of at most four digits: tried only there (speed).
        for m in scan.matches_from(NUMBERED_ST_RE, text, [s for s, e in digits.runs if e - s <= 4]):
            yield Span(EntityType.ADDRESS, _with_number_before(text, m.start()), m.end(), P_ADDRESS)
    for w in STREET_WORD_RE.finditer(text):
        named = _names_before(text, w.start())
        if named is None:
            continue
        words = text[named : w.start()].split()
        if w.group() == "Court" and words[-1].lower() in _COURTS:
            continue
        start = named
        while words and words[0].lower() in _NOT_STREET_START:
            # "The Avenue" style starts: drop the leading article but keep the street name.
            start = text.index(words[1], start) if len(words) > 1 else w.start()
            words = words[1:]
        if not words:
            continue
        yield Span(EntityType.ADDRESS, _with_number_before(text, start), w.end(), P_ADDRESS)
    low = scan.lowered(text)
    # A plain substring test of the street word also passes "disclosed"; a match has a blank before it.
    long_ascii = text.isascii() and len(text) > scan.SHORT
    streets = scan.word_starts(text, _STREET_GATE) if long_ascii else None
    if scan.whole_word(text, _STREET_GATE, blank_before=True, starts=streets):
        for m in CUED_STREET_RE.finditer(text):
            yield Span(EntityType.ADDRESS, m.start("s"), m.end("s"), P_ADDRESS)
    # The street word is a whole word with a blank after it ("clos" is also in "disclosed"); IGNORECASE
    # folds "ſ" as lower-casing does not, so other text keeps the substring test.
    welsh: Iterator[re.Match[str]] = iter(())
    # "rhodfa'r odyn": the article may be glued to the street word, with no blank after it.
    glued = "'r " in low and _WELSH_GATE_RE.search(low) is not None
    if long_ascii:
        # Looked for only where a word starts, from one shared scan: 44 str.find cost 1% of a case file (speed).
        starts = scan.word_starts(text, _WELSH_ASCII)
        if glued or scan.whole_word(low, _WELSH_ASCII, blank_after=True, starts=starts):
            welsh = scan.matches_from(WELSH_RE, text, starts)
    elif _WELSH_GATE_RE.search(low) and (not text.isascii() or scan.whole_word(low, _WELSH_GATE, blank_after=True)
                                         or glued):
        # In ASCII text each match begins with one of the street words, found by str.find (speed).
        welsh = scan.matches_from(WELSH_RE, text, scan.literal_starts(low, _WELSH_GATE)) if text.isascii() \
            else WELSH_RE.finditer(text)
    for m in welsh:
        start = _with_number_before(text, m.start())
        # In lower case with no house number, the linking "y" says Welsh: "her dads again maes y deri".
        if m.group()[0].isupper() or start < m.start() or _LINKED_RE.match(m.group()):
            yield Span(EntityType.ADDRESS, start, m.end(), P_ADDRESS)
    # Six substring tests beat one regex search of the alternation, on a long note and a short one (speed).
    flats = "flat" in low or "apartment" in low or "apt" in low or "unit" in low or "plot" in low or "block" in low
    for m in scan.finditer(FLAT_RE, text, digits.tight) if flats else ():
        yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
    yield from find_unmarked_addresses(text, digits, flats)
    for s, e in address_units.traveller_sites(text):
        yield Span(EntityType.ADDRESS, s, e, P_ADDRESS)


# School staff named straight after the school: "oak tree primary dsl informed", "... school senco".
_SCHOOL_STAFF = frozenset(
    {"dsl", "ddsl", "senco", "head", "headteacher", "head's", "office", "reception", "nurse", "staff",
     "pastoral", "safeguarding", "deputy", "teacher", "teachers", "attendance", "inclusion", "slt", "send"}
)


def _staff_after(text: str, end: int) -> bool:
    """Whether a school role follows the school word at `end` ("... high school dsl informed")."""
    nxt = text[end : end + 16].split(None, 1)
    return bool(nxt) and text[end : end + 1].isspace() and nxt[0].strip(",.:;").lower() in _SCHOOL_STAFF


def find_schools(text: str) -> Iterator[Span]:
    """Walk back from a school word over the name before it ("Oakfield Primary School")."""
    low = scan.lowered(text)
    if school_leads.gate(text, low):
        yield from school_leads.lead_word_schools(text, _STOP)
    yield from school_leads.bro_schools(text)
    if "High" in text or "HIGH" in text:
        yield from faith_highs(text, _names_before)
    if "high" in text:
        yield from lower_faith_highs(text, _STOP)
    yield from school_names.ni_primaries(text)
    yield from school_names.settings_in_brackets(text)
    yield from school_names.named_highs(text)
    yield from school_tails(text)
    yield from short_form_schools(text)
    yield from pet_saint_schools(text)
    yield from nursery_names(text)
    yield from children_at_settings(text)
    yield from school_initials(text)
    yield from school_phrases.school_phrase_initials(text)
    if not _SCHOOL_GATE_RE.search(low):
        return
    for m in scan.stem_finditer(SCHOOL_KEY_RE, text, [(0, len(text))], _SCHOOL_STEMS, True):
        key_upper = m.group()[0].isupper()
        start = m.start()
        if start > 0 and text[start - 1] == "-":
            continue  # "After-school club", "in-school support": a compound word, not a school's name
        distinctive = False
        pos = start
        last_good = start
        words = 0
        while words < 8:  # "Our Lady Star of the Sea RC Primary" has seven
            tm = _token_before(text, pos)
            if tm is None:
                break
            tok_start, tok, punct = tm
            if punct and not (punct == "." and tok.lower() == "st"):
                break
            low = tok.lower()
            # "St Teilo's Church in Wales High School": a faith named with "in" ("Church in Wales").
            if (low in _CONNECTORS or (low == "in" and text[pos : pos + 5].lower() == "wales")
                    or school_names.joining_word(text, pos, tok_start, low)) and words > 0:
                pos = tok_start
                words += 1
                continue
            capital = tok[0].isupper()
            if key_upper and not capital:
                break
            # "Our Lady Star of the Sea RC Primary": a capital "Our" inside a capitalised name is part of it.
            if not tok[0].isalpha() or (low in _STOP and not (tok == "Our" and key_upper and words > 0)):
                break
            if low not in _GENERIC and (key_upper or low not in english_words()):
                distinctive = True
            pos = last_good = tok_start
            words += 1
        pos = last_good
        lower_name = not key_upper and pos < start and text[pos:start].islower()
        if not distinctive and lower_name and m.group().lower() in _SCHOOL_KINDS:
            # A lower-case note names schools in everyday words ("castle hill infants"): take them
            # when a school cue comes first and at least one word is more than a school type,
            # or when a school role follows and two words are ("coppice vale high school dsl", not
            # "faith school head").
            named = sum(w.lower() not in _GENERIC for w in text[pos:start].split())
            lead = _leading_the(text, pos)
            distinctive = (named > 0 and bool(_SCHOOL_CUE_RE.search(text, max(0, lead - 40), lead))) or (
                named > 1 and _staff_after(text, m.end()))
            if not distinctive and (own := school_names.lower_named_start(text, pos, start, m.group().lower())):
                pos, distinctive = own, True
            distinctive = distinctive or ((named > 1 or (named > 0 and school_names.signs_off(text, pos, m.end())))
                                          and school_names.a_line_of_its_own(text, pos, m.end()))
            distinctive = distinctive or (named > 0 and school_names.reported_by(text, pos, m.end()))
        if not distinctive or (m.group().lower() == "federation" and school_names.other_federation(text[pos:start])):
            continue
        # "The Oaks Specialist School": a leading "The" is part of the name. A lower-case "the" is
        # only when the whole name is lower case; "the Oakfield Primary" is ordinary grammar.
        lead = _leading_the(text, pos)
        if lead < pos and (text[lead] == "T" or lower_name):
            pos = lead
        # Absorb a following school word too ("Oakfield Primary School", "St Anne's Academy Trust").
        end = m.end()
        nxt = SCHOOL_KEY_RE.match(text, end + 1) if end < len(text) and text[end] == " " else None
        if nxt is not None:
            end = nxt.end()
        if key_upper:
            end = school_suffixes.named_end(text, school_leads.joined_kind_end(text, end, SCHOOL_KEY_RE))
        elif lower_name:
            end = school_leads.joined_kind_end(text, end, SCHOOL_KEY_RE, lower=True)
        end = school_suffixes.site_street_end(text, end, key_upper)
        kind = EntityType.ADDRESS if m.group().lower() in {
            "surgery", "medical centre", "health centre", "medical practice"} else EntityType.SCHOOL
        if kind is EntityType.ADDRESS and all(w.lower() in town_names() for w in text[pos:start].split()):
            continue  # "GP at Kilwinning surgery": a practice named by its town, which is left visible
        yield Span(kind, pos, end, P_SCHOOL)


_THE_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(\"“‘']))[Tt]he\s+$")


def _leading_the(text: str, pos: int) -> int:
    m = _THE_BEFORE_RE.search(text, max(0, pos - 8), pos)
    return m.start() if m else pos
