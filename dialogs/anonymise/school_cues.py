"""Schools named for their street and typed in lower case, found by what the sentence round them says about a school:

- who works there: "I'm DSL at kestrel view", "Referrer: ..., DSL, tanners ave IPS", "designated teacher, weir ln PRU";
- the word school just before: "school is cooper row", "Children's school mossgate hs", "school badge (oak rd high)";
- what a pupil wears: "she has a flax rd jumper", "A FLAX RD HIGH JUMPER";
- a pupil's year or leaving age just after: "shes at cooper row year 11", "at tanners row till 19";
- a child named, or their age, just before "at": "jodie (7) at thimble ave", "son Kaspar at quillon wlk",
  "two children, Mira at ferrule row and ..."; and "attends", "goes to";
- a special school: "in loom weavers special school now";
- a record's comma list after a date of birth: "Ana Ruiz (09.06.2013), carder mill prim, moved in ...";
- alternative provision by its bracket: "S4 at Holmfirth Centre (AP)", "left Hillside Unit (PRU)".

And what a bracket after a school says about the setting is hidden with it ("Ysgol Tawe primary (Welsh medium)",
"Tiny Steps Creche (shopping centre)"): with the school it tells which one, where "(reduced timetable)" stays.

A street's name alone stays an address or stays readable, so each rule needs its cue, and the name must end on a
street's word or a school's short tail ("ave", "wlk", "row", "prim", "hs", "IPS"), without a house number: a
number makes it somebody's home. Why: the school rules that walk back from a school word need that word or
capitals; these names carry neither, and a child's school narrows them down to a few hundred children.
Each rule runs only round its literal (see `anchored_rules`); every quantifier is bounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan, street_words
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

# A street's last word, long or short ("walk", "wlk"), or a school's short tail ("hs": high school, "ips": a
# Northern Irish integrated primary, "pru": a pupil referral unit).
_STREET_ENDS = (street_words.CORE | street_words.SHORT | street_words.SHORT_RARE | street_words.NORTHERN
                | {"wlk", "view", "hill", "bank", "green", "vale", "rise"}) - {"st", "place", "court"}
_TAILS = frozenset({"high", "hs", "prim", "primary", "acad", "academy", "ps", "ips", "pru", "jnr", "jnrs", "juniors",
                    "infants", "comp"})
_END = street_words.alternation(_STREET_ENDS | _TAILS)
_STREET_END = street_words.alternation(_STREET_ENDS)
# Words that carry a sentence on rather than name a school: never one of the name's words.
_STOP = (r"the|a|an|and|or|at|to|in|on|of|off|for|from|by|with|near|his|her|their|my|our|your|its|this|that|is|was|"
         r"has|had|be|been|home|school|nursery|college|work|church|high|no|not|new|old|same|other|every|each|all|"
         r"some|main|local|back|down|up|now|today|still")
_WORD = rf"(?!(?i:{_STOP})(?![\w'’-]))[A-Za-z][A-Za-z'’-]{{1,20}}"
# One to three name words, then the end word, in any case ("grandsire hs", "CARILLON RD HIGH").
_NAME = rf"(?P<s>{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+(?i:{_END}))(?![\w'’@-])"
# The same, ending on a street's word only (after a cue that a home could follow as well).
_STREET_NAME = rf"(?P<s>{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+(?i:{_STREET_END}))(?![\w'’@-])"
# Where a name that a home could share must stop: punctuation, "and", a year or the note's end.
_STOPS_HERE = r"(?=[ \t]*(?:[.,;:)!?\n|]|$|(?i:and|&|year|yr|till|until)\b))"

# Who works in a school: "DSL at X", "DSL, X", "designated teacher, X".
_ROLE_RE = re.compile(
    rf"(?<![\w'’-])(?:DSL|dsl|[Dd]esignated[ \t]+(?:safeguarding[ \t]+)?(?:lead|teacher|person)|SENCO|SENDCo|senco|"
    rf"[Hh]ead[ \t]+of[ \t]+year)(?:[ \t]+at|[ \t]*,)[ \t]+{_NAME}"
)
# The word school with whose it is, or "is", just before: "Children's school grandsire hs", "school is X".
# Each pattern gated on a common literal ("school", "at ") first tests its first letter (speed).
_SCHOOL_IS_RE = re.compile(
    r"(?=(?i:[cklgbhtpfos]))"
    rf"(?<![\w'’-])(?:(?i:(?:children|kids|lads|girls|boys)['’]s?|childrens|kids|his|her|their|previous|former|"
    rf"old|current)[ \t]+(?i:school)(?:[ \t]+is|[ \t]*:)?|(?i:school)[ \t]+is)[ \t]+{_NAME}"
)
# What a school puts its name on, its name in brackets after: "a school badge (grandsire hs)".
_BADGE_RE = re.compile(
    r"(?=(?i:s))"
    rf"(?<![\w'’-])(?i:school)[ \t]+(?i:badge|jumper|uniform|bag|blazer|logo|crest|tie|hoodie)[ \t]*\({_NAME}\)"
)
# What a pupil wears with the school's name: "a belfry rd jumper", "A CARILLON RD HIGH JUMPER".
_WORN_RE = re.compile(
    rf"(?<![\w'’-])(?i:an?)[ \t]+{_NAME}[ \t]+(?:(?i:school)[ \t]+)?"
    r"(?i:jumper|blazer|uniform|hoodie|sweatshirt|cardigan|pe[ \t]+kit)(?![\w'’-])"
)
# A pupil's year or the age they stay till, straight after: "at tabernacle row year 11", "at euchre row till 19".
_YEAR_AFTER_RE = re.compile(
    r"(?=(?i:a))"
    rf"(?<![\w'’-])(?i:at)[ \t]+{_NAME}[ \t]+(?:(?i:year|yr)[ \t]?\d{{1,2}}|[Yy]\d{{1,2}}|(?i:till|til|until)[ \t]+"
    r"(?:16|18|19|25))(?!\d)"
)
# A child, by their age in brackets or by a word that says child, just before "at" and the school: "(7) at
# hemstitch ave", "son Proynsias at crotchet wlk", "two children, Sibylla at franking row and".
_CHILD_AT_RE = re.compile(
    r"(?=\(|(?i:[sdyeock]))"
    rf"(?:\((?:[1-9]|1[0-8]|[YyPpSs]\d{{1,2}}|[Yy]r[ \t]?\d{{1,2}})\)|(?<![\w'’-])(?i:son|daughter|youngest|eldest|"
    rf"oldest|one|children,?|kids,?)[ \t]+[A-Z][a-z'’-]{{1,20}})[ \t]+at[ \t]+{_STREET_NAME}{_STOPS_HERE}"
)
# Words that say a pupil is on a school's roll: "she goes to euchre row.", "attends pillarbox wlk,".
_ATTENDS_RE = re.compile(
    rf"(?<![\w'’-])(?:(?i:attends|attending|attended)|(?i:goes|going)[ \t]+to)[ \t]+{_STREET_NAME}{_STOPS_HERE}"
)
# "in mule spinners special school": what kind of school it is names it, with one to three words before it.
_SPECIAL_RE = re.compile(
    rf"(?<![\w'’-])(?i:in|at|from|to|attends|attending)[ \t]+(?P<s>{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]+"
    r"(?i:special)[ \t]+(?i:school))(?![\w'’-])"
)
# A record's list after a date of birth in brackets: "Lochie Cawthorn (3 February 2009), fellside high, moved in".
_LISTED_RE = re.compile(rf"\d\),[ \t]+{_NAME}(?=,)")

# Adjectives that say which special school, not its name: "a residential special school" is caught by _STOP's
# article; "in residential special school" by these.
_KINDS = frozenset({"residential", "independent", "maintained", "day", "secondary", "primary", "another",
                    "different", "previous", "current", "former", "nearest", "mainstream", "specialist", "sen",
                    "semh", "asd", "mld", "sld", "pmld", "her", "his", "their"})
# A comma list's tails that are everyday words: only with a word no dictionary lists ("fellside high").
_EVERYDAY_TAILS = frozenset({"high", "bank", "green", "view", "hill", "vale", "rise", "row", "walk", "way", "close",
                             "drive", "lane", "road", "street", "avenue", "primary", "academy"})

# Alternative provision named by its bracket, the capitalised name before it: "Dobcross Centre (AP)".
_PROVISION_RE = re.compile(
    r"(?<![\w'’-])(?P<s>[A-Z][a-z'’-]{1,20}(?:[ \t]+[A-Z][a-z'’-]{1,20}){0,3}[ \t]+\((?:AP|PRU)\))"
)
# Capitalised words that begin a sentence or a clause rather than a provision's name.
_NOT_PROVISION = frozenset({"The", "At", "To", "From", "In", "Mum", "Dad", "He", "She", "They", "Referred", "Moved",
                            "Attends", "Attending", "Left", "Now", "Placed", "Excluded"})


_TABLE = RuleTable((
    (_ROLE_RE, ("dsl", "designated", "senco", "sendco", "head of year"), 40, 70, True),
    (_SCHOOL_IS_RE, ("school",), 30, 70, True),
    (_BADGE_RE, ("school",), 10, 90, True),
    (_WORN_RE, ("jumper", "blazer", "uniform", "hoodie", "sweatshirt", "cardigan", "pe kit"), 80, 20, True),
    (_YEAR_AFTER_RE, ("at ",), 10, 90, True),
    (_CHILD_AT_RE, (" at ",), 40, 70, True),
    (_ATTENDS_RE, ("attend", "goes to", "going to"), 10, 70, True),
    (_SPECIAL_RE, ("special school",), 80, 20, True),
    (_LISTED_RE, ("),",), 10, 70, False),
    (_PROVISION_RE, ("(AP)", "(PRU)"), 100, 10, False),
))

# In a probation note "(AP)" is approved premises, a hostel an offender is housed in, written after its address
# ("residing 26 Foxglove Way (AP)"): an address rule's, not this one's.
_PROBATION = ("offender", "probation", "licence", "released", "hmp", "approved premises", "mappa", "residing")


def _approved_premises(text: str, start: int, end: int) -> bool:
    """Whether this "(AP)" follows an address: a street's word or a house number before the name."""
    name = text[start:end].split()
    if len(name) >= 2 and name[-2].lower().rstrip(",") in _STREET_ENDS:
        return True
    return text[max(0, start - 3) : start].strip(" ,").isdigit()


