"""A home's name after a place cue, then a comma and its street: "addr gilfach isaf, kiln yard road", "moved in to
Awel y Môr, Bracken Rise", "at seaview croft, teras bad achub", "fled the old drapery, calico drive", "AT tIGH NA
cLÈIRE, nAVE rOAD", "at Marbles End (12 Domino Lane)"; and a home within a house named after a comma: "static
caravan 2, Top Withies", "bedroom 3, The Chequers", "Lower Flat, Hammerpond House".

Why: a house with a name and no number is written as its name, a comma, then the street. The other rules find the
street or the name alone, when the name has a house word or capitals; a lower-case or Welsh name is taken for a
person or left, and the street after it is left when it is in lower case or Welsh ("teras bad achub"). The comma is
read first: the street after it must have a street word ("road", "Rise", "CLOSE") or a Welsh, Gaelic or Irish street
word first ("teras", "Ceum", "rhodfa'r"), or a house number. Then the words before the comma must run back to a place
cue (at, to, addr, fled, attended, living ...) or to the start of a line, with no word of a clause between ("at the
park with him, Mill Lane" stays). After a cue that also starts other phrases ("at", "to", "on") the name must be
capitalised or hold a house word ("at the park, Mill Lane" stays); after "addr", "address", "home", "fled" or
"living" any name is a home's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import lexicon
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.address_shapes import _NOT_STREET as _COUNT_AND_TIME_WORDS
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
_WORD = r"[^\W\d_][\w'’-]{0,24}"
# Words a street's name does not start with: "at the park, down the road", ", then home lane".
_CLAUSE = (r"the|a|an|and|or|but|then|so|down|up|along|across|over|past|round|near|next|off|to|at|in|on|by|of|"
           r"for|with|from|into|onto|my|his|her|their|our|your|this|that|its|main|same|other|back|local|busy|"
           r"he|she|they|we|i|you|it|is|was|are|were|has|had|said|says")
_NOT_CLAUSE = rf"(?!(?i:{_CLAUSE})(?![\w'’]))"
_TYPES = sw.alternation(sw.CORE | sw.SHORT | sw.SHORT_RARE | sw.NORTHERN | sw.RISKY | sw.ESTATE | sw.WATERSIDE
                        | sw.OLD_PATHS)
# Welsh, Gaelic and Irish streets put the street word first: "teras bad achub", "Ceum na Snàthaid", "rhodfa'r organ".
_CELTIC = (r"heol|ffordd|stryd|l[oô]n|maes|rhodfa|teras|cilgant|rhes|llys|clos|cwrt|ceum|sr[aàá]id|rathad|"
           r"b[oó]thar|ascaill|bruach|c[eé]ide|l[aá]na|cae|ceann|cnoc|gleann|taobh")
_STREET = (
    rf"(?:{_NOT_CLAUSE}{_WORD}[ \t]+){{1,3}}(?i:{_TYPES})(?![\w'’])"
    rf"|(?P<celtic>(?i:{_CELTIC}))(?:['’]r)?[ \t]+{_NOT_CLAUSE}{_WORD}(?:[ \t]+{_NOT_CLAUSE}{_WORD}){{0,2}}"
)
# A house number may come first; after one, up to three capitalised words are a street ("Glenholme, 17 Pen Rhos").
_NUMBERED = (rf"(?P<num>\d{{1,4}}[a-zA-Z]?[ \t]+)?(?:{_STREET}"
             rf"|(?(num)(?P<caps>{_NOT_CLAUSE}[A-Z][\w'’-]+(?:[ \t]+{_NOT_CLAUSE}[A-Z][\w'’-]+){{0,2}})|(?!)))")
# The street ends its name: "Tanyard Lane Infants", "Mill Road Primary" are schools.
_ENDS = r"(?![ \t]+(?:\d|(?i:primary|academy|school|infants|juniors?|nursery|college|ps)\b))"
# A capitalised word after the street makes it part of a longer name ("Mill Lane Surgery"), unless it is a month or
# a day ("calico drive July 2023").
_NEXT_CAPITAL_RE = re.compile(r"[ \t]+(?P<w>[A-Z][a-z][\w'’-]*)")
_AFTER_COMMA_RE = re.compile(rf",[ \t]*(?P<s>{_NUMBERED}){_ENDS}")
# The short words that link a Welsh or Gaelic street's name: "Cilgant y Cardiau", "Ceann a' Mhuilinn".
_LINKS = frozenset({"y", "yr", "'r", "na", "an", "nan", "nam", "a'", "a’", "na h-"})
_IN_BRACKETS_RE = re.compile(rf"[ \t]*\([ \t]*(?P<s>(?=\d){_NUMBERED})[ \t]*\)")
_FIRST_WORD_RE = re.compile(r"[ \t]*(?P<w>[^\W\d_]+)")

# Cues after which any name is a home's; and cues that start other phrases too ("at work", "to the park").
_STRONG = (r"addr|address|home|fled|living(?:[ \t]+at)?|lives(?:[ \t]+at)?|staying(?:[ \t]+at)?|"
           r"moved[ \t]+(?:in[ \t]+)?to|moved[ \t]+into")
_WEAK = r"at|to|on|of|from|into|outside|near|behind|attended|visited"
# Words a home's name does not hold: a clause between the cue and the comma.
_NOT_NAME = (r"a|and|or|but|he|she|they|we|i|you|it|him|her|them|his|their|my|our|your|was|is|are|were|be|been|"
             r"had|has|have|not|no|of|in|on|at|to|from|with|by|for|so|then|when|if|that|this|which|who|what|"
             r"work|school|ysgol|primary|academy|college|academy|nursery|hospital|park|shop|shops|station|church|mosque|library|pub|"
             r"club|centre|gym|town|city|said|says|told|went|came|took|got|see|saw|seen|visit|visiting|"
             r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|morning|night|"
             r"mum|dad|mam|nan|nain|gran|granny|grandad|taid|sister|brother|aunt|auntie|uncle|cousin|friend|"
             r"partner|boyfriend|girlfriend|son|daughter|baby|child|children|kids|family|"
             # The cue's own words and what follows them: "home address given as Flat 2, ...", "just left".
             r"address|addr|home|as|given|known|last|living|lives|staying|moved|fled|just|left|setting|hours|"
             r"stays|stayed|stay|lived|live|now|still|new|maybe|probably|possibly|also|even|only|usually|back|"
             r"alone|together|there|here|nearby|file|record|records|system|form|"
             # "lives at the flat above, 12 Elm Road": a flat described by where it is, not named.
             r"above|over|below|under|beneath|behind|opposite|upstairs|downstairs")
# A name's words are letters (a Welsh or Gaelic name's apostrophes and hyphens too): "Flat A19" is a flat.
_NAME_WORD = rf"(?!(?i:{_NOT_NAME})(?![\w'’]))[^\W\d_](?:[^\W\d_]|['’-]){{0,24}}(?![\w'’-])"
_NAME_BEFORE_RE = re.compile(
    rf"(?:(?<![\w'’])(?P<cue>(?i:{_STRONG}|{_WEAK}))[ \t]*:?[ \t]+\(?|(?m:^)[ \t]*)"
    rf"(?P<name>(?:{_NAME_WORD}[ \t]+){{0,4}}{_NAME_WORD})[ \t]*$"
)
_STRONG_RE = re.compile(rf"(?i:{_STRONG})")
_HOUSE_WORDS = re.compile(
    r"(?i:house|cottage|croft|farm|farmhouse|villa|lodge|barn|bothy|flat|bungalow|manse|hall|grange|mill|forge|"
    r"smithy|steading|byre|chapel|rectory|vicarage|end|tŷ|ty|bwthyn|taigh|tigh|teach)(?![\w'’])"
)


def _capitalised(name: str) -> bool:
    """Every word of a name capitalised, or in capitals, or typed with caps lock and shift ("tIGH NA cLÈIRE");
    the short linking words of Welsh and Gaelic names ("y", "a'", "na") may be lower case."""
    words = [w for w in name.split() if len(w.strip("'’")) > 2]
    return bool(words) and all(w[0].isupper() or w[1:].isupper() for w in words)


def _street_end(text: str, street: re.Match[str]) -> int:
    """Where a street read after the comma ends. A street whose Welsh or Gaelic word comes first ends before the first
    word not written like it ("Cae'r Nyrsys sent", "Ceum na Snàthaid Tom"): a capitalised name's words are
    capitalised, a lower-case name's are lower case."""
    if street.group("celtic") is None:
        return street.end()
    words = list(re.finditer(r"\S+", text[street.start("celtic") : street.end()]))
    upper = words[0].group()[0].isupper()
    end = street.start("celtic") + words[1].end() if len(words) > 1 else street.end()
    for w in words[1:]:
        word = w.group()
        # "lôn y pier w his mate": a lone letter is chat's "with".
        if word.lower() not in _LINKS and ((word[0].isupper() or word[1:].isupper()) != upper or len(word) == 1):
            break
        end = street.start("celtic") + w.end()
    return end


