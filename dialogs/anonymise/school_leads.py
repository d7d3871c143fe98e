"""Schools whose setting word comes first, in Welsh, Irish and Scottish Gaelic: "Ysgol Gymraeg Bro Taf",
"Cylch Meithrin Treorci" (a Welsh playgroup),
"Cylch Ti a Fi Llanwenog" (a parent and toddler group), "Naíscoil an Droichid" (an Irish-medium nursery),
"Gaelscoil na Móna", "Bunscoil Naomh Pádraig", "Sgoil Ghàidhlig Ghlaschu". The name follows the setting
word, so it is walked forwards; the small words of each language ("y", "an", "na", "naomh") stay in it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan, school_names
from dialogs.anonymise.lexicon import english_words, first_names
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_LEADS = (
    # "YGG y Brethyn": a Welsh-medium primary's initials (Ysgol Gymraeg Gynradd) stand for its lead words.
    r"ysgol|ygg|cylch meithrin|meithrinfa|"
    # A Welsh parent and toddler group ("you and me") and a Welsh playgroup: "cylch ti a fi llanwenog".
    r"cylch ti a fi|cylch chwarae|"
    r"(?:na[ií]|gael|bun|me[aá]n|lán|lan)?scoil|gaelcho?l[aá]iste|col[aá]iste|"
    r"(?:bun-?|àrd-?|ard-?)?sgoil|sgoil-àraich|sgoil-araich|"
    # A Gaelic-medium playgroup: "Cròileagan a' Bhaile", often typed without its grave.
    r"cr[òo]ileagan"
)
LEAD_RE = re.compile(rf"\b(?P<lead>{_LEADS})(?:\s+[^\W\d_][\w'’-]*){{1,4}}", re.IGNORECASE)
# Cheap gate: every lead word holds one of these.
GATE = ("ysgol", "ygg", "cylch", "meithrin", "scoil", "sgoil", "colaiste", "coláiste", "cholaiste", "choláiste",
        "ileagan")
# What every LEAD_RE match in an ASCII note begins with ("bun-sgoil" as word_starts reads it, with a blank).
STARTS = ("ysgol", "ygg", "cylch", "meithrinfa", "naiscoil", "gaelscoil", "bunscoil", "meanscoil", "lanscoil", "scoil",
          "gaelcolaiste", "gaelcholaiste", "colaiste", "bunsgoil", "bun-sgoil", "ardsgoil", "ard-sgoil", "sgoil",
          "croileagan")
# Small words inside the names: Welsh ("y", "bro", "cwm") and Irish or Gaelic ("an", "na", "naomh", "ni").
_NAME_WORDS = frozenset({"y", "yr", "bro", "cwm", "glan", "pen", "tre", "llan", "gymraeg", "gynradd",
                         "uwchradd", "sant", "santes", "dewi", "fach", "fawr", "hen", "newydd",
                         "an", "na", "naomh", "ni", "nic", "mhic", "de", "ghàidhlig", "ghaidhlig"})


def gate(text: str, low: str) -> bool:
    """Whether a lead word may be in the note (`low`: the note lower-cased). In a long ASCII note the shared
    word-start scan answers first, before nine str.find: most notes have no such word (speed)."""
    if text.isascii() and len(text) > scan.SHORT and not scan.word_starts(text, STARTS):
        return False
    return any(g in low for g in GATE)


def lead_word_schools(text: str, stop: frozenset[str]) -> Iterator[Span]:
    """Each school named after its setting word; the name ends at a `stop` word or an everyday English
    word in lower case ("ysgol gymraeg was closed")."""
    pos = 0
    while (m := LEAD_RE.search(text, pos)) is not None:
        # The next search starts where this name ends, not where the match does: "from Ysgol y Berllan to
        # Ysgol Uwchradd ..." holds two schools, and the first match runs into the second's lead word.
        pos = m.end("lead")
        lead = m.end("lead")
        end = lead
        words = list(re.finditer(r"\s+([^\W\d_][\w'’-]*)", text[lead : m.end()]))
        for i, w in enumerate(words):
            word = w.group(1)
            if "\n" in w.group():
                break  # a heading's name ends with its line: "Incident form - Cròileagan Portree\nChild: ..."
            low = word.lower()
            if low in _NAME_WORDS:
                continue  # kept only when a name word follows it
            # "ysgol gyfun tan y graig": a word before the Welsh "y" and a word after it is the name's.
            linked = i + 2 < len(words) and words[i + 1].group(1).lower() in ("y", "yr")
            if low in stop or (word[0].islower() and low in english_words() and not linked):
                break
            end = lead + w.end()
        if end > lead:
            yield Span(EntityType.SCHOOL, m.start(), end, P_SCHOOL)
            pos = end



# "Gasworks Terrace Nursery and Primary", "Hillside Infant & Junior School": two kinds of school joined
# by "and" are one school's name when both are capitalised, or both in lower case in a lower-case name
# ("equinox drive nursery and infant school").
_AND_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+(?=[A-Za-z])")
# A stage named alone after "and": "... Nursery and Infant School", "... infant and junior school".
_STAGE_RE = re.compile(r"(?i:infant|junior|middle|first)(?:[ \t]+(?i:school))?\b")


def joined_kind_end(text: str, end: int, key_re: re.Pattern[str], lower: bool = False) -> int:
    """End of a school word joined at `end` by "and" (with a school word after it, in the same case), or `end`."""
    joined = _AND_RE.match(text, end) if text.startswith((" and", " &", "\tand", "\t&"), end) else None
    kind = (key_re.match(text, joined.end()) or _STAGE_RE.match(text, joined.end())) if joined is not None else None
    if kind is None or kind.group()[0].isupper() == lower:
        return end
    more = key_re.match(text, kind.end() + 1) if text[kind.end() : kind.end() + 1] == " " else None
    return kind.end() if more is None or more.group()[0].isupper() == lower else more.end()


# "Anoosha's school Bro Balwen": a Welsh school named "Ysgol Bro ..." written without "Ysgol", after a word that
# puts a school after it. "Bro" alone is chat for a brother, so the cue and a name no dictionary lists are needed.
_BRO_RE = re.compile(r"Bro[ \t]+(?P<name>[A-Z][a-zâêîôûŵŷ'’-]+)(?![\w'’-])")
# Letter pairs Welsh spells with and English names rarely do.
_WELSH_SPELLING = ("ll", "dd", "ff", "rh", "wy", "yw", "aw", "ew", "iw", "ŵ", "ŷ", "â", "ê", "î", "ô", "û")
_BRO_CUES = frozenset({"school", "sch", "ysgol", "at", "from", "attends", "attending", "attended"})


def bro_schools(text: str) -> Iterator[Span]:
    i = text.find("Bro ")
    while i != -1:
        m = _BRO_RE.match(text, i)
        before = text[max(0, i - 16) : i].split()
        name = m.group("name").lower() if m is not None else ""
        # "... SOSCARE 126361. Bro Llechen": a note signing off with its school, a name spelt the Welsh way; a
        # brother signs with a given name ("cheers. Bro Dave").
        cued = (bool(before) and before[-1].lower().rstrip(":") in _BRO_CUES) or (
            name not in first_names() and any(p in name for p in _WELSH_SPELLING)
            and school_names.a_line_of_its_own(text, i, m.end() if m else i))
        if (m is not None and (i == 0 or not text[i - 1].isalnum()) and cued and name not in english_words()):
            yield Span(EntityType.SCHOOL, i, m.end(), P_SCHOOL)
        i = text.find("Bro ", i + 1)
