"""The given name before a found surname with a birth date in brackets after it, whatever word the given name is.

"teams: leusa - monday buzatu (27.01.2012)", "ATTENDANCE - SOLACE SEMMENS (25th December 2012)", "young carers:
Nonna Semenko (04/07/2014)", "drug + alcohol service: bimbo ashe (July 12, 1987)": a day, a word or a family word
is set aside as a given name, so the surname alone was found. `given_before_surnames` reads this in lower case
after a comma or a colon with a date in figures; here the clause may open after a dash too, the date may be written
any way the date rule finds, and the two words may be capitalised or in capitals, so long as both are written
alike ("Update: visited Buzatu (12/3/24)" has a verb in lower case before a capital).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from dialogs.anonymise.cues import TITLES
from dialogs.anonymise.given_before_surnames import NOT_GIVEN
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
# After the surname: a bracket, perhaps "dob" or "born", then where a found date must start.
_BRACKET_RE = re.compile(r"[ \t]?\((?:(?i:dob|d\.o\.b\.?|born)[: \t]{0,2})?")
# The word before the surname.
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])(?P<n>[^\W\d_][\w'’]{1,20}(?:-[^\W\d_][\w'’]{0,20})?)[ \t]+$")
# What opens the clause before the two words: a line's start, a comma, a colon or a dash.
_CLAUSE_OPENERS = frozenset(",:;-–—\n")
# Verbs in the past that open a clause before a name ("rang, said kai (3/4/12)"); a verb in the present ends in
# "s" after a word the dictionary has ("says", "tells") and is told that way.
_PAST_VERBS = frozenset({"said", "told", "met", "saw", "seen", "rang", "sent", "took", "gave", "got", "left", "let",
                         "heard", "knew", "thought", "found", "brought", "put", "made"})


def _written_alike(word: str, surname: str) -> bool:
    if surname.isupper():
        return word.isupper()
    if surname[0].isupper():
        return word[0].isupper() and not word.isupper()
    return word.islower()


def _opens_clause(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    # A dash opens a clause only with a space before it, not inside "Jean-Paul".
    return j < 0 or (text[j] in _CLAUSE_OPENERS and (text[j] not in "-–—" or text[j - 1 : j] in (" ", "")))


def given_before_dated_surnames(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    if "(" not in text:
        return  # str.find in C: no bracket, no birth date in one (speed)
    dates = {sp.start for sp in spans if sp.type is EntityType.DATE}
    if not dates:
        return
    for sp in spans:
        if sp.type is not _PERSON or sp.start < 3:
            continue
        surname = text[sp.start : sp.end]
        if not surname or surname.split() != [surname]:  # a blank in it; split() in C, not a generator (speed)
            continue
        b = _BRACKET_RE.match(text, sp.end)
        if b is None or b.end() not in dates:
            continue
        w = _WORD_BEFORE_RE.search(text, max(0, sp.start - 30), sp.start)
        if w is None:
            continue
        word = w.group("n")
        low = word.lower()
        if (low in NOT_GIVEN or low in TITLES or low in _PAST_VERBS or low.endswith(("ed", "ing"))
                or (low.endswith("s") and low[:-1] in english_words()) or not _written_alike(word, surname)
                or not _opens_clause(text, w.start("n"))):
            continue
        yield Span(_PERSON, w.start("n"), sp.end, P_PERSON)