def _name_start(text: str, comma: int, numbered: bool) -> int | None:
    """Where the home's name before the comma at `comma` starts, or None if no cue and name stand there."""
    m = _NAME_BEFORE_RE.search(text, max(0, comma - 70), comma)
    if m is None:
        return None
    name = m.group("name")
    # "at her nan's house, Mill Lane": whose home it is, kept readable.
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in name.split()):
        return None
    cue = m.group("cue")
    # "complaint from Kemisha Jones, 12 Elm Mews": a person's name, then their address. A house before a house number
    # holds a house word, or is one word no name list has ("of Glenholme, 17 Pen Rhos").
    words = name.split()
    if numbered and not _HOUSE_WORDS.search(name) and (len(words) > 1 or words[0].lower() in lexicon.first_names()
                                                       or words[0].lower() in lexicon.surnames()):
        return None
    strong = cue is not None and _STRONG_RE.fullmatch(cue.replace("\t", " ")) is not None
    if not strong and not (_capitalised(name) or _HOUSE_WORDS.search(name)):
        return None
    # "we met at the house, 12 Elm Road": a house word with only "the" before it names no house.
    if not strong and len(words) == 2 and words[0] == "the":
        return None
    # At a line's start only a capitalised name, as an address block's first line is written.
    if cue is None and not _capitalised(name):
        return None
    return m.start("name")


