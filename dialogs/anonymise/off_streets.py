"""A home's name, then the street it stands off: "at The Chequers, off Euchre Row", "rank on depot gatehouse off
trolleybus row", "Home Dial House (off Belfry).", "she's at marbles end, off bagatelle,".

Why: a house with a name and no number is placed by the street it is off. The street alone is sometimes found
("off Euchre Row") and the house's name left readable, or neither is when both are in lower case or the street has
no street word. "off" after a name is rare in other writing, so the name and the street are taken as one address
when a place cue comes before the name (at, on, to, from, home, address, fled, outside...) and "off" stands
between them. The street needs its street word ("row", "wy", "Lane"), or, with no street word, has to be one word
closed by a bracket or the clause's end ("(off Belfry)", ", off bagatelle,"): "at work off sick" is no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_shapes import _NOT_STREET as _COUNT_AND_TIME_WORDS
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_CUE = (r"(?i:at|on|to|from|home|address:?|addr:?|fled|outside|near|behind|lives[ \t]+at|living[ \t]+at|"
        r"staying[ \t]+at)")
_NAME_WORD = r"[^\W\d_][\w'’-]{0,20}"
# "End" names streets too ("Mill Wynd End"); the rest are the usual street words and short forms.
_TYPES = sw.alternation(sw.CORE | sw.SHORT | sw.SHORT_RARE | sw.NORTHERN | sw.RISKY | sw.ESTATE | sw.WATERSIDE
                        | {"end", "hill"})
_STREET = rf"(?:[^\W\d_][\w'’-]{{0,20}}[ \t]+){{1,3}}(?i:{_TYPES})\b"
_ONE_WORD = r"[^\W\d_][\w'’-]{2,20}(?=[ \t]*[),.;:\n]|[ \t]*$)"
_OFF_RE = re.compile(
    rf"(?<![\w'’]){_CUE}[ \t]+(?P<a>(?P<name>(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD})"
    rf"(?:[ \t]*,[ \t]*|[ \t]+|[ \t]*\()(?i:off)[ \t]+(?:{_STREET}|(?P<one>{_ONE_WORD})))"
)
# Words a home's name does not hold: "at work off sick", "on the way off", "to him off".
_NOT_NAME = frozenset({"a", "an", "and", "or", "but", "he", "she", "they", "we", "i", "you", "it", "him", "her",
                       "them", "his", "their", "my", "our", "your", "was", "is", "are", "were", "be", "been", "had",
                       "has", "have", "work", "school", "college", "academy", "primary", "high", "nursery",
                       "way", "time", "day", "night", "then", "when",
                       "if", "so", "not", "no", "of", "in", "on", "at", "to", "from", "with", "by", "for", "go",
                       "went", "got", "get", "came", "come", "took", "take", "put", "drop", "dropped", "fell",
                       "that", "this", "which", "who", "what", "sick", "duty", "shift", "bus", "train", "road", "see",
                       "visit", "visiting", "saw", "seen", "walk", "walked", "drove", "driving", "ran", "run"})

# What "off" takes that is no street: "buying off him", "ran off home", "knocked off early".
_NOT_STREET = frozenset({"me", "us", "you", "him", "her", "them", "it", "there", "here", "home", "now", "again",
                         "today", "tonight", "early", "late", "sick", "duty", "work", "course", "limits", "camera",
                         "site", "grid", "licence", "guard", "hand", "balance", "track", "topic", "screen"})
_WORD_RE = re.compile(r"[^\s,(]+")

_RULES = RuleTable(((_OFF_RE, ("off",), 90, 50, True),))


def off_streets(text: str) -> Iterator[Span]:
    for _, m in _RULES.matches(text):
        one = m.group("one")
        # "buying off him", "kicked off again": a word that is no street's name.
        if one is not None and (one.lower() in _NOT_NAME or one.lower() in _NOT_STREET
                                or one.lower() in _COUNT_AND_TIME_WORDS):
            continue
        # The name starts after the last word no name holds: "took her to see Mill House off Elm Rd".
        words = list(_WORD_RE.finditer(text, m.start("name"), m.end("name")))
        kept = [w for k, w in enumerate(words) if all(v.group().lower() not in _NOT_NAME for v in words[k:])]
        if not kept or (len(kept) == 1 and kept[0].group().lower() == "the"):
            continue
        kept_start = kept[0].start()
        end = m.end("a")
        # "(off Belfry)": the bracket closes with the street.
        if "(" in text[kept_start:end] and text[end : end + 1] == ")":
            end += 1
        yield Span(EntityType.ADDRESS, kept_start, end, P_ADDRESS)
