"""Schools typed by a short form alone after a word that puts a school after it: a saint's school with its
apostrophe and its kind dropped ("from st nons in tonight", "at st tudwals", "she goes to st padarns"), and a
grammar school's initials ("at qegs says", "from QEGS"; King Edward's is "KEGS", Queen Elizabeth's "QEGS").

Both shapes are common words' shapes too, so each needs the cue and a word no dictionary lists: a saint's name
that is a town ("from st albans", "st ives") or somebody's ("st georges" is a hospital as often) stays, and
initials that are a plural ("at pegs", "from legs") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, first_names, places
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.school_names import a_line_of_its_own
from dialogs.anonymise.types import EntityType, Span

# A cue, then "st" and one lower-case word ending in "s" ("st nons"), or initials of three to five letters ending
# in "gs", in one case. Found from the cue's word start (speed): the cues are few and short.
_SHORT_RE = re.compile(
    r"(?<![\w'’-])(?i:at|from|attends|attended|attending|(?:go|goes|going|went)[ \t]+to)[ \t]+"
    r"(?:st[ \t]+(?P<saint>[a-z]{3,12}s)|(?P<initials>[a-z]{1,3}gs|[A-Z]{1,3}GS))(?![\w'’@&-])"
)
_CUES = ("at", "from", "attends", "attended", "attending", "go", "goes", "going", "went")
# "... most days. st wulstans. on cpoms": the same short form as a sentence of its own, a note naming the school
# it came from. Tried only where "st" begins a word (speed).
_ALONE_RE = re.compile(r"(?<![\w'’-])st[ \t]+(?P<saint>[a-z]{3,12}s)(?![\w'’@&-])")


def _saint_ok(saint: str) -> bool:
    return (saint not in english_words() and f"st {saint}" not in places() and saint[:-1] not in first_names()
            and saint not in first_names())


def _initials_ok(initials: str) -> bool:
    low = initials.lower()
    return low not in english_words() and low[:-1] not in english_words()


# "ST WINNIES. EWO ...", "st winnies aware": a saint's school by its pet name, a given name's "-ie" form made
# plural, needs no cue: no town, hospital or word has that shape ("st georges", "st albans" do not).
_PET_SAINT_RE = re.compile(
    r"(?<![\w'’-])(?:st|St|ST)\.?[ \t]+(?P<pet>[a-z]{2,10}ie['’]?s|[A-Z][a-z]{1,9}ie['’]?s|[A-Z]{2,10}IE['’]?S)"
    r"(?![\w'’@&-])"
)


def _pet_ok(pet: str) -> bool:
    low = pet.lower().replace("’", "'").replace("'", "")
    return low[:-1] in first_names() and low not in english_words() and f"st {low}" not in places()


def pet_saint_schools(text: str) -> Iterator[Span]:
    if "st" not in text and "St" not in text and "ST" not in text:
        return
    for m in scan.at_word_starts(_PET_SAINT_RE, text, ("st",)):
        if _pet_ok(m.group("pet")):
            yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)


def short_form_schools(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text) or ("st " not in low and "gs" not in low):
        return
    if "st " in text:
        for m in scan.at_word_starts(_ALONE_RE, text, ("st",)):
            if _saint_ok(m.group("saint")) and a_line_of_its_own(text, m.start(), m.end()):
                yield Span(EntityType.SCHOOL, m.start(), m.end(), P_SCHOOL)
    for m in scan.at_word_starts(_SHORT_RE, text, _CUES):
        saint, initials = m.group("saint"), m.group("initials")
        if saint is not None and _saint_ok(saint):
            yield Span(EntityType.SCHOOL, m.start("saint") - 3, m.end(), P_SCHOOL)
        elif initials is not None and _initials_ok(initials):
            yield Span(EntityType.SCHOOL, m.start("initials"), m.end(), P_SCHOOL)
