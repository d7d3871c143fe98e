"""Streets named in Welsh, Scottish Gaelic and Irish.

Street-first names ("Heol y Felin", "Bruach na Mara", "Páirc an Rí") are found by their street word,
number or not. Welsh street names after a house number: a Welsh name puts the place word first and often has no street
word at all: "43 Cae Mawr" (big field), "121-123 Bryn Eithin" (gorse hill), "7 Pen-y-Bryn", "2 Llwyn Onn".
The street rules know the few words that translate "road" or "close" ("Heol", "Clos"); these are the
landscape and building words Welsh streets are named from. A house number must come first: "Bryn" and
"Glan" are also given names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

# Welsh, Scottish Gaelic and Irish street names put the street word first: "Heol y Felin", "Ffordd Pengam",
# "Sràid na h-Eaglais", "Bóthar an Phiarsaigh".
_WELSH = (
    r"(?:heol|ffordd|stryd|l[oô]n|maes|rhodfa|cwrt|clos|teras|llys|sr[aàá]id|rathad|b[oó]thar|ascaill|cnoc|"
    r"gleann|druim|achadh|"
    # Gaelic and Irish place words that no English text uses: bank, township, head, side, pass, well, shore;
    # Irish lane, square, drive, terrace, grove, park, view, court.
    r"bruach|baile|ceann|taobh|bealach|tobar|cladach|l[aá]na|cearn[oó]g|c[eé]ide|ard[aá]n|garr[aá]n|p[aá]irc|"
    # The Welsh article may be glued to the street word: "rhodfa'r odyn", "heol'r ysgol".
    r"radharc|c[uú]irt)(?:['’]r)?[ \t]+"
    # The article may be Gaelic's "a'" too: "Sràid a' Chladaich".
    r"(?:(?:y|yr|'r|na|an|nan|nam|a['’])[ \t]+)?(?:[htn]-)?[^\W\d_][\w'’-]*"
    # Up to two more words of the name: capitalised, or Welsh words in a lower-case note ("heol dewi sant"),
    # or any word after "y" ("Ffordd Tan y Bryn", "ffordd tan y graig"). A name never runs on to the next line.
    r"(?:[ \t]+(?:(?:y|yr|'r)[ \t]+[^\W\d_][\w'’-]+|(?-i:[A-Z])[\w'’-]+"
    r"|sant|santes|dewi|fach|fawr|newydd|hen|glas|gwyn|goch|uchaf|isaf|bach|mawr|fôr|môr|wen|ddu|lwyd|hir|ganol)"
    r"\b){0,2}"
)
STREET_FIRST_RE = re.compile(rf"(?=[hfslmrctbagdpHFSLMRCTBAGDP])\b{_WELSH}", re.IGNORECASE)
LINKED_RE = re.compile(r"[^\W\d_]+\s+(?:y|yr|'r)\s+[^\W\d_]")
STREET_FIRST_GATE = (
    "heol", "ffordd", "stryd", "lon", "lôn", "maes", "rhodfa", "cwrt", "clos", "teras", "llys", "sràid", "sraid",
    "sráid", "rathad", "bothar", "bóthar", "ascaill", "cnoc", "gleann", "druim", "achadh", "bruach", "baile",
    "ceann", "taobh", "bealach", "tobar", "cladach", "lana", "lána", "cearn", "céide", "ceide", "ardan", "ardán",
    "garran", "garrán", "pairc", "páirc", "radharc", "cuirt", "cúirt",
)

# Field, hill, hollow, valley, grove, meadow, slope, bank, moor, wood, view, row, gardens, crescent,
# estate, house(s), mansion, farm, homestead, corner, end, top, under, edge, brook, ...
_PLAIN = (
    r"cae|caeau|bryn|bryniau|pant|cwm|parc|erw|gerddi|cilgant|llwyn|coed|coedlan|dol|dôl|dolydd|gwel|trem|"
    r"golwg|rhes|nant|glan|ystad|allt|rhiw|cefn|bron|fron|waun|gwaun|hafod|hendre|llain|cors|tyddyn|"
    r"llannerch|penrhyn|ael|gorsedd|sgwar|sgwâr|buarth|ffos|rhos|tŷ|plas"
)
# Words of English or chat too ("pen", "tan", "min", "bro", "tai chi"): a Welsh street only with "y" after
# ("Pen-y-Bryn", "Bro'r Ysgol").
_JOINED = r"pen|tan|min|ty|tir|bod|cil|blaen|bro|tai"
_NUMBER = r"(?<![\w/£$€.:])\d{1,4}[a-z]?(?:[ \t]*[-–][ \t]*\d{1,4}[a-z]?)?,?[ \t]+"
_LINK = r"(?:[ \t]+|-)(?:y|yr|'r|’r)(?:[ \t]+|-)"
_NAME = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*"
# Common words of a lower-case name: "43 cae mawr", "2 heol dewi sant".
_LOWER_TAIL = r"mawr|fawr|bach|fach|newydd|hen|glas|gwyn|wen|goch|coch|uchaf|isaf|du|ddu|hir|teg|deg|onn|derw|eithin"
WELSH_NUMBERED_RE = re.compile(
    rf"{_NUMBER}(?P<e>(?:{_PLAIN})|(?:{_JOINED})(?={_LINK}))(?P<link>{_LINK}|[ \t]+)(?P<n>{_NAME})"
    rf"(?:[ \t]+(?P<n2>(?-i:[A-Z])[\w'’-]*|(?:{_LOWER_TAIL})\b))?",
    re.IGNORECASE,
)
# Words that end a clause rather than name a street: "3 cae then home", "2 Bryn He said".
_NOT_NAME = frozenset(
    {"the", "a", "an", "and", "or", "but", "then", "of", "in", "on", "at", "to", "for", "with", "by", "from",
     "is", "was", "are", "were", "has", "had", "he", "she", "they", "we", "i", "you", "it", "his", "her",
     "their", "my", "our", "your", "this", "that", "said", "says", "told", "mum", "dad", "not", "no",
     "yes", "so", "if", "when", "who", "which", "am", "pm", "years", "yrs", "mins", "minutes", "times"}
)


_AFTER_NUMBER = frozenset(" \t,-–abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def welsh_numbered_streets(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    n = len(text)
    for s, e in digits.runs:
        # A house number of at most four digits, then a blank, comma, dash or letter (speed).
        if (e - s > 4 or e >= n or text[e] not in _AFTER_NUMBER
                or (s > 0 and (text[s - 1].isalnum() or text[s - 1] in "/£$€.:"))):
            continue
        m = WELSH_NUMBERED_RE.match(text, s)
        if m is None:
            continue
        name = m.group("n")
        if name.lower() in _NOT_NAME:
            continue
        capital = m.group("e")[0].isupper()
        # One case throughout: "43 Cae Mawr", "43 cae mawr"; a linking "y" is lower case either way.
        if name[0].isupper() != capital:
            continue
        end = m.end("n")
        tail = m.group("n2")
        if tail is not None and tail.lower() not in _NOT_NAME and tail[0].isupper() == capital:
            end = m.end("n2")
        yield Span(EntityType.ADDRESS, m.start(), end, P_ADDRESS)


# "Ty'n", short for "tyddyn" (a smallholding), names a house like "Tŷ" does: "Ty'n y Pant, ...".
# A house named in Welsh, Gaelic or Irish with no number: "Tan y Bryn, Tenbury Wells", "Tigh na Mara,
# Tullygarley Avenue", "Tŷ Gwyn, ...". The house word (Tŷ, Tigh, Taigh, Teach), or a Welsh place word joined to
# its name by "y", then a comma: the form of a house name before the rest of its address.
NAMED_HOUSE_RE = re.compile(
    rf"(?<![\w'’-])(?P<h>(?:(?:Tŷ|Ty|Ty['’]n|Tigh|Taigh|Teach|Bwthyn)[ \t]+"
    # Irish marks the noun after "na" with a small letter before its capital: "Teach na gCon", "Teach na bhFiann".
    rf"(?:(?:na|an|nan|y|yr)[ \t]+(?:bh|[bdgmnht])?)?[A-Z][\w'’-]*"
    # In a lower-case note only with the article, which chat never puts there: "bwthyn y gof, ...".
    rf"|(?:tŷ|tigh|taigh|teach|bwthyn|ty['’]n)[ \t]+(?:na|an|nan|y|yr)[ \t]+[a-z][\w'’-]*"
    rf"|(?=[A-Z])(?i:{_PLAIN}|{_JOINED}){_LINK}[A-Z][\w'’-]*)"
    # "Pen y Graig Farm, ...": the kind of house may follow its Welsh name.
    r"(?:[ \t]+(?:Farm|Farmhouse|Cottage|House|Lodge|Barn|Bungalow))?)(?=[ \t]*,)",
)
# With no comma after it, a place word before it says it is a home: "at his nan's at Pen y Don but ...". A
# capitalised word after it makes it part of a longer name ("at Pen y Bont Road").
_CUED_HOUSE_RE = re.compile(NAMED_HOUSE_RE.pattern.replace(r"(?=[ \t]*,)", r"(?![\w'’-]|[ \t]+[A-Z0-9])"))
_CUE_BEFORE_RE = re.compile(r"(?<![\w'’])(?i:at|from|to|visited|address:?|lives|living|staying)[ \t]+$")
_NAMED_HOUSE_GATE = ("Tŷ ", "Ty ", "Tigh ", "Taigh ", "Teach ", "Bwthyn ", " y ", "-y-", " yr ", "'r ", "tŷ ",
                     "tigh ", "taigh ", "bwthyn ")
# The street after the house, in a lower-case note too: "bwthyn y gof, lagan weir terrace".
_STREET_AFTER_RE = re.compile(
    r"[ \t]*,[ \t]*(?P<first>[^\W\d_][\w'’-]*)(?:[ \t]+[^\W\d_][\w'’-]*)?[ \t]+"
    r"(?:road|street|avenue|lane|close|drive|crescent|grove|gardens|terrace|mews|way|row|walk|place|square)\b",
    re.IGNORECASE,
)


_HOUSE_WORDS = ("Tŷ", "Ty", "Tigh", "Taigh", "Teach", "Bwthyn", "tŷ", "tigh", "taigh", "teach", "bwthyn",
                "ty'n", "ty’n")
# A blank or dash, then a linking "y", "yr" or "'r": found by str.find, then read back to the word before.
_LINK_STARTS = (" y", "\ty", "-y", " '", "\t'", "-'", " ’", "\t’", "-’")


def _named_house_starts(text: str) -> list[int]:
    """Where NAMED_HOUSE_RE can begin: at a house word, or at the capitalised word straight before a link,
    read back from the link. Trying the pattern at every character of a long note that has a " y " cost
    2.5% of a case file (speed)."""
    starts = set(scan.literal_starts(text, _HOUSE_WORDS))
    for i in scan.literal_starts(text, _LINK_STARTS):
        end = i
        if text[i] != "-":
            while end > 0 and text[end - 1] in " \t":
                end -= 1
        k = end
        while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_"):
            k -= 1
        if k < end and "A" <= text[k] <= "Z":
            starts.add(k)
    return sorted(starts)


def welsh_named_houses(text: str) -> Iterator[Span]:
    if not any(g in text for g in _NAMED_HOUSE_GATE):
        return
    for m in scan.matches_from(NAMED_HOUSE_RE, text, _named_house_starts(text)):
        end = m.end("h")
        street = _STREET_AFTER_RE.match(text, end)
        if street is not None and street.group("first").lower() not in _NOT_NAME:
            end = street.end()
        yield Span(EntityType.ADDRESS, m.start("h"), end, P_ADDRESS)
    for m in scan.matches_from(_CUED_HOUSE_RE, text, _named_house_starts(text)):
        if _CUE_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            yield Span(EntityType.ADDRESS, m.start("h"), m.end("h"), P_ADDRESS)
