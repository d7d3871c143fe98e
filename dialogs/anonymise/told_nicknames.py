"""Street names and nicknames that are everyday words, told by what the sentence has them own or do.

A nickname is chosen to be a word ("Jumble", "Pretzel", "Winger"), so only the phrase round it says a person is
meant. Each rule needs a phrase an ordinary word seldom gets:
- whom someone calls by that name: "a man in the flat mum calls Jumble";
- whose social media or phone it is: "Wealth's snap wealth.pumffrey.2_", "Quest's insta";
- who gave, sent or is somewhere, told after "says": "says Pretzel off https://...", "says Winger at 1F2 ...";
- who drives a car, opening a sentence with the plate after: "Winger drives r917 uap";
- a nickname in brackets after a name in a log typed in capitals: "JAH'MIER BUSS (MOCCASIN) USING HER ROOM".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import CUED_NAME, RuleTable
from dialogs.anonymise.cued_word_names import person_span
from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, not_names
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_CAP = CUED_NAME
# A single word: a second capital after it is a full name, which the name rules find themselves.
_ALONE = r"(?![\w'’-])(?![ \t]+[A-Z][a-z])"
# "mum calls Jumble", "everyone calls Tank": who names the person, then the name.
_CALLS_RE = re.compile(
    rf"\b(?:mum|mam|dad|she|he|they|everyone|we|kids|people|[Ss]he|[Hh]e|[Tt]hey|[Ee]veryone|[Mm]um|[Dd]ad)[ \t]+"
    rf"(?:calls|call)[ \t]+(?P<n>{_CAP}){_ALONE}"
)
# "Wealth's snap", "Quest's insta": an account or a phone is owned by a person, not by a thing.
_ACCOUNT = r"snap|snapchat|sc|insta|instagram|ig|tiktok|tt|fb|facebook|twitter|socials|number|mob|mobile|phone"
_OWNS_ACCOUNT_RE = re.compile(rf"(?P<n>{_CAP})['’]s[ \t]+(?:{_ACCOUNT})(?![\w'’-])")
# "says Pretzel off https://...", "says Winger at 1F2 203 Tenter Ln gave it him": whom a child names, then where
# they are or were met.
_SAYS_WHERE_RE = re.compile(rf"\b(?i:says|said)[ \t]+(?P<n>{_CAP})[ \t]+(?:off|at|from|is|was|has|had)(?![\w'’-])")
# "Winger drives r917 uap.": a sentence opening with a capital who drives, then a plate's letters and digits.
_DRIVES_RE = re.compile(
    rf"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?P<n>{_CAP})[ \t]+(?:drives|drove|is[ \t]+driving|was[ \t]+driving)[ \t]+"
    r"(?:a[ \t]+)?(?=[A-Za-z]{1,3}[ \t]?\d{1,4}[ \t]?[A-Za-z]{0,3}\b)",
    re.MULTILINE,
)
# "JAH'MIER BUSS (MOCCASIN) USING": two words in capitals, then one in brackets, in a log typed in capitals.
_CAPS_BRACKET_RE = re.compile(
    r"(?<![\w'’-])(?P<g>[A-Z][A-Z'’-]{1,}[ \t]+[A-Z][A-Z'’-]{1,})[ \t]+\((?P<n>[A-Z]{4,})\)(?=[ \t]+[A-Z]{2,}\b)"
)
# What a bracket after a name in capitals says that is no nickname: a part in the case, or how the person stands.
_NOT_NICKNAMES = frozenset(
    {"deceased", "victim", "suspect", "perpetrator", "witness", "subject", "alleged", "aggrieved", "offender",
     "informant", "complainant", "interpreter", "chair", "absent", "present", "apologies", "unborn", "none",
     "unknown", "adult", "juvenile", "male", "female", "maternal", "paternal", "elder", "eldest", "younger",
     "youngest", "older", "oldest", "senior", "junior", "minor", "missing", "wanted", "arrested", "released",
     "bailed", "charged", "remanded", "injured", "resident", "tenant", "occupant", "visitor", "driver", "passenger",
     "owner", "keeper", "caller", "referrer", "applicant", "respondent", "claimant", "defendant", "appellant",
     "deputy", "acting", "duty", "retired", "former", "also", "same", "twin", "twins", "step", "half", "foster",
     "kinship", "high", "medium", "standard", "temp", "temporary", "agency", "locum", "interim", "lead", "main",
     "named", "known", "aka",
     "nickname", "alias", "sibling", "siblings", "cousin", "parent", "parents", "carer", "carers", "guardian"}
)
# (pattern, literals every match holds, reach before, reach after, literals in lower case)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_CALLS_RE, ("calls ", "call "), 12, 30, True),
    (_OWNS_ACCOUNT_RE, ("'s ", "’s "), 30, 14, False),
    (_SAYS_WHERE_RE, ("says ", "said "), 2, 30, True),
    (_DRIVES_RE, (" drive", " drove", " is driving", " was driving"), 30, 30, False),
    (_CAPS_BRACKET_RE, (" (",), 60, 20, False),
)
_TABLE = RuleTable(_RULES)


def told_nicknames(text: str) -> Iterator[Span]:
    """Everyday words that name a person, told by whom they are called by, what they own or what they do."""
    for pattern, m in _TABLE.matches(text):
        if pattern is _CAPS_BRACKET_RE:
            yield from _caps_bracketed(m)
        elif m.group("n").lower() not in ROLE_CUES and (sp := person_span(m)) is not None:
            yield sp


def _caps_bracketed(m: re.Match[str]) -> Iterator[Span]:
    """A name and a nickname in capitals: the given name must be no dictionary's word, so a heading's "DV INCIDENT
    (HIGH)" stays, though a surname may be one ("BUSS"); the bracket must be no part in the case ("(VICTIM)")."""
    english, others = english_words(), not_names()
    words = [w.strip("'’-").lower() for w in m.group("g").split()]
    given = words[0].replace("'", "").replace("’", "")
    if given in english or not namelike(given, english) or any(w in others or w in ROLE_CUES for w in words):
        return
    nick = m.group("n").lower()
    yield Span(EntityType.PERSON, m.start("g"), m.end("g"), P_PERSON)
    if nick not in _NOT_NICKNAMES and nick not in ROLE_CUES and nick not in others:
        yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
