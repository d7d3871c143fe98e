"""A house number and one street word with no street type, where a place verb before it and the clause ending
straight after it say it is somebody's address.

Why: streets named by one word ("Selvedge", "Padlock", "quayside") are written in quick notes with only the house
number: "knocked at no 5 windingwheel", "cuckooing at 234 mainspring again", "not to attend 140 Selvedge",
"visit: 39 Padlock - occupant", "they live 44 touchline - back of the hall". `address_shapes` takes lower-case words
after "at N" only after a home verb ("lives at"), and not after "attend", "visit" or "cuckooing at"; a capitalised word
after "on" or a bare "live" it does not take either. A number and one word alone could be a count or a time ("at 3
sharp", "on 2 occasions"), so each match needs both ends:
- before it, a verb or label that says a place follows ("knocked at", "attend", "visit:", "cuckooing at", "live",
  "are at", "on" after a place's name: "the food bank on 213 transept,");
- after it, the clause ends (a stop, comma, bracket, dash, line end or "again"), so the word is the whole name;
- the word is no count, time or amount word, and no plural ("at 3 points", "to 2 units").
An all-capitals street with its short form ("AT 193A URE ST NEXT") needs no end: the short form ends it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.address_shapes import _NOT_STREET as _COUNT_WORDS
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# The house number: "5", "no 5", "no.5", "193A", "9-11".
_NUMBER = r"(?:(?i:no\.?|number)[ \t]*)?[1-9]\d{0,3}[A-Za-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[A-Za-z]?)?"
# One street word: a capitalised or lower-case word, or one in capitals; four letters or more ("Ure" is too like a
# word fragment alone).
_WORD = r"[A-Za-z][a-z'’-]{3,24}|[A-Z]{4,24}"
# The clause ends after the word: punctuation, a line end, a spaced dash, "again", a count ("3 times"), or the
# note's end.
_END = r"(?=[ \t]*(?:[,.;:!?)\n]|[ \t][-–][ \t]|$)|[ \t]+(?i:again|now)\b|[ \t]+\d)"
# Verbs and labels that only an address follows, with what joins them to the number.
_PLACE_VERB = (r"(?i:knocked[ \t]+at|knocking[ \t]+at|cuckooing[ \t]+at|dealing[ \t]+(?:at|from)|"
               r"not[ \t]+to[ \t]+attend|attend(?:ed|ing|s)?|visit(?:ed|ing)?[ \t]*:|"
               r"(?:they|we|i|you)[ \t]+live(?:[ \t]+at)?|"
               r"(?:mams|mums|nans|dads|grans)[ \t]+at|(?:is|are|were|was)[ \t]+at)")
# The lookahead on the verbs' first letters spares the rest at most places of the windows round "at" (speed).
_AFTER_VERB_RE = re.compile(
    rf"(?=(?i:[kcdnavtwiymg]))(?<![\w'’]){_PLACE_VERB}[ \t]+(?P<a>{_NUMBER}[ \t]+(?P<w>{_WORD})){_END}"
)
# "the food bank on 213 transept,", "the guest house on 183-185 Tramshed the": a place named, then where it is.
_PLACE_ON_RE = re.compile(
    r"(?<![\w'’])(?i:bank|school|house|hut|shop|hall|centre|center|club|church|chapel|pub|cafe|caf[eé]|office|"
    rf"surgery|hotel|hostel)[ \t]+(?i:on)[ \t]+(?P<a>{_NUMBER}[ \t]+(?P<w>{_WORD})){_END}"
)
# A street in capitals with its short form: "AT 193A URE ST NEXT TO".
_CAPS_SHORT_RE = re.compile(
    r"(?<![\w'’])(?:AT|TO|FROM|OUTSIDE|ADDRESS:?)[ \t]+(?P<a>[1-9]\d{0,3}[A-Z]?[ \t]+(?P<w>[A-Z]{3,20})[ \t]+"
    r"(?:ST|RD|LN|AVE|CL|DR|CRES|GDNS|TCE|CT|PL|SQ|WY|RW))\b"
)
# Singular count and time words `address_shapes` does not list: "at 9 sharp", "at 7 stone", "on 1 occasion".
_MORE_COUNT_WORDS = frozenset({"sharp", "ish", "latest", "onwards", "prompt", "tops", "stone", "foot", "feet", "pound",
                               "degrees", "percent", "metre", "meter", "inch", "occasion", "dose", "point", "mark",
                               "grand", "each", "only", "please", "thanks", "plus", "odd", "minute", "second",
                               "times", "then", "there", "here", "until", "first", "last", "this", "that", "what",
                               "when", "with", "went", "were", "said", "says", "told", "came", "come", "left"})

_RULES = RuleTable((
    (_AFTER_VERB_RE, ("at", "attend", "visit", "live"), 24, 60, True),
    (_PLACE_ON_RE, (" on ",), 12, 60, True),
    (_CAPS_SHORT_RE, ("AT", "TO", "FROM", "OUTSIDE", "ADDRESS"), 2, 40, False),
))


def _street_word(word: str) -> bool:
    low = word.lower()
    if low in _COUNT_WORDS or low in _MORE_COUNT_WORDS:
        return False
    # A plural after a number is a count: "at 3 points", "to 2 units" ("across", "Ness" are not plurals).
    return not (low.endswith("s") and not low.endswith(("ss", "us", "is")))


def one_word_streets(text: str) -> Iterator[Span]:
    for pattern, m in _RULES.matches(text):
        if pattern is _CAPS_SHORT_RE or _street_word(m.group("w")):
            yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