def homes_before_streets(text: str) -> Iterator[Span]:
    # The comma (or bracket) where the two halves meet is found by str.find, the street read after it and the name
    # read back from it only then (speed).
    for ch, pattern in ((",", _AFTER_COMMA_RE), ("(", _IN_BRACKETS_RE)):
        i = text.find(ch)
        while i != -1:
            at = i
            while ch == "(" and at > 0 and text[at - 1] in " \t":
                at -= 1
            street = pattern.match(text, at)
            nxt = _NEXT_CAPITAL_RE.match(text, street.end()) if street is not None else None
            if nxt is not None and nxt.group("w").lower() not in _COUNT_AND_TIME_WORDS:
                street = None
            # "90 minutes each way", "6 WORKERS IN ONE": a count, not a house number.
            if street is not None and street.group("num") is not None:
                first = _FIRST_WORD_RE.match(text, street.end("num"))
                caps = street.group("caps")
                if first is None or first.group("w").lower() in _COUNT_AND_TIME_WORDS or (
                        caps is not None and all(w.lower() in lexicon.english_words() for w in caps.split())):
                    street = None
            if street is not None:
                start = _name_start(text, at, street.group("num") is not None)
                if start is not None:
                    yield Span(_ADDRESS, start, _street_end(text, street), P_ADDRESS)
            i = text.find(ch, i + 1)
