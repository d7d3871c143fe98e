"""A house named with a capital "The", with no cue before it: "parents Tottie & Tito Scarr, The Bobbin House.",
"The Old Forge, ...".

Mid-sentence, a capital "The", one or two capitalised words and a house word is the way a house's name is written;
the kind of place ("the old house", "the safe house") is written in lower case. Only the house's own name ends
there: "The Bobbin House Nursery" is a longer name and is left to the rules that know it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_TITLED_RE = re.compile(
    r"The[ \t]+(?P<n>(?:[A-Z][a-z][\w'’-]*[ \t]+){1,2})"
    r"(?:House|Cottage|Cottages|Farmhouse|Lodge|Barn|Mill|Rectory|Vicarage|Grange|Manse|Forge|Stables|Granary|"
    r"Smithy|Bothy|Croft|Steading)\b(?![ \t]*[A-Z0-9&(])"
)
# Names of a public or business kind of house, or a kind of place, not one home: "The Coffee House", "The Safe
# House".
_NOT_HOME = frozenset({
    "Town", "Court", "Meeting", "Coffee", "Opera", "Custom", "Customs", "Steak", "Pancake", "Tea", "Ale", "Guest",
    "Halfway", "Youth", "Community", "Church", "Parish", "Police", "Care", "Foster", "Safe", "Family", "Children's",
    "Childrens", "Big", "Wendy", "Play", "Light", "Ice", "Bath", "Boat", "Dog", "Dogs", "Public", "Mansion",
    "Counting", "Chapter", "Alms", "Manor", "Station", "School", "Field", "Dower", "Club", "Pizza", "Burger",
    "Wine", "Curry", "Noodle", "Chip", "Fish", "Pie", "Cake", "Bake", "Doll's", "Dolls", "Tree", "White",
    "Green", "Open", "Respite", "Contact", "Hope", "Wellbeing", "Recovery", "Rainbow", "Sunshine", "Lighthouse",
    "Women's", "Womens", "Men's", "Mens", "Young", "Hub", "Health", "Welcome", "Friends", "Friendship",
})


def titled_houses(text: str) -> Iterator[Span]:
    i = text.find("The ")
    while i != -1:
        # Straight after a comma, a bracket or a place cue: a sentence's opening "The" is a sentence.
        before = text[max(0, i - 6) : i].rstrip(" \t")
        if before.endswith((",", "(", ":", " at", " to", " from", " by", " near")):
            m = _TITLED_RE.match(text, i)
            if m is not None and not any(w in _NOT_HOME for w in m.group("n").split()):
                yield Span(EntityType.ADDRESS, i, m.end(), P_ADDRESS)
        i = text.find("The ", i + 4)
