"""Who a chat message is from and to, in lower case where no capital marks a name.

- "teams, indigo to ettie: is kris one of yours now?": a chat's header naming the sender and the one it is to;
- "teams - tenancy sustainment filomeno:", "#y12-pastoral zvikomborero:": a team's or channel's name, then the
  writer;
- "... by the chapel - erzsike +44 7812 542997": a name signed after a dash with the sender's number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_WORD = r"[a-z][a-z'’-]{2,}"
_FROM_TO_RE = re.compile(
    rf"^(?i:teams|slack|whatsapp|chat|msg|txt|text|dm)[ \t]*[,:-]?[ \t]*"
    rf"(?P<a>{_WORD})[ \t]+to[ \t]+(?P<b>{_WORD})[ \t]*:",
    re.MULTILINE,
)
# "teams - tenancy sustainment filomeno:": the team's name, then the writer, before the colon.
_TEAM_THEN_WRITER_RE = re.compile(
    rf"^(?:(?i:teams|slack|whatsapp|chat|msg|txt|text|dm)\b[^:\n]{{0,40}}?|#[\w-]+)[ \t](?P<a>{_WORD}):", re.MULTILINE
)
_SCHOOL_WORDS = frozenset({"ysgol", "sgoil", "scoil", "school"})
_SIGNED_RE = re.compile(rf"[-–][ \t]+(?P<a>{_WORD})[ \t]+(?=\(?(?:\+44|0)[ \d()]{{6,}})")
_NOT_PEOPLE = frozenset({"all", "everyone", "team", "duty", "staff", "office", "me", "you", "them", "call", "ring",
                         "text", "tel", "mob", "mobile", "phone", "number", "contact"})


def _named(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_PEOPLE and low not in ROLE_CUES and low not in TITLES and low not in not_names()


def chat_addressees(text: str) -> Iterator[Span]:
    if " to " in text:
        for m in _FROM_TO_RE.finditer(text):
            for g in ("a", "b"):
                if _named(m.group(g)):
                    yield Span(EntityType.PERSON, m.start(g), m.end(g), P_PERSON)
    if ":" in text:
        # Only a word no dictionary has: "chat from day centre:" and "txt from pcso:" name a place or a role.
        english = english_words()
        for m in _TEAM_THEN_WRITER_RE.finditer(text):
            low = m.group("a")
            if low not in english and low not in _SCHOOL_WORDS and low not in places() and _named(low):
                yield Span(EntityType.PERSON, m.start("a"), m.end("a"), P_PERSON)
    if "- " in text or "– " in text:
        for m in _SIGNED_RE.finditer(text):
            if _named(m.group("a")):
                yield Span(EntityType.PERSON, m.start("a"), m.end("a"), P_PERSON)
