"""Handles in pasted chats: the name each line of a pasted chat opens with ("raifeszn78: wyd"), and a handle
met again later in the note ("the lad he plays with zaydnszn69 ... zaydnszn69's tiktok"), where the second
mention has no cue of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.handles import _COUNTERS, glued_token
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_BARE_HANDLE
from dialogs.anonymise.types import EntityType, Span

# A lower-case word glued to digits, opening a line and followed by ":" and a blank: a chat app's user name
# as a young person copies a thread out. Dotted and underscored names are found by the handle rules already.
_SPEAKER_RE = re.compile(r"[ \t]*(?P<h>[a-z]{3,20}[0-9]{1,4}):[ \t]")


def _speaker_like(h: str) -> bool:
    letters = h.rstrip("0123456789")
    # "visit2: seen at home", "day3: no answer": a numbered entry opens with a word, a user name does not.
    return letters not in _COUNTERS and letters not in english_words()


def chat_speakers(text: str) -> Iterator[Span]:
    if ":" not in text:
        return
    i = 0
    while i != -1:
        m = _SPEAKER_RE.match(text, i)
        if m is not None and _speaker_like(m.group("h")):
            yield Span(EntityType.HANDLE, m.start("h"), m.end("h"), P_BARE_HANDLE)
        i = text.find("\n", i)
        if i != -1:
            i += 1


_TOKEN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _whole(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] stands as a token: not inside a longer word, link, email or dotted name."""
    if s > 0 and (text[s - 1] in _TOKEN or text[s - 1] in "@./:#"):
        return False
    if e < len(text):
        nxt = text[e]
        if nxt in _TOKEN or nxt in "@/" or (nxt == "." and e + 1 < len(text) and text[e + 1] in _TOKEN):
            return False
    return True


def spread_handles(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """Each bare handle with a digit already found, hidden wherever else the note writes it as a token. A plain word
    found as a handle once may be an ordinary word elsewhere; underscored and dotted handles are found by their
    shape wherever they stand. The other mentions are read off the note's runs of digits, one pass however many
    handles there are (speed)."""
    found: dict[str, int] = {}
    for sp in spans:
        if sp.type is EntityType.HANDLE and text[sp.start] != "@" and sp.end - sp.start >= 5:
            h = text[sp.start : sp.end]
            if any(c.isdigit() for c in h) and any(c.isalpha() for c in h):
                found.setdefault(h, sp.start)
    if not found:
        return
    last = -1
    for s, e in scan.digit_scan(text).runs:
        if s < last:
            continue
        s, e, last = glued_token(text, s, e)
        h = text[s:e]
        if h in found and found[h] != s and _whole(text, s, e):
            yield Span(EntityType.HANDLE, s, e, P_BARE_HANDLE)
