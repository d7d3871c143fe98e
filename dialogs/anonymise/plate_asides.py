"""Plates written after a car's make or model with something in between: a trim ("audi a3 s line FT 9675", "mini
cooper s kdp 23b", "a white 208 gt line as 17 gvz"), a bracketed aside ("Transit Custom (white) T881", "fiat 500
(food bag on the back seat) 2918s"), a short clause ("his purple micra on the verge again t 7389") or a bracket
after a vehicle word that holds the plate alone ("a camper (son 740h)").

Why: the rules in `plates.py` take a weak code (a lone letter and digits, letters that are a unit or a word) only
straight after a make, model or vehicle word. Writers put a trim, an aside or where the car stood in between. Each
shape keeps its own bound: a trim is a run of known trim words or model numbers back to a make or model (or a model
number after a colour); an aside is one bracket without digits; a clause holds no digits or sentence break and ends
at the code; the code is always a whole DVLA shape (`plate_shapes.code_ok`), and only a trim or a bracket holding
the code alone lets its letters spell a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.lexicon import english_words, vehicle_makes, vehicle_models, vehicle_words
from dialogs.anonymise.plate_shapes import code_ok, codes, ends_clause
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# Trims and badges written between a model and its plate, in lower case ("s line", "gt line", "msport", "cooper s").
_TRIMS = frozenset(
    {"line", "s-line", "r-line", "sport", "sports", "s", "r", "gt", "gti", "gtd", "gtline", "st", "st-line", "rs",
     "se", "sri", "sxi", "sx", "gsi", "lx", "ex", "amg", "msport", "m-sport", "cooper", "works", "lux", "luxe",
     "titanium", "zetec", "ghia", "plus", "edition", "hybrid", "diesel", "petrol", "auto", "turbo", "tdi", "tsi",
     "tfsi", "dci", "hdi", "crdi", "ecoboost", "vrs", "xdrive", "quattro", "estate", "hatchback", "hatch", "saloon",
     "coupe", "convertible", "tourer", "van", "camper", "lwb", "swb", "4x4", "gtx", "xr2", "xr3", "xr3i"}
)
# A model's number or code among the trims: "a3", "208", "500", "c200", "x5".
_MODEL_CODE_RE = re.compile(r"[a-z]{0,2}\d{1,3}[a-z]{0,2}")
# Colours that stand before a model number named alone: "a white 208 gt line ...".
_COLOURS = frozenset(
    {"white", "black", "silver", "grey", "gray", "red", "blue", "green", "yellow", "orange", "purple", "gold", "brown",
     "pink", "cream", "maroon", "navy", "teal", "beige", "bronze", "blk", "wht", "slv", "gry"}
)
# Short words that carry a sentence on after a model: "his 3 series for 950", "the a class was 500".
_PROSE_WORDS = frozenset(
    {"for", "was", "and", "but", "now", "had", "has", "got", "are", "not", "her", "his", "its", "the", "off", "out",
     "new", "old", "one", "two", "ten", "too", "yet", "all", "any", "per", "via", "who", "why", "how", "can", "did",
     "due", "far", "few", "our", "she", "him", "own", "put", "ran", "saw", "say", "see", "set", "sat", "way", "won",
     "yes", "cost", "paid", "from", "with", "over", "just", "only", "about", "is", "to", "at", "on", "in", "by"}
)
_CLAUSE_BREAKS = ".!?;:\n()[]"
_WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def _make_or_model(word: str, prev: str) -> bool:
    """A make or model; one that is also an everyday word ("micra", "focus") only capitalised or after a colour."""
    low = word.lower()
    if low not in vehicle_makes() and low not in vehicle_models():
        return False
    return low not in english_words() or word[0].isupper() or prev.lower() in _COLOURS


def _after_numbered(text: str, start: int) -> bool:
    """"a class lib 981", "3 series ab 1234": straight after a numbered model."""
    words = text[max(0, start - 24) : start].split(" ")
    return (len(words) >= 3 and words[-1] == "" and words[-2].lower() in ("class", "series")
            and len(words[-3]) <= 2 and words[-3].isalnum())


def _after_trims(text: str, start: int) -> bool:
    """"audi a3 s line FT", "red mini cooper s pds", "a white 208 gt line as": trims back to a make or model (at
    least one trim), or to a model number after a colour."""
    words = text[max(0, start - 48) : start].split(" ")
    if len(words) < 3 or words[-1] != "":
        return False
    words.pop()
    trims = 0
    numbered = False
    for back in range(1, min(6, len(words))):
        word, prev = words[-back], words[-back - 1]
        low = word.lower()
        if _make_or_model(word, prev):
            return trims > 0
        if low in _TRIMS or _MODEL_CODE_RE.fullmatch(low):
            trims += 1
            numbered = numbered or any(c.isdigit() for c in low)
            continue
        return numbered and low in _COLOURS and trims > 1
    return False


def _vehicle_before(text: str, end: int) -> bool:
    """A make, model or vehicle word among the last three words before `end`."""
    words = _WORD_RE.findall(text[max(0, end - 40) : end])[-3:]
    return any(w.lower() in vehicle_makes() or w.lower() in vehicle_models() or w.lower() in vehicle_words()
               for w in words)


def _after_aside(text: str, start: int) -> bool:
    """"Transit Custom (white) T881", "t-roc (dual controls) 3596 z": one bracket without digits, after a make,
    model or vehicle word (or its trims)."""
    head = text[max(0, start - 60) : start].rstrip(" \t")
    if not head.endswith(")"):
        return False
    inner_start = head.rfind("(")
    inner = head[inner_start + 1 : -1]
    if inner_start == -1 or len(inner) > 44 or any(c.isdigit() or c in "()\n" for c in inner):
        return False
    at = start - len(text[max(0, start - 60) : start]) + inner_start
    return _vehicle_before(text, at) or _after_trims(text, at)


def _bracket_alone(text: str, m: re.Match[str]) -> bool:
    """"a cream camper (son 740h)": the bracket after a vehicle holds the code alone, a plate with a year letter or
    an issued tag ("BMW (320 d)" is the model)."""
    start = m.start()
    dated = m.group("suf") is not None or m.group("cur") is not None or m.group("pre") is not None
    return (dated and start > 0 and text[start - 1] == "(" and m.end() < len(text) and text[m.end()] == ")"
            and _vehicle_before(text, start - 1))


def _after_clause(text: str, start: int) -> bool:
    """"his purple micra on the verge again t 7389", "Chevrolet Matiz on the grass again, 3710 W": a make or model
    three to nine words back in the clause, with no digits between. Straight after the make the code is its model
    ("a black BMW 118d", "Yamaha R125"), which the rules in `plates.py` settle."""
    head = text[max(0, start - 72) : start]
    cut = max(head.rfind(c) for c in _CLAUSE_BREAKS)
    words = list(_WORD_RE.finditer(head, cut + 1))[-10:]
    for i in range(len(words) - 2):
        word = words[i].group()
        if _make_or_model(word, words[i - 1].group() if i else ""):
            return not any(c.isdigit() for c in head[words[i].end() :])
    return False


def _accept(text: str, m: re.Match[str]) -> bool:
    start = m.start()
    if _after_numbered(text, start):
        letters = (m.group("dl") or "").lower()
        return letters not in _PROSE_WORDS and code_ok(m, words=True, dateless_words=True)
    if _after_trims(text, start) or _bracket_alone(text, m):
        return code_ok(m, words=True)
    if _after_aside(text, start):
        return code_ok(m)
    return ends_clause(text, m.end()) and code_ok(m) and _after_clause(text, start)


def aside_plates(text: str) -> Iterator[Span]:
    for m in codes(text, lambda m: _accept(text, m)):
        yield Span(EntityType.VEHICLE_REG, m.start(), m.end(), P_VRN)
