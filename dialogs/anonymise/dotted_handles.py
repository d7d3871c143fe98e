"""Handles written with no "@" and no cue, as a form lists them after a name: "Alleged: Wynford Yorath
(13/01/1992), mrs.yorath.wynford, www.instagram.com/...". A lower-case token of words joined by dots, with
two dots or a digit or an underscore in it, is a handle: no word, abbreviation ("e.g.", "a.m.") or file name
has that shape, and a domain or a file ends in a suffix ("leeds.gov.uk", "plan.docx"), which is left to the
email and link rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_HANDLE
from dialogs.anonymise.types import EntityType, Span

DOTTED_RE = re.compile(r"(?<![\w@./:-])[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,3}(?![\w@/-]|\.\w)")
# What ends a domain or a file name: never a handle, and never a name ("plan.docx").
SUFFIXES = frozenset(
    {"com", "uk", "org", "net", "io", "gov", "nhs", "ac", "co", "scot", "wales", "sch", "ie", "eu", "info", "biz",
     "me", "tv", "app", "pdf", "doc", "docx", "jpg", "jpeg", "png", "gif", "txt", "xls", "xlsx", "csv", "html",
     "htm", "js", "py", "zip", "mp4", "mp3", "mov", "heic", "msg", "eml", "ppt", "pptx", "odt"}
)


# Every match has a dot between two of its characters; most notes have none, and the pattern tried at every
# word of a long note cost 3% of it (speed).
# The dot first: a literal the engine skips ahead to, where a class first is tried at every character.
_DOT_THEN_RE = re.compile(r"\.[a-z0-9_]")
_PART = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_RUN = _PART | {"."}


def _matches(text: str) -> Iterator[re.Match[str]]:
    """The matches `DOTTED_RE.finditer(text)` gives. A match can only begin where a run of lower-case letters,
    digits, "_" and "." begins (inside one, the look-behind sees one of them), so it is tried there alone,
    once for each run with an inner dot."""
    tried = -1
    for d in _DOT_THEN_RE.finditer(text):
        s = d.start()
        if s == 0 or text[s - 1] not in _PART:
            continue
        while s > 0 and text[s - 1] in _RUN:
            s -= 1
        if s > tried:
            tried = s
            if (m := DOTTED_RE.match(text, s)) is not None:
                yield m


def dotted_handles(text: str) -> Iterator[Span]:
    if "." not in text:
        return
    for m in _matches(text):
        token = m.group()
        parts = token.split(".")
        # Everyday words strung with dots are a phrase ("end.of.story"); a handle has a digit, an underscore
        # or a part no dictionary has ("mrs.yorath.wynford").
        shaped = any(c.isdigit() or c == "_" for c in token) or (
            token.count(".") >= 2 and not all(p in english_words() for p in parts))
        if (shaped and len(token) >= 8 and parts[-1] not in SUFFIXES and max(len(p) for p in parts) >= 3
                and not all(len(p) <= 2 for p in parts)):
            yield Span(EntityType.HANDLE, m.start(), m.end(), P_HANDLE)



# "seeing ralfs (ralfspur30x)": a lower-case token in brackets that opens with the word before it and adds
# digits, dots or underscores is that person's handle, given where a chat names whom it means.
_BRACKETED_RE = re.compile(r"\((?P<h>[a-z][a-z0-9._]{4,29}[a-z0-9_])\)")
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{2,})[ \t]+$")


def handles_after_their_names(text: str) -> Iterator[Span]:
    i = text.find("(")
    while i != -1:
        m = _BRACKETED_RE.match(text, i)
        if m is not None and (w := _WORD_BEFORE_RE.search(text, max(0, i - 30), i)) is not None:
            word, handle = w.group(1).lower(), m.group("h")
            if handle.startswith(word[:4]) and handle != word and any(c.isdigit() or c in "._" for c in handle):
                yield Span(EntityType.HANDLE, m.start("h"), m.end("h"), P_HANDLE)
        i = text.find("(", i + 1)
