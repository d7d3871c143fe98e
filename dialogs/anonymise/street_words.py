"""The words that end a street's name ("Road", "Rd", "Wynd", "Chare"), written once, in named groups.

Each street rule builds its own list from these groups, as a set to look a word up in or, through
`alternation`, as a regex. The rules' lists deliberately differ: a word that is safe where a capitalised
name or a house number comes before it ("Mill Hill 12") is not safe in a lower-case note ("up the hill"),
and each rule's list was tuned on its own cases. A rule's list is therefore a choice of groups, plus or
minus a few words, with the reason beside it; changing a group changes every rule built from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: The long words every street rule knows: "Elm Road", "Mill Lane", "Quarry Court".
CORE: frozenset[str] = frozenset({"road", "street", "avenue", "lane", "close", "drive", "way", "crescent", "grove",
                                  "gardens", "terrace", "mews", "place", "square", "walk", "row", "parade", "court"})
#: The three short forms every hand writes: "Elm Rd", "High St", "Park Ave".
SHORT_COMMON: frozenset[str] = frozenset({"rd", "st", "ave"})
#: Royal Mail's common short forms, the three above included: "Mill Ln", "Ash Cl", "Kings Cres".
SHORT: frozenset[str] = SHORT_COMMON | {"ln", "cl", "dr", "cres", "gdns", "tce", "terr", "ct", "pl", "sq"}
#: Rarer short forms, seen in records' capitals and hurried notes: "Marine Pde", "Quince Wy", "Mill Yd".
SHORT_RARE: frozenset[str] = frozenset({"pde", "wy", "yd", "rw", "wk"})
#: Words that are as often something else on their own ("up the hill", "the bank", "the green", "the view"):
#: safe after a capitalised name or a house number, risky in a lower-case note.
RISKY: frozenset[str] = frozenset({"hill", "bank", "green", "view", "vale", "rise", "yard"})
#: Scottish and northern words: "Kirk Wynd", "Castle Brae", "Dean Loan", "Tanners Vennel", "Pudding Chare".
NORTHERN: frozenset[str] = frozenset({"wynd", "brae", "loan", "vennel", "chare", "brow", "garth", "fold"})
#: Old local words for a way: "twitten" (a Sussex alley), "gait", "ridings": "Church Twitten", "The Ridings".
OLD_PATHS: frozenset[str] = frozenset({"twitten", "ridings", "gait"})
#: Streets by water: "Custom House Quay", "Coal Wharf", "Canal Towpath".
WATERSIDE: frozenset[str] = frozenset({"quay", "wharf", "towpath"})
#: "Larch Meadows", "Kingfisher Meadow".
MEADOWS: frozenset[str] = frozenset({"meadow", "meadows"})
#: A new estate's country names: "Bramley Orchard", "Foal Paddock", "Heron Chase", "Ings Lea", "Mill Path".
ESTATE: frozenset[str] = MEADOWS | {"orchard", "paddock", "lea", "chase", "path"}
#: Rural names, risky on their own ("the field", "a nook"): "Swaledale", "Long Fields", "Hazel Copse".
RURAL: frozenset[str] = frozenset({"dale", "field", "fields", "nook", "croft", "copse", "spinney", "leys"})


def alternation(words: Iterable[str]) -> str:
    """The words as one regex alternation, each escaped, the longest first (then alphabetical): a shorter
    word never wins over a longer one it begins ("st" before "street"), whatever order the words came in,
    and the pattern is the same on every run however the set iterates."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
