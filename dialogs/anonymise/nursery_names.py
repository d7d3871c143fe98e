"""Nurseries and playgroups named by a pet name and where they are, with no kind word: "at Ducklings at the Lock",
"Child Laily (3) at Ladybirds at Dyehouse", "Busy Bees at Applegarth".

Early years settings take the names of young animals, flowers and small things; with "at" and a capitalised place
after it the pair is a setting's name as surely as "Ducklings Nursery" would be. Each pet word alone stays ("the
ducklings at the pond" is lower case; "Rainbows" alone is a Girlguiding group), so the place after "at" is needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_PETS = ("Ducklings", "Ladybirds", "Ladybugs", "Bumblebees", "Honeybees", "Bees", "Acorns", "Tadpoles",
         "Caterpillars", "Butterflies", "Cygnets", "Owlets", "Squirrels", "Hedgehogs", "Bunnies", "Teddies",
         "Tiddlers", "Tinies", "Tots", "Sunbeams", "Sunflowers", "Daisies", "Buttercups", "Bluebells", "Snowdrops",
         "Twinkles", "Minnows", "Fledglings", "Seedlings", "Saplings", "Puddle Ducks", "Piglets", "Lambs", "Kittens")
_MODIFIERS = ("Little", "Busy", "Tiny", "Happy", "Bright", "Early", "Wise")
# The pet word (maybe after "Little" or "Busy"), "at", maybe "the", and one or two capitalised words of the place.
_SETTING_RE = re.compile(
    r"(?<![\w'’-])(?:(?:" + "|".join(_MODIFIERS) + r")[ \t]+)?(?:" + "|".join(_PETS) + r")"
    r"[ \t]+at[ \t]+(?:the[ \t]+)?[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?(?![\w'’-])"
)
# A month or weekday after "at" is when, not where: "Tots at Monday's session".
_NOT_PLACES = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas",
                         "Easter", "Home", "School", "Nursery", "Playgroup"})
_STARTS = tuple(w.lower() for w in _PETS + _MODIFIERS)

# "Kids at the Fold Nursery": a setting named for the children it minds and where it is, with its kind after. The
# walk back from "Nursery" stops at "the" and "at"; "Kids" alone is any sentence's, so the kind word is needed.
_CHILDREN_RE = re.compile(
    r"(?<![\w'’-])(?:Kids|Kidz|Tots|Toddlers|Tinies|Little[ \t]+Ones)[ \t]+at[ \t]+the[ \t]+[A-Z][a-z'’-]+"
    r"(?:[ \t]+[A-Z][a-z'’-]+)?[ \t]+(?:Day[ \t]+)?(?:Nursery|Playgroup|Pre-?[Ss]chool|Preschool|Creche|Crèche|"
    r"Childcare|Kids[ \t]+Club)(?![\w'’-])"
)
_CHILDREN = ("kids", "kidz", "tots", "toddlers", "tinies", "little")
_KINDS = ("Nursery", "Playgroup", "chool", "Creche", "Crèche", "Childcare", "Club")


def children_at_settings(text: str) -> Iterator[Span]:
    if " at the " not in text or not any(k in text for k in _KINDS):
        return
    for m in scan.at_word_starts(_CHILDREN_RE, text, _CHILDREN):
        yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)


def nursery_names(text: str) -> Iterator[Span]:
    if " at " not in text or not any(p in text for p in _PETS):
        return
    for m in scan.at_word_starts(_SETTING_RE, text, _STARTS):
        place = m.group().rsplit(" at ", 1)[1].split()
        if place[-1] in _NOT_PLACES or place[0].rstrip("'’s") in _NOT_PLACES:
            continue
        yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)
