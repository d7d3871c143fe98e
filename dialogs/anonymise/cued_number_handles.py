"""Bare lower-case handles made of a name and a number ("selkir12x", "tomasjones07"), written near a word about
chats or social apps but not in the shapes `handles` reads ("his snap is ...", "... on insta"):

- "added to a group chat by ninaboo22", "sending her snaps (kofiwrld09)", "he goes by Dex on dexterrr41".

A word run into a two-to-four digit number is rarely prose: prose writes "room 12", "year 10", "covid 19" apart or
runs a dictionary word into the number ("covid19", "year10"). So the letters must spell no English word, there
must be at least four of them, and a chat or app word must stand in the sixty characters before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_HANDLE
from dialogs.anonymise.types import EntityType, Span

_HANDLE = EntityType.HANDLE

# Words about chats and social apps, looked for in lower case; one must be present for the rule to run at all.
_CUES = ("snap", "chat", "insta", "tiktok", "tik tok", "goes by", "messag", "added", "online", "dms", "account",
         "profile", "follow")
_REACH = 60
# Run-together words a dictionary may not list: "covid19", "ps5", "fifa24" and the like are prose, not names.
_NOT_HANDLES = frozenset({"covid", "fifa", "xbox", "iphone", "galaxy", "windows", "office", "wifi", "mp"})
# Four to twenty lower-case letters run into two to four digits and at most two letters ("selkir12x").
_TOKEN_RE = re.compile(r"(?<![\w@.'’/#£$-])(?P<w>[a-z]{4,20})(?P<d>\d{2,4})[a-z]{0,2}(?![\w@'’/-]|\.\w)")


def cued_number_handles(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text) or not any(c in low for c in _CUES):
        return
    for m in _TOKEN_RE.finditer(text):
        if m.group("w") in english_words() or m.group("w") in _NOT_HANDLES:
            continue
        before = low[max(0, m.start() - _REACH) : m.start()]
        if any(c in before for c in _CUES):
            yield Span(_HANDLE, m.start(), m.end(), P_HANDLE)
