"""Homes known by a name and no number.

- Any name between a word of going or being somewhere and a postcode: "HOME VISIT TO GATEHOUSE CROSSING BS5
  8LF", "AT THE HALT CF117RF", "left The Old Stables, Pewsey, pr1 5rj", "Address: Toad Hall
  LS2 7QQ". The postcode says an address ends there; the words before it, back to "to", "at" or a form's
  "address:", are the home. A town between them stays readable.
- In lower case, a house word after a name that is more than a kind of place: "outside signal box cottage",
  "lives heron lodge",
  "at the toll house", "platelayer's hut". "At the old house", "the safe house" and "her mum's house" name
  nobody's home in particular, and stay.
- The first part of a form's address line with no number in it: "Address: Mole End".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.titled_houses import titled_houses
from dialogs.anonymise.types import EntityType, Span

_WORD = r"[A-Za-z][\w'’-]*"
# Back from a postcode: the home (its first comma part), maybe a town, then the postcode; "Address" may lose its
# colon before a capital ("Address HERBALIST'S HOUSE, BS5 1JT", not "email address given, ..."). A quick note drops
# the "at" before a home named with "the" or a Welsh or Gaelic word for a house: "lives the annexe NG7 4PB", "staying
# tigh na mara IV2 3AB", "lives tŷ gwyn CF11 ..."; "lives Leeds LS1 ..." names a town, not a home. An email's
# subject line about a home is its address: "Re: Miller's Rest, BT12 5FE", two capitalised words before a comma
# ("Re: Leeds LS1 ..." or "Re: meeting in Belfast, ..." name a town).
_HOUSE_FIRST = r"the|tŷ|ty|taigh|tigh|teach|bwthyn"
_BEFORE_POSTCODE_RE = re.compile(
    rf"\b(?:(?i:to|at|from|outside|left|fled|address:)"
    rf"|(?i:re|subject):(?=[ \t]+[A-Z][\w'’-]*[ \t]+[A-Z][\w'’-]*,)|(?i:address)(?=[ \t]+[A-Z])"
    rf"|(?i:lives|living|staying)(?=[ \t]+(?i:{_HOUSE_FIRST})\b))"
    rf"[ \t]+(?P<h>(?!(?i:her|his|their|my|our|your|a|an)\b)"
    rf"(?:(?i:the)[ \t]+)?{_WORD}(?:[ \t]+{_WORD}){{0,3}})"
    rf"(?:,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){{0,2}})?,?[ \t]+$"
)
_REACH = 90
# A public building before its postcode is nobody's home: "met at the Town Hall, LS1 1UR".
_PUBLIC = frozenset(
    {"hall", "church", "chapel", "mosque", "temple", "gurdwara", "synagogue", "library", "station", "hospital",
     "infirmary", "surgery", "clinic", "centre", "center", "school", "academy", "college", "university", "office",
     "offices", "court", "police", "council", "civic", "leisure", "sports", "stadium", "museum", "market",
     "shop", "shops", "store", "supermarket", "pub", "hotel", "cafe", "café", "park"}
)
# Words that make a house a kind of place, not a named home: "the old house", "a safe house", "mum's house".
_KINDS = (
    "the|a|an|his|her|their|my|our|your|this|that|same|old|new|big|little|main|housing|health|visiting|respite|"
    "safe|care|foster|council|family|trap|bail|halfway|party|wendy|white|school|police|station|post|head|mosque|"
    "church|farm|club|play|guest|group|children's|childrens|friend's|friends|mum's|dad's|nan's|nain's|gran's|mums|"
    "dads|nans|grans"
)
# "addr" is a quick note's address label; a bracket after "at theirs" or "sleeps at" holds the home's name; a
# home on another's plot ("the bothy, long meadow cottage") names the main house after its comma.
_LOWER_HOME_RE = re.compile(
    rf"(?:\b(?:at|outside|to|from|near|by|fled|left|addr|lives)[ \t]+|\("
    rf"|(?P<plot>\b(?:the[ \t]+)?(?:bothy|annexe|annex|bungalow|chalet),[ \t]*))"
    rf"(?P<h>(?:the[ \t]+)?(?:old[ \t]+)?(?!(?:{_KINDS})\b)"
    # No little word among the name's words: "dumped by the bins at lodge 27" names no lodge, "to burn the house"
    # no house.
    r"(?:(?!(?:at|in|on|by|to|of|and|or|for|from|with|a|an|the)\b)[a-z][\w'’-]*[ \t]+){1,2}"
    r"(?:cottage|lodge|farmhouse|barn|stables|grange|bungalow|hut|house|halt|mill|"
    r"crossing|cabin|chalet|manse|rectory|vicarage|forge|smithy|bakery|dairy|granary|schoolhouse|boathouse|byre|"
    r"observatory))\b"
)
# A cue, "the old" and two words before the house word.
_HOME_REACH = 70
_LOWER_GATE = ("cottage", "lodge", "farmhouse", "barn", "stables", "grange", "bungalow", "hut", "house", "halt",
               "mill", "crossing", "cabin", "chalet", "manse", "rectory", "vicarage", "forge", "smithy", "bakery",
               "dairy", "granary", "schoolhouse", "boathouse", "byre", "observatory")


# A form's address line: "Address: Mole End", "Home address: The Bothy, Hafod Isaf, CV1 8YX". Its first part is the
# home, whatever it is called; with no number or house word, no other rule knows "Mole End" is one. A number in
# the part leaves it to the street rules.
_LABELLED_RE = re.compile(
    r"^[ \t]*(?:(?i:home|current|previous|new|last|old|postal|main)[ \t]+)?(?i:address)[ \t]*:[ \t]*"
    r"(?P<h>[^\W\d_][^,\n\d]{1,40}?)[ \t]*(?=,|\r?\n|$)",
    re.MULTILINE,
)
# What a form says when it has no home to give.
_NO_HOME = frozenset(
    {"nfa", "n/a", "na", "none", "unknown", "not known", "withheld", "tbc", "same", "same as above", "as above",
     "see above", "no fixed abode", "confidential", "redacted", "not given", "not recorded", "homeless"}
)


# A home on another's plot needs the main house's name after it, the next part: "The Bothy, Hafod Isaf".
_ON_A_PLOT_RE = re.compile(r"(?i:the[ \t]+)?(?i:annexe?|bothy|bungalow|chalet|cabin|coach[ \t]*house)")
_NEXT_PART_RE = re.compile(r",[ \t]*[^\W\d_][^,\n\d]{1,40}?[ \t]*(?=,|\r?\n|$)", re.MULTILINE)


def labelled_homes(text: str) -> Iterator[Span]:
    if "ddress" not in text and "DDRESS" not in text:
        return
    for m in _LABELLED_RE.finditer(text):
        if m.group("h").lower() in _NO_HOME:
            continue
        end = m.end("h")
        if _ON_A_PLOT_RE.fullmatch(m.group("h")):
            more = _NEXT_PART_RE.match(text, end)
            end = end if more is None else more.end()
        yield Span(EntityType.ADDRESS, m.start("h"), end, P_ADDRESS)


# "Home: The Bothy, Ashcombe Barn, Meltham, g51 9bq": a form's "Home:" is an address only where its line ends in a
# postcode; "Home: mum and two brothers" is who lives there.
_HOME_LINE_RE = re.compile(r"^[ \t]*(?i:home)[ \t]*:[ \t]*(?P<h>[A-Z][^,\n\d]{1,40}?)[ \t]*,", re.MULTILINE)


def _home_lines(text: str, postcodes: Sequence[Span]) -> Iterator[Span]:
    if not postcodes or ("Home" not in text and "HOME" not in text):
        return
    for m in _HOME_LINE_RE.finditer(text):
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if any(m.end() <= pc.start < line_end for pc in postcodes):
            end = m.end("h")
            if _ON_A_PLOT_RE.fullmatch(m.group("h")):
                more = _NEXT_PART_RE.match(text, end)
                end = end if more is None else more.end()
            yield Span(EntityType.ADDRESS, m.start("h"), end, P_ADDRESS)


def _homes_before_house_words(text: str, low: str) -> Iterator[re.Match[str]]:
    """`_LOWER_HOME_RE`'s matches, tried only in the few words before each house word, which str.find finds in C:
    the pattern at every character, or an alternation of the house words, cost several times more (speed)."""
    ends: set[int] = set()
    for word in _LOWER_GATE:
        i = low.find(word)
        while i != -1:
            if i > 1 and text[i - 1] == " " and not text[i - 2].isspace():
                ends.add(i + len(word))
            i = low.find(word, i + 1)
    done = 0
    for end in sorted(ends):
        if end <= done:
            continue
        m = _LOWER_HOME_RE.search(text, max(done, end - _HOME_REACH), end + 1)
        while m is not None and m.end() != end:
            m = _LOWER_HOME_RE.search(text, m.start() + 1, end + 1)
        if m is not None:
            done = m.end()
            yield m


def named_homes(text: str, postcodes: Sequence[Span]) -> Iterator[Span]:
    """Homes named with no number: before a postcode, or in lower case with a house word."""
    yield from labelled_homes(text)
    yield from titled_houses(text)
    yield from _home_lines(text, postcodes)
    for pc in postcodes:
        m = _BEFORE_POSTCODE_RE.search(text, max(0, pc.start - _REACH), pc.start)
        # A number starts a street the address rules know already; these homes have none.
        words = m.group("h").lower().split() if m else []
        if m and not any(ch.isdigit() for ch in m.group("h")) and not _PUBLIC.intersection(words):
            yield Span(EntityType.ADDRESS, m.start("h"), m.end("h"), P_ADDRESS)
    low = scan.lowered(text)
    if any(w in low for w in _LOWER_GATE):
        for m in _homes_before_house_words(text, low):
            words = m.group("h").split()
            if words[-1] == "house" and len(words) == 2 and words[0][-1] in "s’'":
                continue  # "at blimis house": whose house it is; the name is found as a name
            if any(w in ROLE_CUES for w in words[:-1]):
                continue  # "at nain house": a family's home, named by who lives there
            yield Span(EntityType.ADDRESS, m.start("plot" if m.group("plot") else "h"), m.end("h"), P_ADDRESS)