def _name_words_ok(pattern: re.Pattern[str], name: str) -> bool:
    words = name.lower().split()
    if pattern is _SPECIAL_RE:
        return not any(w in _KINDS for w in words)
    if pattern is _LISTED_RE and words[-1] in _EVERYDAY_TAILS:
        lexicon = english_words()
        return any(w not in lexicon for w in words[:-1])
    return True


def cued_schools(text: str) -> Iterator[Span]:
    """Lower-case schools named for their street, found by a cue round them (see the module's note)."""
    probation: bool | None = None
    for pattern, m in _TABLE.matches(text):
        start, end = m.start("s"), m.end("s")
        if pattern is _PROVISION_RE:
            if text.startswith("(AP)", end - 4):
                if probation is None:  # the whole note is read once, and only where "(AP)" stands (speed)
                    low = scan.lowered(text)
                    probation = any(w in low for w in _PROBATION)
                if probation:
                    continue
            # "Referred to Dobcross Centre (AP)" begins with a clause's word, not the provision's name.
            while (gap := text.find(" ", start, end)) != -1 and text[start:gap] in _NOT_PROVISION:
                start = gap + 1
            if text.find(" ", start, end) == text.rfind(" ", start, end):
                continue  # one word left and its bracket: "Approved (AP)"
            if _approved_premises(text, start, end):
                continue
        elif not _name_words_ok(pattern, m.group("s")):
            continue
        yield Span(EntityType.SCHOOL, start, end, P_SCHOOL)


