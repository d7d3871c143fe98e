"""Named homes that stand before their street, or that are called "the old ..." after a place cue.

- "the old X" after a strong home cue: "staying at the old observatory", "home the old tram depot", "lives at THE
  OLD SIGNAL BOX". A converted building is named for what it was; after "staying at", "lives at", "moved to",
  "placed at", "address" or "home" it is where someone lives, not a description. Only these cues: after "outside",
  "near" or "behind" the old building is a landmark and stays readable. A lone everyday word after "old" ("the old
  house", "the old flat") is the person's previous home, not its name, and stays.
- A house name before a comma and its numbered street: "The Old Foundry, 148 Winding Gear Lane", "at croft of
  garth, 172 drovers way". The street rules hide "148 Winding Gear Lane" and leave the house name before it, which
  names the home as surely; the name is taken only when a comma, a house number and a street word follow it, and
  (written lower-case) only straight after a place cue.
- A flat named by a letter in a named block: "flat D, Vanguard House". "flat 3, Vanguard House" is found from its
  digit, so a lettered flat was left out and the block alone hidden (or nothing); the flat word, one capital and
  a capitalised name ending in a block word are an address. No "Court" ("room C, Crown Court") or "Building".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.street_words import CORE, NORTHERN, RISKY, SHORT, SHORT_RARE, alternation
from dialogs.anonymise.types import EntityType, Span

# Words that end a name run: the sentence's small words, never part of a house's name.
_STOPS = ("and", "with", "w", "where", "for", "on", "in", "at", "to", "is", "was", "but", "so", "now", "new", "he",
          "she", "they", "his", "her", "their", "last", "this", "today", "tonight", "again", "until", "since", "by",
          "from", "the", "a", "an", "of", "or", "then", "when", "while", "who", "which", "after", "before", "no",
          "not", "still", "too", "as", "like", "just", "though", "yet", "said", "says", "has", "had", "have", "are",
          "were", "be", "it", "its", "we", "i", "you", "my", "our", "your", "me", "him", "them", "there", "here",
          "over", "up", "down", "out", "back", "near", "off", "alone")
_STOP = r"(?!(?i:" + alternation(_STOPS) + r")(?![\w'’]))"
_WORD = _STOP + r"[^\W\d_]{2,20}(?![\w'’-])"
# Words after "the old" that never start a home's name ("the old one", "the old days", "the old man").
_NEVER_FIRST = frozenset({"one", "ones", "days", "times", "man", "lady", "woman", "boy", "girl", "fella", "bloke",
                          "way", "bit", "boyfriend", "girlfriend", "partner", "number", "phone"})
# After "the old", a lone everyday word is the old home itself, not its name ("moved back to the old house").
_GENERIC = frozenset({"house", "flat", "place", "home", "address", "one", "school", "estate", "street", "road",
                      "bungalow", "caravan", "room", "hostel", "site", "building", "office", "shop", "pub", "area",
                      "town", "village", "farm", "garage", "car", "van", "phone", "number"})

_OLD_HOME_RE = re.compile(
    r"(?<![\w'’])(?i:staying[ \t]+at|stays[ \t]+at|stopping[ \t]+at|lives[ \t]+at|living[ \t]+at|moved[ \t]+to|"
    r"moving[ \t]+to|placed[ \t]+at|(?:home[ \t]+)?address(?:[ \t]+is)?:?|home:?)[ \t]+"
    r"(?P<a>(?i:the)[ \t]+(?i:old)[ \t]+" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})"
)

_STREET_WORDS = alternation(CORE | SHORT | SHORT_RARE | NORTHERN | RISKY)
_NUMBERED_STREET = (r",[ \t]+\d{1,4}[A-Za-z]?[ \t]+(?:[^\W\d_][^\W\d_'’-]{0,20}[ \t]+){1,3}(?i:" + _STREET_WORDS
                    + r")(?![\w'’])")
# "The Old Foundry, 148 Winding Gear Lane": capitalised, no cue needed ("The Old" and the street are enough).
_OLD_FRONT_RE = re.compile(
    r"(?<![\w'’])(?P<a>(?:The|THE)[ \t]+(?:Old|OLD)(?:[ \t]+[A-Z][\w'’]{1,20}){1,3})" + _NUMBERED_STREET
)
# "at croft of garth, 172 drovers way": lower-case, straight after a place cue; "of", "y", "na" join the words.
_LOWER_NAME = (r"(?!(?:" + alternation(_STOPS) + r"|home|school|work|nursery|college|church|hospital|mums?|dads?|"
               r"nans?|gran|grans|nanas?)(?![\w'’]))[a-zŵŷâêîôû][a-zŵŷâêîôûáéíóú]{2,20}")
_LOWER_FRONT_RE = re.compile(
    r"(?<![\w'’])(?i:at|home|address:?)[ \t]+(?P<a>" + _LOWER_NAME
    + r"(?:[ \t]+(?:(?:of|y|yr|na|an)[ \t]+)?" + _LOWER_NAME + r"){0,3})" + _NUMBERED_STREET
)

_LETTER_FLAT_RE = re.compile(
    r"(?<![\w'’])(?i:flat|flt|apartment|apt|unit)[ \t]+[A-HJ-Z],?[ \t]+(?:[A-Z][a-z'’-]{1,20}[ \t]+){1,3}"
    r"(?:House|Lodge|Tower|Heights|Mansions|Hostel|HOUSE|LODGE|TOWER|HEIGHTS|MANSIONS|HOSTEL)(?![\w'’])"
)

_RULES = RuleTable((
    (_OLD_HOME_RE, ("the old",), 40, 80, True),
    (_OLD_FRONT_RE, ("The Old", "THE OLD"), 10, 140, False),
    (_LOWER_FRONT_RE, (", ",), 110, 90, False),
    (_LETTER_FLAT_RE, ("flat", "flt", "apartment", "apt", "unit"), 5, 90, True),
))


def old_homes_and_named_fronts(text: str) -> Iterator[Span]:
    for pattern, m in _RULES.matches(text):
        if pattern is _LETTER_FLAT_RE:
            yield Span(EntityType.ADDRESS, m.start(), m.end(), P_ADDRESS)
            continue
        start, end = m.start("a"), m.end("a")
        if pattern is _OLD_HOME_RE:
            words = m.group("a").split()
            if words[2].lower() in _NEVER_FIRST or (len(words) == 3 and words[2].lower() in _GENERIC):
                continue
        else:
            end = m.end()
        yield Span(EntityType.ADDRESS, start, end, P_ADDRESS)
