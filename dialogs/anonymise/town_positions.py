"""Towns that the name rules took for people, told by where a note puts them.

A village no list knows ("Llwynhendy", "Drongan", "Carlin How") is capitalised and unknown, as a name is. A town
alone identifies no one, and hidden it makes advice hard to follow, so a capitalised word is a place where a note
only ever puts a place:
- where someone must not go or goes to live: "conditions not to enter Coalburn", "she moved to Whitecross";
- what a town has: "on Cymmer high st", "through Garnant camera", "the Polmont base", "Bettws surgery";
- where a line runs or a move starts: "running the line from Fenton into Bynea", "moved ... from Saltney to";
- where a relative or a friend is, ending the clause: "son Greg in Drongan (07952 ...)", "her cousin in Bettws.",
  'her "friends" from Garnant keep coming'.
A given name there stays a person ("confided in Jade."), and so does a possessive ("in Tyler's car").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogs.anonymise import street_words as sw
from dialogs.anonymise.lexicon import places
from dialogs.anonymise.name_tokens import lexicon
from dialogs.anonymise.types import EntityType, Span

_TOWN_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*")
# What a town has after its name.
_TOWN_THINGS_RE = re.compile(
    r"[ \t]+(?:high[ \t]+st(?:reet)?|High[ \t]+St(?:reet)?|camera|cameras|surgery|base|town[ \t]+centre|"
    r"(?:bus|train|police)[ \t]+station|leisure[ \t]+centre|library|area)\b"
)
# Where someone moves or must not go: the word or two straight before the town.
_MOVES_TO = frozenset({"enter", "entering", "moved to", "moving to", "move to", "relocated to", "fled to",
                       "moved back to", "rehoused in", "rehoused to"})
# A move in the clause before "from", or a county line straight before it: "moved to Queensferry from", "running
# the "Boiler" line from" (not "the crisis line I've had Tayah on the phone from").
_MOVE_BEFORE_RE = re.compile(r"\b(?:moved|moving|move|fled|relocated|travelled|rehoused)\b[^.;\n]*$|\blines?$")
# The last word of a street or a house's name: "from Pilothouse Pier Brae" is an address, not a town.
# No "hill", "bank", "green" or "vale" (towns end so too: "Ebbw Vale"), few short or northern words (kept so); a
# house's and a Welsh street's last words as well ("Pier", "Isaf", "Uchaf").
_STREET_ENDS = (sw.CORE | sw.SHORT_COMMON | {"rise", "view", "yard"} | {"brae", "wynd"} | {"quay", "wharf"}
                | {"house", "cottage", "farm", "pier", "isaf", "uchaf"})
# Who is said to be from somewhere: 'her "friends" from Garnant'.
_GROUPS = frozenset({"friends", "mates", "lads", "boys", "girls", "family", "people", "someone", "gang", "crew",
                     "males", "men", "youths", "cousins", "relatives", "pastors", "officers", "paramedics"})
# Places a note says a person was at, rang from or was held in: "in custody at Voe", "the ferry terminal at
# Pentraeth", "the family centre in Baddeley Green", "contact centre, Maghery".
_FACILITIES = frozenset({"custody", "terminal", "station", "hospital", "airport", "port", "harbour", "centre",
                         "center", "depot", "prison", "services"})
# Who says where they come from: "says shes from Tingwall", "he's originally from Voe".
_ORIGIN = frozenset({"shes", "she's", "she’s", "hes", "he's", "he’s", "im", "i'm", "i’m", "originally", "theyre",
                     "they're", "they’re"})
# A journey in the clause before "towards": "Made off in via6120 towards Dreghorn" (not "aggressive towards Kai").
_HEADED_RE = re.compile(r"\b(?:made[ \t]+off|headed|heading|drove|driving|ran[ \t]+off|walked|walking|cycled|"
                        r"travelled|travelling|went[ \t]+off|left)\b[^.;\n]*$", re.IGNORECASE)
# Words after which "in" puts a person: "confided in Jade", "interested in Kai", "let in Gregory Faulkner".
_IN_PERSON = frozenset({"confided", "confide", "confiding", "interested", "believe", "believes", "believed",
                        "trust", "trusts", "trusted", "faith", "interest", "let", "lets", "letting", "brought", "bring",
                        "brings", "called", "invited", "ushered", "signed", "booked", "logged", "buzzed"})
# A number after a comma: the address goes on ("moved to Mais, 167 Chandlers Quay").
_ADDRESS_ON_RE = re.compile(r"[ \t]*,[ \t]*\d")
# After the town: the clause ends, a bracket opens, or the sentence runs on in lower case.
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$|\()|[ \t]+[a-z]")


def _words_before(text: str, start: int, n: int) -> list[str]:
    return [w.strip("\"'“”‘’").lower() for w in text[max(0, start - 40) : start].split()[-n:]]


def _unknown(words: list[str], strict: bool) -> bool:
    """No word is a given name; with `strict`, nor a surname or a name from the wider lists. Where a place alone
    can stand, a town of two words may open with a given name ("into Abbey Hulton"): its last word is judged."""
    lex = lexicon()
    if words[-1] in _STREET_ENDS:
        return False
    for w in words if strict else words[-1:]:
        if w in lex.given or w in lex.wordlike:
            return False
        if strict and (w in lex.surnames or w in lex.wide or w in lex.proper):
            return False
    return True


# Every word a town is told by below ends with one of these straight before it ("moved to", "in", "from").
_LAST_WORDS = frozenset({"enter", "entering", "to", "in", "from", "into", "on", "through", "via", "at", "centre,",
                         "center,", "towards"})


def _no_cue_before(text: str, sp: Span) -> bool:
    """Whether the word before `sp` cues no town, read from a short slice: most names have none (speed). False
    when unsure, where the word may run on past the slice."""
    seg = text[max(0, sp.start - 12) : sp.start]
    toks = seg.split()
    if not toks or not (len(toks) > 1 or seg[0].isspace() or sp.start <= 12):
        return False
    return toks[-1].strip("\"'“”‘’").lower() not in _LAST_WORDS and _TOWN_THINGS_RE.match(text, sp.end) is None


def _town(text: str, sp: Span, person_ends: frozenset[int]) -> bool:
    if _no_cue_before(text, sp):
        return False
    name = text[sp.start : sp.end]
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(_TOWN_WORD_RE.fullmatch(w) for w in words):
        return False
    if text.startswith(("'s", "’s"), sp.end):
        return False
    lows = [w.lower() for w in words]
    before = _words_before(text, sp.start, 2)
    last = before[-1] if before else ""
    if _TOWN_THINGS_RE.match(text, sp.end):
        return _unknown(lows, False)
    if _CLAUSE_END_RE.match(text, sp.end) is None:
        return False
    if last in _MOVES_TO or " ".join(before) in _MOVES_TO:
        # A home of two words ("moved to Cwm Eithin", "to Mais A, 167 ...") is an address: one word is a town.
        return len(words) == 1 and _ADDRESS_ON_RE.match(text, sp.end) is None and _unknown(lows, False)
    if name.lower() in places() and last in ("in", "from", "into", "on", "through", "via", "enter", "at"):
        return _unknown(lows, False)
    if last in ("at", "in") and len(before) > 1 and before[0] in _FACILITIES:
        return _unknown(lows, False)
    if last in ("centre,", "center,"):
        # A centre's town ends its line ("contact centre, Maghery"): "rang from custody, Mila Grasby (" is a person.
        return len(words) == 1 and text[sp.end : sp.end + 1] in ("\n", "") and _unknown(lows, True)
    if last == "towards":
        return _HEADED_RE.search(text, max(0, sp.start - 60), sp.start) is not None and _unknown(lows, True)
    if last == "in":
        return len(before) > 1 and before[0] not in _IN_PERSON and _unknown(lows, True)
    if last == "into":
        return (" from " in text[max(0, sp.start - 50) : sp.start] or before[0] in ("line", "lines")) \
            and _unknown(lows, False)
    if last != "from":
        return False
    at = sp.start - 5
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    if (text.startswith(" into ", sp.end) or _MOVE_BEFORE_RE.search(text, max(0, at - 50), at)
            or (len(before) > 1 and (before[0] in _GROUPS or before[0] in _ORIGIN))):
        return _unknown(lows, False)
    # "knows offender as Lentil from Brynithel": straight after a found person, where they are from.
    return sp.start - 6 in person_ends and _unknown(lows, True)


def drop_towns(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the people that stand where a note puts towns."""
    person_ends = frozenset(sp.end for sp in spans if sp.type is EntityType.PERSON)
    return [sp for sp in spans if sp.type is not EntityType.PERSON or not _town(text, sp, person_ends)]
