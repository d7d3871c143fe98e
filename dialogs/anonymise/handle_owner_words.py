"""People named by the social media they are on, when the name is lower case or an everyday word.

- "an older male math (@lilmath8)", "turned up with nel puw (@_nelpuw_)": a word or two straight before a
  bracketed handle that spells them is whose handle it is; nothing else a note writes before a handle is in it.
- "breeze has been on https://tiktok.com/@...", "sawyer uses https://www.snapchat.com/add/...", "Mad Dog posts as
  https://instagram.com/...": a sentence opening with a word or two that then has, uses or posts on a profile's
  address. A profile is a person's; the words before are their name unless they are a pronoun, a role or a thing
  that keeps an account ("the school uses", "Mum has been on").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_NAME_WORD = r"[A-Za-zÀ-ÿ][a-zß-ÿ'’-]{1,20}"
# The one or two words before "(@handle)".
_BEFORE_HANDLE_RE = re.compile(rf"(?<![\w'’@.-])(?:(?P<a>{_NAME_WORD})[ \t]+)?(?P<b>{_NAME_WORD})[ \t]+$")
_HANDLE_RE = re.compile(r"\(@(?P<h>[\w.]{3,40})\)")
# A sentence (or line) opening with one or two words that then own a social profile's address.
_PROFILE_OWNER_RE = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][ \t]{{2}}))(?P<n>{_NAME_WORD}(?:[ \t]{_NAME_WORD})?)[ \t]+"
    r"(?:has[ \t]been[ \t]on|uses|posts[ \t]as|posts[ \t]on|is[ \t]on)[ \t]+"
    r"(?=(?:https?://)?(?:www\.|m\.)?(?:tiktok|instagram|snapchat|facebook|youtube|twitter|x)\.com/|@\w)",
    re.MULTILINE,
)
_VERBS = (" has been on ", " uses ", " posts as ", " posts on ", " is on ")
# Words that open such a sentence and are no name: pronouns, determiners, and what keeps an account.
_NOT_OWNERS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which", "everyone", "someone", "nobody",
     "the", "a", "an", "his", "her", "their", "our", "my", "your", "its", "one", "also", "now", "still", "and",
     "but", "so", "then", "school", "college", "club", "group", "team", "page", "account", "service", "nursery",
     "academy", "church", "mosque", "gym", "shop", "business", "company", "council", "charity", "centre",
     "project", "unit", "ward", "police", "staff", "family", "class", "year", "home", "site", "app", "chat"}
)


def _word_ok(word: str) -> bool:
    w = word.lower()
    return w not in _NOT_OWNERS and w not in ROLE_CUES and w not in TITLES


def _letters(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalpha())


def handle_spelled_names(text: str) -> Iterator[Span]:
    """The words before "(@handle)" that the handle spells."""
    i = text.find("(@")
    while i != -1:
        m = _HANDLE_RE.match(text, i)
        w = _BEFORE_HANDLE_RE.search(text, max(0, i - 44), i) if m is not None else None
        if m is not None and w is not None:
            handle = _letters(m.group("h"))
            a, b = w.group("a"), w.group("b")
            if a is not None and _word_ok(a) and _word_ok(b) and len(_letters(a + b)) >= 4 \
                    and _letters(a + b) in handle:
                yield Span(_PERSON, w.start("a"), w.end("b"), P_PERSON)
            elif _word_ok(b) and len(_letters(b)) >= 3 and _letters(b) in handle:
                yield Span(_PERSON, w.start("b"), w.end("b"), P_PERSON)
        i = text.find("(@", i + 2)


def profile_owners(text: str) -> Iterator[Span]:
    """A sentence's opening word or two that has, uses or posts on a social profile's address."""
    if not any(v in text for v in _VERBS):
        return  # str.find in C: most notes hold none of these verbs (speed)
    for m in _PROFILE_OWNER_RE.finditer(text):
        if all(_word_ok(w) for w in m.group("n").split()):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
