"""A named house told by the street it stands by: "Rose Cottage by Mill Lane", "the chapel house by kiln row",
"Tigh na Mara by Shore Road".

A house's name alone ("The Old Manse Flat") is often no rule's; the street after "by" is, but the house and its
street are one home, and hidden apart the note reads "The Old Manse Flat by [address]". The house is a name of one to
three words ending in a house word, or a Gaelic or Welsh "house of" name (Teach, Tigh, Tŷ) of up to three words; the
street is one to three words ending in a street word. Both in capitals, or both in lower case as a quick note types.
Found only at " by " in the note, so a note without it pays nothing.
"""

from __future__ import annotations

import re

from dialogs.anonymise import scan
from dialogs.anonymise import street_words as sw
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_HOUSE_WORDS = frozenset({"cottage", "house", "farm", "farmhouse", "lodge", "bungalow", "manse", "rectory", "vicarage",
                          "presbytery", "villa", "flat", "barn", "grange", "croft", "mill", "forge", "smithy"})
# A house that is one of a kind in its parish needs no name: "the Vicarage by Church Lane".
_ALONE = frozenset({"manse", "rectory", "vicarage", "presbytery"})
# The Gaelic and Welsh "house of" that starts a house's name: "Tigh na Mara", "Teach an Phobail", "Tŷ Capel".
_HOUSE_OF = frozenset({"teach", "tigh", "tŷ"})
# "Tigh na Mara", "Teach an tSagairt": the articles are the name's own; a sentence's words are not.
_NOT_AFTER_HOUSE_OF = frozenset({"and", "or", "with", "at", "to", "in", "on", "is", "was", "the", "his", "her", "by"})
_WORD = r"[A-Za-z][\w'’-]*"
# The street a house is by: every short form ("vw" too, not "yd"), no "fold", "garth" or "towpath" (kept so).
_STREET_WORDS = sw.alternation(
    sw.CORE | sw.SHORT | (sw.SHORT_RARE - {"yd"}) | {"vw"} | sw.RISKY | (sw.NORTHERN - {"fold", "garth"})
    | {"quay", "wharf"} | sw.MEADOWS | {"approach"}
)
_STREET_RE = re.compile(
    rf"[ \t]+(?P<s>(?:{_WORD}[ \t]+){{1,3}}"
    rf"(?i:{_STREET_WORDS}))\b(?![\w'’-])"
)
# Words that make "her flat", "the council house", "mum's house" a description, not a house's name; and words that
# make "by the park", "by his dad" no street.
_NOT_NAME = frozenset({
    "the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "own", "new", "old-style",
    "council", "top", "bottom", "ground", "first", "second", "upstairs", "downstairs", "little", "big", "small",
    "tiny", "empty", "next", "same", "other", "safe", "halfway", "foster", "family", "care", "friend's", "friends",
    "mum's", "mums", "dad's", "dads", "nan's", "nans", "gran's", "grans", "granny's", "grannys", "aunt's", "aunty's",
    "auntie's", "uncle's", "sister's", "brother's", "cousin's", "partner's", "boyfriend's", "girlfriend's", "mate's",
    "mates", "someone's", "somebody's", "whose", "one", "two", "in", "at", "on", "to", "from", "of", "by", "near",
    "and", "or", "with", "was", "is", "went", "lives", "living", "staying", "stays", "visited", "outside", "inside",
    "back", "front", "side", "rear", "main", "end", "shared", "rented", "private", "temporary", "temp", "current",
    "previous", "old", "former", "pub", "club", "school", "church", "mosque", "temple", "gurdwara", "community",
    "youth", "public", "dolls", "doll's", "wendy", "tree", "play", "haunted", "boarding", "guest", "care-home",
})
_NOT_STREET = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "and",
                         "or", "then", "now", "again", "main", "same", "next", "back", "side", "front", "one"})


def houses_by_streets(text: str) -> list[Span]:
    low = scan.lowered(text)
    i = low.find(" by ")
    if i == -1:
        return []  # the usual note (speed)
    out: list[Span] = []
    while i != -1:
        start = _house_start(text, i)
        street = _STREET_RE.match(text, i + 3) if start >= 0 else None
        # Both capitalised as a record writes them, or both lower case as a quick note types: "Rose Cottage by mill
        # lane" mixes a name with a sentence's words.
        if (street is not None and street.group("s").split()[0].lower() not in _NOT_STREET
                and text[start].isupper() == street.group("s")[0].isupper()):
            out.append(Span(EntityType.ADDRESS, start, street.end("s"), P_ADDRESS))
        i = low.find(" by ", i + 4)
    return out


_TOKEN_RE = re.compile(r"[^ \t\n]+")


def _house_start(text: str, by: int) -> int:
    """Where the house named just before " by " starts, or -1. Up to three name words before a house word, none of
    them one that makes it a description ("her flat", "the council house"), or a "house of" name; with its "the"."""
    line = max(text.rfind("\n", 0, by) + 1, by - 60)  # a heading and a house are not one name
    toks = [(m.start(), m.group()) for m in _TOKEN_RE.finditer(text, line, by)][-5:]
    if not toks or not toks[-1][1][:1].isalpha():
        return -1
    first = -1
    for k in range(max(0, len(toks) - 4), len(toks) - 1):
        if toks[k][1].lower() in _HOUSE_OF and all(
                w[:1].isalpha() and w.lower() not in _NOT_AFTER_HOUSE_OF for _, w in toks[k + 1 :]):
            first = k
            break
    if first < 0:
        if toks[-1][1].lower() not in _HOUSE_WORDS:
            return -1
        first = len(toks) - 1
        while first > 0 and len(toks) - first < 4:
            w = toks[first - 1][1]
            # A capitalised word names the house ("The Old Rectory"); only the little words stop it then.
            if (w in _NOT_NAME or w.lower() in _NOT_STREET) or not w[:1].isalpha():
                break
            first -= 1
        if first == len(toks) - 1 and toks[-1][1].lower() not in _ALONE:
            return -1
    if first > 0 and toks[first - 1][1].lower() == "the":
        first -= 1
    return toks[first][0]
