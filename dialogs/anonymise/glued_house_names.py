"""A house named by one lower-case word that ends in its house word, with no article, after a place cue: "he lives at
pilothouse", "on the grass by old smokehouse", "outside stonecroft again", "home visit to braeside".

Why: "house", "croft", "mount", "stead" and "side" glued to a name make a house's name ("Stonecroft", "Rosemount",
"Braeside"), and the street rules want a separate street word. The same words are ordinary nouns ("warehouse",
"greenhouse", "roadside"), but a noun after "at", "by" or "outside" takes an article ("at the warehouse"): with no
article, the word is a name. The few that go without one ("at courthouse", "by roadside", "at home") are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import lexicon
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_GLUED_RE = re.compile(
    r"(?<![\w'’])(?i:at|by|outside|behind|near|opposite|to|from|lives[ \t]+at|home)[ \t]+"
    r"(?P<a>(?:(?i:old)[ \t]+)?(?P<w>[^\W\d_]{3,20}(?i:house|croft|mount|stead|side)))(?![\w'’-])"
    # The name ends the clause, or a word of coming and going follows it: a noun after it would make the word
    # describe it ("by warehouse staff", "Moorside High", "dyehouse ln prim").
    r"(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?i:again|all|and|with|w|last|tonight|today|since|in|on|at|for|from|where|"
    r"when|every|each|till|until|he|she|they|but|then|now)(?![\w'’-]))"
)
# Ordinary nouns that go without an article after a place word: "at courthouse", "by roadside", "from inside".
_NOT_NAMES = frozenset({
    "warehouse", "courthouse", "clubhouse", "farmhouse", "greenhouse", "lighthouse", "outhouse", "playhouse",
    "townhouse", "penthouse", "madhouse", "workhouse", "firehouse", "schoolhouse", "powerhouse", "doghouse",
    "poorhouse", "guesthouse", "treehouse", "roundhouse", "summerhouse", "boathouse", "bathhouse", "jailhouse",
    "slaughterhouse", "storehouse", "wheelhouse", "steakhouse", "chophouse", "coffeehouse", "alehouse", "bakehouse",
    "inside", "outside", "beside", "alongside", "upside", "downside", "offside", "onside", "topside", "bedside",
    "ringside", "roadside", "wayside", "seaside", "fireside", "poolside", "kerbside", "curbside", "countryside",
    "riverside", "lakeside", "hillside", "trackside", "pitchside", "dockside", "quayside", "waterside", "courtside",
    "graveside", "broadside", "flipside", "underside", "backside", "nearside", "eastside", "westside",
    "northside", "southside", "homestead", "instead", "bedstead", "paramount", "amount", "surmount", "dismount",
    "remount", "tantamount",
})
_RULES = RuleTable(((_GLUED_RE, ("house", "croft", "mount", "stead", "side"), 40, 8, True),))


def glued_house_names(text: str) -> Iterator[Span]:
    for _, m in _RULES.matches(text):
        word = m.group("w").lower()
        # "from Easterhouse", "at STONEHOUSE", "Ducklings at Dyehouse": capitalised, the word is as often a town, a
        # district or a setting's site; only a lower-case one is taken.
        if word in _NOT_NAMES or word in lexicon.places() or not m.group("a").islower():
            continue
        yield Span(EntityType.ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)
