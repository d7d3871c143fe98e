"""Names a message's greeting gives, where the name is typed in capitals or is an everyday word.

- "hi its KOJOE the landlord", "HI ITS OMOSEDE CAN U CALL ME": the writer names themself after "hi its". The
  capitalised form is found by the name rules; typed in capitals the whole message is capitals and nothing marks
  the name but its place. A word the dictionary has stays ("HI ITS ME", "hi its just to say").
- "hi shepherd its Brian, just checking": a word between the greeting and the writer's own name is whom the message
  is to, even an everyday word; words that greet a group ("hi all its Brian", "hi team") stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_GREET = r"(?<![\w'’])(?i:hi|hiya|hey|heya|hello)"
_ITS = r"(?i:its|it['’]s|it[ \t]is|this[ \t]is)"
# "hi its KOJOE the landlord": the writer's name, then what says who they are or asks something.
_SELF_RE = re.compile(
    rf"{_GREET}[ \t,]{{1,3}}{_ITS}[ \t]+(?P<n>[A-ZÀ-Þ][A-ZÀ-Þ'’-]{{1,20}}|[a-zß-ÿ][a-zß-ÿ'’-]{{1,20}})"
    r"(?=[ \t]*(?:,|\.|-|\(|[ \t](?i:the|from|here|at|can|could|cn|pls|please|im|i['’]m)\b))"
)
# "hi shepherd its Brian": the greeting, a lower-case word, then the writer's name.
_TO_RE = re.compile(rf"{_GREET}[ \t]+(?P<n>[a-z][a-z'’-]{{2,20}})[ \t,]{{1,3}}{_ITS}[ \t]+[A-Z]")
# Words that greet a group or fill the greeting.
_NOT_ADDRESSEES = frozenset(
    {"all", "guys", "there", "team", "everyone", "everybody", "folks", "both", "again", "sorry", "just", "you", "ya",
     "yall", "girls", "boys", "ladies", "gang", "peeps", "lovely", "love", "hun", "babe", "mate", "so",
     "ok", "okay", "how", "hope", "quick", "only", "me", "its", "it's", "this", "yes", "no", "gents",
     "lot", "people", "pal", "bro", "sis", "yeah", "yea", "yep", "yh", "um", "erm", "uh", "right", "hi", "hey",
     "hiya", "hello", "morning", "afternoon", "evening", "thanks", "cheers", "sir", "miss", "madam"}
)


def greeting_names(text: str) -> Iterator[Span]:
    low = text[:400].lower()
    if "hi" not in low and "hey" not in low and "hello" not in low:
        return  # str.find in C: a greeting opens a message, so only its start is looked at (speed)
    english = english_words()
    for m in _SELF_RE.finditer(text, 0, min(len(text), 400)):
        word = m.group("n").lower()
        if word not in english and word not in not_names() and word not in places() and word not in ROLE_CUES:
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    for m in _TO_RE.finditer(text, 0, min(len(text), 400)):
        word = m.group("n")
        if word not in _NOT_ADDRESSEES and word not in ROLE_CUES:
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
