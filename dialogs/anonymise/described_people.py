"""Lower-case names told by the person a note describes round them: "one girl starlight says", "mum dot +447...".

- "one girl starlight says she lives at the hotel": a person described by a noun ("one girl", "a lad", "another
  boy") then a single word and what they say is named by that word, even an everyday one; words that stand there
  otherwise ("one girl there says", "a lad also said", "a lad who said") stay.
- "mum dot +447700900158", "his key worker colleen 07700900957": a role, one word, then a phone number. The word
  between is the person's name unless it says what the number is ("mum mob", "dad on", "sw number").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.cues import ADULT_ROLES, ROLE_CUES, TITLES
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_SPEAKER_RE = re.compile(
    r"\b(?i:one|a|another|this|that|older|younger|some)[ \t]+(?i:girl|boy|lad|lass|kid|teen|woman|man|bloke|fella)"
    r"[ \t]+(?P<n>[a-z][a-z'’-]{2,20})[ \t]+(?:says|said|told|tells|reckons|claims|claimed|admits|admitted)\b"
)
_SPEAKER_LITERALS = (" says", " said", " told", " tells", " reckons", " claims", " claimed", " admits", " admitted")
# A role word, one lower-case word, then a UK phone number's opening.
_ROLE_WORD_PHONE_RE = re.compile(
    r"(?<![\w'’-])(?P<r>[a-z]{2,12})[ \t]+(?P<n>[a-z][a-z'’-]{2,20})[ \t]+\(?(?=\+44|0[1-9]\d{2})"
)
# Words that stand between a person and what they say, not a name.
_NOT_SPEAKERS = frozenset(
    {"there", "here", "also", "just", "then", "again", "himself", "herself", "who", "that", "which", "now", "still",
     "even", "only", "too", "later", "today", "yesterday", "tonight", "once", "else", "first", "last", "outside",
     "inside", "upstairs", "downstairs", "nearby", "and", "has", "had", "was", "is", "apparently", "allegedly",
     "never", "always", "quietly", "openly"}
)
# Words that say what a phone number is, or where it was rung, between a role and the number.
_NOT_BEFORE_PHONES = frozenset(
    {"mob", "mobile", "mobo", "number", "num", "no", "tel", "phone", "ph", "on", "is", "at", "via", "from", "contact",
     "cont", "landline", "land", "new", "old", "txt", "text", "texted", "whatsapp", "wa", "work", "home", "private",
     "personal", "direct", "line", "cell", "says", "said", "rang", "called", "ring", "rung", "ringing", "and", "or",
     "tele", "mobile's", "phones", "nos", "numbers", "uses", "used", "using", "now", "still", "also", "only", "was",
     "has", "had", "gave", "given", "left", "asked", "wants", "wanted", "not", "didnt", "doesnt", "cant", "wont",
     "answering", "answered", "msg", "msgd", "messaged", "emailed", "contacted", "aware", "informed", "told"}
)
_TABLE = RuleTable(((_SPEAKER_RE, _SPEAKER_LITERALS, 40, 12, True),))


def described_speakers(text: str) -> Iterator[Span]:
    """"one girl starlight says": the word between a described person and their words."""
    for _, m in _TABLE.matches(text):
        word = m.group("n")
        if word not in _NOT_SPEAKERS and word not in ROLE_CUES and not word.endswith("ly"):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)


def named_before_phones(text: str) -> Iterator[Span]:
    """"mum dot +447...": the word between a role and a phone number."""
    if "+44" not in text and " 0" not in text and "(0" not in text:
        return  # str.find in C: no UK number (speed)
    for i in _phone_starts(text):
        m = _ROLE_WORD_PHONE_RE.search(text, max(0, i - 40), i + 4)
        if m is None or m.end() != i:
            continue
        role, word = m.group("r"), m.group("n")
        if role in ADULT_ROLES and role not in TITLES and word not in _NOT_BEFORE_PHONES and word not in ROLE_CUES:
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)


def _phone_starts(text: str) -> Iterator[int]:
    for lit in ("+44", " 0", "(0"):
        i = text.find(lit)
        while i != -1:
            yield i + (1 if lit != "+44" else 0)
            i = text.find(lit, i + 1)
