"""Names spelt out by an email address: "Assessor Leviathan Orchard, leviathan.orchard@...". People's work
addresses are made of their names, so a capitalised word of the note that is a part of an address's local
part is that person, however ordinary the word ("Orchard"). Shared mailboxes ("safeguarding@", "admin.team@")
are made of everyday service words, which the word lists keep visible."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_PART_RE = re.compile(r"[^\W\d_]{3,}")
_CAP_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:['’-][A-Za-z]+)*(?![\w@])")
# Words of shared mailboxes: never a person's name part.
_MAILBOX = frozenset(
    {"info", "admin", "office", "team", "duty", "referrals", "referral", "enquiries", "enquiry", "contact", "mail",
     "reception", "safeguarding", "mash", "hub", "help", "support", "noreply", "reply", "hello", "school",
     "nursery", "head", "headteacher", "senco", "dsl", "bursar", "finance", "hr", "it", "service", "services",
     "care", "social", "housing", "health", "police", "unit", "centre", "center", "desk", "front",
     "general", "main", "the", "and", "of", "for", "secure", "cjsm", "nhs", "gov", "gcsx", "pnn", "sch", "org"}
)


def email_names(text: str) -> Iterator[Span]:
    if "@" not in text:
        return
    parts: set[str] = set()
    # Each local part read back from its "@": a regex tried at every character cost more than the rule (speed).
    at = text.find("@")
    while at != -1:
        i = at
        while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "._+'-"):
            i -= 1
        local = text[i:at].lower() if _DOMAIN_RE.match(text, at + 1) else ""
        at = text.find("@", at + 1)
        for p in _PART_RE.findall(local):
            if p not in _MAILBOX and p not in ROLE_CUES and p not in TITLES and p not in not_names() \
                    and p not in places():
                parts.add(p)
    # Only where the note writes a part with a capital, found by str.find, is a capitalised word tried: a
    # part matches only a word spelt just so, and no other word can run over where one begins (speed).
    found: list[re.Match[str]] = []
    for p in parts:
        cap = p.capitalize()
        i = text.find(cap)
        while i != -1:
            m = _CAP_WORD_RE.match(text, i)
            if m is not None and m.group() == cap:
                found.append(m)
            i = text.find(cap, i + 1)
    if not found:
        return
    found.sort(key=lambda m: m.start())
    start = end = -1
    for m in found:
        if text[end : m.start()] == " ":
            end = m.end()  # "Leviathan Orchard" is one person, not two
            continue
        if start >= 0:
            yield Span(EntityType.PERSON, start, end, P_PERSON)
        start, end = m.start(), m.end()
    if start >= 0:
        yield Span(EntityType.PERSON, start, end, P_PERSON)
