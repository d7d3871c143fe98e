"""Places that look like people: towns and districts in an address block, and saints.

"Address: Flat C, 86 Fullers Yard, Old Hill Cradley, HD16YQ" and a letter's "82 Heol y Crydd / Whitworth
Hall Carr / B232AX": the words between a street and its postcode name a place, however much they look
like a name. The street and the postcode are hidden; a town alone identifies no one, so it stays readable.
A name straight after "St" or "Saint" is a saint's ("St Andrew's Day", "St Just"): a church, a school,
a town or a feast, never the person a note is about.
A word no list of names knows, shaped like a British or Irish place ("Trimingham", "Porthdinllaen",
"Kessingland", "Winterton-on-Sea"), straight after "in", "to" or "from" and ending its clause, is a village:
"the bus stop in Trimingham", "our GP is in Porthdinllaen". A surname after it ("from Lenworth Maragh"), a colon
("voice note from Uton:") or a possessive keeps it a person.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.lexicon import first_names
from dialogs.anonymise.name_tokens import lexicon
from dialogs.anonymise.types import EntityType, Span

# The words between a street and its postcode: a line or two of place names, nothing else.
_LOCALITY_RE = re.compile(r"[ \t]*(?:[,\r\n][ \t\r\n]*)?(?:[^\W\d_][\w'’.-]*[ \t]*){1,4}(?:[,\r\n][ \t\r\n]*)?"
                          r"(?:[^\W\d_][\w'’.-]*[ \t]*){0,4}[,\r\n \t]*")
_MAX_GAP = 60
_PERSON = EntityType.PERSON


# A second line that ends in one of these is a street, not a town: "The Old Tollhouse, Tolbooth Steps".
# No "hill", "bank", "green" or "vale" (towns end so too: "Mill Hill") and few of the rarer words (kept so);
# "steps", "stairs", "passage" and "hollow" as well.
_STREET_ENDS = (sw.CORE | sw.SHORT | {"wk", "pk", "mws"} | {"rise", "view", "yard"} | {"wynd", "brae", "loan", "vennel"}
                | {"quay", "wharf"} | sw.MEADOWS | {"path", "croft", "hollow", "passage", "stairs", "steps"})


# A numbered street ending in "St." before the name: the full stop ends the sentence and the name starts the next
# ("They stay at 12 Elm St. Kasimir uses ..."), no saint.
_STREET_BEFORE_STOP_RE = re.compile(r"(?<![\w'’])\d{1,4}[A-Za-z]?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}$")


def _saint(text: str, start: int) -> bool:
    for word in ("St ", "St. ", "Saint "):
        i = start - len(word)
        if i >= 0 and text.startswith(word, i) and (i == 0 or not text[i - 1].isalnum()):
            return word != "St. " or _STREET_BEFORE_STOP_RE.search(text, max(0, i - 40), i) is None
    return False


# After a town that ends an address: the end of the sentence or line, or the next place in a list.
_TOWN_END_RE = re.compile(r"[ \t]*(?:[.;\n]|$|,[ \t]*then\b)")


def _drop_towns_ending_addresses(text: str, spans: Sequence[Span], address_ends: list[int]) -> list[Span]:
    """"Lives Flat A, 50 Net Mender's Row, Ullapool.", "Previous: Apartment 5, Lockkeepers House,
    Rhosllannerchrugog": a name straight after an address and a comma, ending the sentence or line, is
    the town, unless a given name is in it."""
    given = first_names()
    kept: list[Span] = []
    for sp in spans:
        if sp.type is EntityType.PERSON:
            i = bisect.bisect_right(address_ends, sp.start) - 1
            # The usual case, no address ending just before, is settled before any slicing (speed).
            gap = text[address_ends[i] : sp.start] if i >= 0 and sp.start - address_ends[i] <= 8 else ""
            words = text[sp.start : sp.end].split() if gap else []
            if (gap.strip() == "," and "\n" not in gap and _TOWN_END_RE.match(text, sp.end) is not None
                    and not any(w.lower() in given for w in words)):
                if words[-1].lower().rstrip(".") in _STREET_ENDS:  # "Flat 17 Cobden House, Albion Pl."
                    kept.append(Span(EntityType.ADDRESS, sp.start, sp.end, sp.priority))
                continue
        kept.append(sp)
    return kept


# The endings and beginnings of place names across the four nations, long enough that few given names share them.
_PLACE_END_RE = re.compile(
    r"(?:ham|ton|by|ford|bury|borough|mouth|wick|thorpe|ley|caster|chester|cester|port|stead|well|worth|field|"
    r"bridge|minster|sea|cliffe|cliff|more|ness|head|shaw|holme|thwaite|wich|wych|ington|bourne|burn|dale|gate|"
    r"hill|wood|pool|stow|combe|coombe|hampton|haven|mere|moor|side|church|castle|water|ferry|end|vale|bay|"
    r"haugh|muir|kirk|hall|brook|land|"
    # City districts and estates: "Chapeltown", "Dennistoun", "Collyhurst", "Levenshulme", "Easterhouse".
    r"town|toun|hurst|hulme|house|ponds|sall)$"
)
_PLACE_START_RE = re.compile(r"(?:Porth|Port|Llan|Aber|Inver|Kil|Bally|Strath|Dun|Pen|Tre|Glen|Auch|Ach|Bal|Drum|"
                             r"Kin|Nant|Cwm|Ard|Castle|Craig|Carrick|Lis|Derry)[a-z]")
_PLACE_LINK_RE = re.compile(r"[a-z]-(?:on|upon|in|by|le|under|next|the)-[a-z]")
_INTO_PLACE = frozenset({"in", "to", "from", "near", "nr", "outside", "towards", "into", "via", "around", "round"})
_CLAUSE_END_RE = re.compile(r"(?:[ \t]*(?:[.,;!?)\n]|$)|[ \t]+[a-z])")


def _village(text: str, sp: Span) -> bool:
    # The word before first, read back by string steps: most names have no place word before them (speed).
    j = sp.start - 1
    if j < 2 or text[j] not in " \t":
        return False
    k = j
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if text[k:j].lower() not in _INTO_PLACE:
        return False
    word = text[sp.start : sp.end]
    if not (word[:1].isupper() and word.replace("-", "").isalpha()) or text.startswith(("'s", "’s"), sp.end):
        return False
    low = word.lower()
    # "Winterton-on-Sea", "Kirkby-in-Ashfield": a place's name joined with "on", "in" or "upon".
    joined = _PLACE_LINK_RE.search(low) is not None
    if not (joined or _PLACE_END_RE.search(low) or _PLACE_START_RE.match(word)) or _CLAUSE_END_RE.match(
            text, sp.end) is None:
        return False
    lex = lexicon()
    first = low.split("-")[0] if joined else low
    return not (first in lex.given or first in lex.surnames or first in lex.wide or first in lex.english
                or first in lex.not_names)


def drop_localities(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the names found in the words between an address and its postcode, when those words
    hold nothing but names, commas and line breaks. A name joined to the address by a blank alone
    ("2 Gatehouse Refuge Annexe") or ending in a street word is more of the address, and is hidden as one."""
    # Saints and villages dropped in one pass over the spans (speed).
    saints = "St" in text or "Saint" in text
    spans = [sp for sp in spans if sp.type is not _PERSON
             or not ((saints and _saint(text, sp.start)) or _village(text, sp))]
    address_ends = sorted(sp.end for sp in spans if sp.type is EntityType.ADDRESS)
    if address_ends:
        spans = _drop_towns_ending_addresses(text, spans, address_ends)
    postcodes = [sp.start for sp in spans if sp.type is EntityType.POSTCODE]
    if not postcodes:
        return list(spans)  # the usual note, settled in one pass (speed)
    gaps: list[tuple[int, int]] = []
    for pc in postcodes:
        i = bisect.bisect_right(address_ends, pc) - 1
        if i >= 0 and 0 < pc - address_ends[i] <= _MAX_GAP and _LOCALITY_RE.fullmatch(text, address_ends[i], pc):
            gaps.append((address_ends[i], pc))
    if not gaps:
        return list(spans)
    # The gaps never overlap (a postcode's digits end the words a gap may hold), so the one a name could start
    # in is found by bisection: a search of every gap for every span was quadratic in a long record (speed).
    gaps.sort()
    gap_starts = [g[0] for g in gaps]
    kept: list[Span] = []
    for sp in spans:
        if sp.type is not EntityType.PERSON:
            kept.append(sp)
            continue
        # Starting in the gap: a name may run on into the postcode ("Holywell BB15PF" read as "Holywell BB").
        k = bisect.bisect_right(gap_starts, sp.start) - 1
        gap = gaps[k] if k >= 0 and sp.start < gaps[k][1] else None
        if gap is None:
            kept.append(sp)
            continue
        line = text[sp.start : gap[1]].split(",")[0].split("\n")[0].split()
        joined = not any(ch in ",\r\n" for ch in text[gap[0] : sp.start])
        if joined or (line and line[-1].lower() in _STREET_ENDS):
            kept.append(Span(EntityType.ADDRESS, sp.start, sp.end, sp.priority))
    return kept
