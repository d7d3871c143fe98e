"""The worker named by their post at the end of a line: "Staff: OSWYN", "JOB 66090  TECH NENOV", "First aider: SQ",
"Cashier Rhiannon Tull", "lifeguard Ffion".

A log's last line names who was on: a shift, a till, a repair, a first-aid box. `signed_roles` reads a social-work
role before two or three capitalised words; these posts are a venue's or a contractor's, and the name after them is
often one word, in capitals in a log typed in capitals, or a worker's initials. A post word then a name ending the
line is a signature; a word the dictionary has ("Staff: NONE", "Tech support") is kept, unless another word is with
it that the dictionary lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_POSTS = ("staff", "tech", "first aider", "cashier", "lifeguard", "steward", "concierge", "porter")
# One name word: capitalised ("Ffion", "Nathália") or in capitals ("OSWYN", "NATHÁLIA"); a hyphen may join two.
_WORD = r"[A-ZÀ-Þ](?:[a-zß-ÿ'’]{1,20}|[A-ZÀ-Þ'’]{1,20})(?:-[A-ZÀ-Þ][A-Za-zÀ-ÿ'’]{1,20})?"
_SIGNOFF_RE = re.compile(
    r"(?<![\w'’-])(?i:staff|tech|first[ \t]aider|cashier|lifeguard|steward|concierge|porter)(?P<c>:?)[ \t]{1,3}"
    rf"(?P<n>(?:{_WORD})(?:[ \t]{_WORD}){{0,2}}|[A-Z]{{2,3}})[ \t.]*$",
    re.MULTILINE,
)
# Short words in capitals that fill a post's slot: "Staff: NA", "Tech: TBC", "First aider: ALL".
_NOT_INITIALS = frozenset({"na", "n/a", "tbc", "tba", "all", "any", "no", "yes", "it", "is", "on", "off", "in",
                           "out", "nil", "ok", "the", "and", "two", "one", "me", "us", "him", "her"})


def staff_signoffs(text: str) -> Iterator[Span]:
    low = scan.lowered(text)  # the note's one lower-casing, shared (speed)
    if not any(p in low for p in _POSTS):
        return  # str.find in C: most notes name no such post (speed)
    english = english_words()
    for m in _SIGNOFF_RE.finditer(text):
        name = m.group("n")
        words = [w.lower() for w in name.split()]
        if len(words) == 1 and name.isupper() and len(name) <= 3:
            # Initials are a name only after a label's colon ("First aider: SQ"), never "Tech IT".
            if not m.group("c") or words[0] in _NOT_INITIALS:
                continue
        elif all(w in english or w in not_names() or w in places() for w in words):
            continue
        yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
