"""Lower-case homes the street rules miss.

A house named in lower case and then its street, with no number, after a word that introduces a place:
"seen at windrush cottage, smokehouse lane", "going round kilnhurst, hopyard meadow", "at gwel an mor,
carnmoney road", "visited rowanlea, heol y chwarel". Quick notes drop the capitals and the house number;
a comma between a house-like name and a street is what is left of the address.

The house is a name no dictionary has ("kilnhurst"), a name ending in a house word ("windrush cottage",
"the old post office") or a Celtic phrase with its article ("gwel an mor"); everyday words before a street
("at home, elm road", "at school, park lane") are not a house. The street after the comma is found as ever.

A numbered street of steps after a place word: "at 122 boathouse steps" ("took 3 steps" has no place word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# Short forms a quick note types: "ardmore, lamplighter wy", "windrush, quince dr"; but no "st" (lower case, a
# saint), "pl" or "sq", nor "chare", "garth", "loan" or "vennel" (kept so); "market" and "circus" as well.
_STREET_WORDS = sw.alternation(
    sw.CORE | (sw.SHORT - {"st", "pl", "sq"}) | {"wy", "yd"} | sw.RISKY
    | (sw.NORTHERN - {"chare", "garth", "loan", "vennel"}) | {"quay", "wharf"} | sw.MEADOWS
    | {"croft", "approach", "circus", "market"}
)
_WELSH_PLACES = (r"cae|bryn|llwyn|pant|cwm|parc|erw|gerddi|cilgant|coed|dol|gwel|trem|rhes|nant|glan|allt|rhiw|cefn|"
                 r"waun|hafod")
HOUSE_THEN_STREET_RE = re.compile(
    r"(?<![\w'’])(?:(?:at|to|from|round|on|visited|visit|address|addr|gave|re|lives|living|staying)[ \t]+"
    r"(?P<house>(?:the[ \t]+)?[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){0,2})"
    # With no place word, only one word and a house word: "complainant ... hopkiln cottage, creamery road".
    r"|(?P<bare>[a-z][a-z'’-]*[ \t]+(?:cottage|farm|farmhouse|lodge|barn|bungalow|mill|croft|house))),[ \t]*"
    r"(?P<street>(?:[a-z][a-z'’-]*[ \t]+){1,2}(?:" + _STREET_WORDS + r")"
    r"|(?:heol|ffordd|stryd|lon|maes|sr[aà]id|rathad|b[oó]thar)[ \t]+(?:(?:y|yr|an|na|a['’])[ \t]+)?[a-z][a-z'’-]*"
    # A Welsh street of a place word and its name, with no street word: "the annexe, llwyn onn".
    r"|(?:" + _WELSH_PLACES + r")[ \t]+(?:(?:y|yr)[ \t]+)?[a-z][a-z'’-]*)\b"
)
_HOUSE_WORDS = frozenset({"cottage", "cottages", "house", "farm", "farmhouse", "lodge", "barn", "bungalow", "mill",
                          "croft", "manse", "rectory", "vicarage", "office", "forge", "grange", "hall", "chapel",
                          "smithy", "granary", "stables", "villa", "annexe", "annex", "dairy", "oast", "bakery",
                          "flat"})
_WELSH_FIRST = frozenset(_WELSH_PLACES.split("|"))
# Celtic articles inside a house's name: "gwel an mor", "tigh na mara", "bryn y mor".
_ARTICLES = frozenset({"an", "na", "nan", "y", "yr"})
_NOT_START = frozenset({"at", "to", "from", "in", "on", "round", "near", "with", "by",
                        "the", "a", "an", "and", "or", "but", "then", "his", "her", "their", "my", "our", "your",
                        "this", "that", "home", "school", "work", "college", "nursery", "church", "hospital"})
_GATE = ("road", "street", "avenue", "lane", "close", "drive", "crescent", "grove", "gardens", "terrace", "mews",
         "way", "meadow", "brow", "row", "walk", "rise", "view", "yard", "hill", "place", "square", "court",
         "fold", "croft", "green", "vale", "bank", "wynd", "brae", "market", "approach", "sràid", "sraid",
         "rd", "ave", "ln", "cl", "dr", "wy", "cres", "gdns", "tce", "terr", "ct", "yd",
         "rathad", "heol", "ffordd", "stryd", "lon", "maes",
         "cae", "bryn", "llwyn", "pant", "cwm", "parc", "erw", "gerddi", "cilgant", "coed", "dol", "gwel", "trem",
         "rhes", "nant", "glan", "allt", "rhiw", "cefn", "waun", "hafod")


def _house_like(words: list[str]) -> bool:
    english = english_words()
    if words[0] in _NOT_START and not (words[0] == "the" and words[-1] in _HOUSE_WORDS):
        return False
    if words[-1] in _HOUSE_WORDS:
        return True
    if len(words) == 1:
        # "went to tesco, high street": a shop, a service or a town is no house.
        return words[0] not in english and words[0] not in not_names() and words[0] not in places()
    # "bryn gamlas", "cae mawr": a Welsh place word starts a house's name as an article sits inside one.
    celtic = words[0] in _WELSH_FIRST or any(w in _ARTICLES for w in words[1:-1])
    return celtic and not all(w in english for w in words)


# The pattern from its comma on: every match has a comma with a lower-case street after it, and most notes have
# none, so the search over the whole note is skipped (speed).
_COMMA_STREET_RE = re.compile(HOUSE_THEN_STREET_RE.pattern[HOUSE_THEN_STREET_RE.pattern.index(r",[ \t]*(?P<street>"):])


def _street_after_a_comma(text: str) -> bool:
    i = text.find(",")
    while i != -1:
        if _COMMA_STREET_RE.match(text, i) is not None:
            return True
        i = text.find(",", i + 1)
    return False


def lower_house_streets(text: str, low: str) -> Iterator[Span]:
    """Each lower-case house name and street after a place word. `low`: the text in lower case."""
    # The comma check first: it costs a twentieth of looking for every street word in a long note (speed).
    if "," not in text or not _street_after_a_comma(text) or not any(g in low for g in _GATE):
        return
    pos = 0
    while (m := HOUSE_THEN_STREET_RE.search(text, pos)) is not None:
        words = (m.group("house") or m.group("bare")).split()
        street_first = m.group("street").split()[0]
        if _house_like(words) and street_first not in _NOT_START:
            yield Span(EntityType.ADDRESS, m.start("house") if m.group("house") else m.start("bare"), m.end("street"),
                       P_ADDRESS)
            pos = m.end()
        else:
            # "visit to mossgiel, ...": the match from "visit" failed; the one from "to" may not.
            pos = m.start() + 1


STEPS_RE = re.compile(
    r"(?<![\w'’])(?:at|from|to|address:?|lives|living at|moved to|staying at)[ \t]+"
    r"(?P<a>\d{1,4}[a-z]?,?[ \t]+(?:[a-z][\w'’-]*[ \t]+){1,2}(?:steps|stairs))\b"
)


def lower_steps(text: str, low: str) -> Iterator[Span]:
    if "steps" not in low and "stairs" not in low:
        return
    for m in STEPS_RE.finditer(text):
        if m.group("a").split()[1] not in _NOT_START:
            yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)


# "complaint re the old dairy,", "lives at the old forge": a former working building after a word that names a
# home is one, in lower case too. "a blaze at the old mill" is a landmark; "the old man" and "the old school"
# are no buildings' names.
OLD_BUILDING_RE = re.compile(
    r"(?<![\w'’])(?:re|address:?|lives[ \t]+at|living[ \t]+at|moved[ \t]+to|moving[ \t]+to|staying[ \t]+at|"
    r"stays[ \t]+at)[ \t]+(?P<h>the[ \t]+old[ \t]+(?:dairy|forge|mill|chapel|rectory|"
    r"vicarage|post[ \t]+office|bakery|smithy|granary|barn|stables|schoolhouse|school[ \t]+house|manse|tannery|"
    r"brewery|maltings|toll[ \t]*house|signal[ \t]+box|goods[ \t]+shed|police[ \t]+house|coach[ \t]*house))\b"
)


def lower_old_buildings(text: str, low: str) -> Iterator[Span]:
    if "the old" not in text:
        return
    for m in OLD_BUILDING_RE.finditer(text):
        yield Span(EntityType.ADDRESS, m.start("h"), m.end("h"), P_ADDRESS)


# "at grandstand farm", "staying at tŷ'r pier": a farm or cottage, or a Welsh house ("tŷ'r" is "the house of
# the"), named in lower case after a place word, with no street after it.
FARM_RE = re.compile(
    r"(?<![\w'’])(?:at|to|from|round)[ \t]+(?P<h>(?:[a-z][\w'’-]*[ \t]+(?:farm|farmhouse|cottage|croft))"
    r"|(?:tŷ|ty)['’]r[ \t]+[a-z][\w'’-]*)\b"
)


def lower_farms(text: str, low: str) -> Iterator[Span]:
    if "farm" not in low and "cottage" not in low and "croft" not in low and "'r " not in low and "’r " not in low:
        return
    for m in FARM_RE.finditer(text):
        if m.group("h").split()[0] not in _NOT_START:
            yield Span(EntityType.ADDRESS, m.start("h"), m.end("h"), P_ADDRESS)