# A short bracket after a school that says what kind of setting it is or where it sits: "(Welsh medium)",
# "(secure unit education)", "(shopping centre)", "(visitors' centre)", "(library)". Every word must be one of
# these, so "(reduced timetable)" and "(permanent exclusion)", what happens to a pupil there, stay readable.
_SETTING_BRACKET_RE = re.compile(r"[ \t]?\((?P<w>[A-Za-z][A-Za-z'’ -]{1,40})\)")
_SETTING_WORDS = frozenset({
    "welsh", "gaelic", "irish", "english", "medium", "bilingual", "secure", "unit", "education", "educational",
    "centre", "center", "library", "shopping", "visitors", "visitors'", "visitors’", "visitor", "leisure", "sports",
    "community", "church", "hall", "hospital", "campus", "site", "annexe", "base", "hub", "provision", "resourced",
    "special", "independent", "faith", "free", "satellite", "main", "upper", "lower", "north", "south", "east",
    "west", "building", "block", "ofsted", "registered", "visits",
})


def settings_after_schools(text: str, spans: list[Span]) -> Iterator[Span]:
    """A school found by any rule, widened over the bracket after it that names its kind of setting."""
    for sp in spans:
        # Only a bracket right after the school is looked at (speed: one character test per school).
        if sp.type is EntityType.SCHOOL and "(" in text[sp.end : sp.end + 2]:
            m = _SETTING_BRACKET_RE.match(text, sp.end)
            if m is not None and all(w.lower() in _SETTING_WORDS for w in m.group("w").split()):
                yield Span(EntityType.SCHOOL, sp.start, m.end(), sp.priority, sp.child)
