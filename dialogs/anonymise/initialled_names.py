"""A name written as an initial and a surname, where the surname alone was found or is an everyday word.

- "From: A Cilmi", "PO A Ba-Abbad", "Present: ..., A Goldson (fire)": the surname is found, but "A" is set aside
  as an article, so a tenth of the name survives and says who signed. A capital letter straight before a found
  surname is that person's initial.
- "gp is S. Thickens.", "Cashier S. Tweed", "Thanks\nT. La": an initial with a full stop and a surname that is
  also a word ("Tweed", "La"). Only where a role or a sign-off places a person there: after a role word (and
  "is"), or alone on its line at a note's end. Elsewhere "Plan B. Then" and "block C. Police came" are a letter
  ending a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
# The initial before a found surname: one capital, perhaps a full stop, one space; not a word's last letter.
_INITIAL_BEFORE_RE = re.compile(r"(?<![\w.'’&/-])(?P<i>[A-HJ-Z])\.?[ \t]$")
# "S. Thickens", "T. La", "S. Tweed-Ellis": an initial, a full stop, a capitalised surname.
_DOTTED_RE = re.compile(
    r"(?<![\w.'’&/-])(?P<n>[A-Z]\.[ \t]?[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?)"
    r"(?=[ \t]*(?:$|[.,;][ \t]|[.,;]$|[ \t]\(|,[ \t]*\+?\d))",
    re.MULTILINE,
)
# What every "S. Thickens" holds, looked for first: the pattern above tried at every place of a note cost more
# than the capitals it can start at (speed).
_DOTTED_GATE_RE = re.compile(r"[A-Z]\.[ \t]?[A-Z][a-z]")
# The word or two before the initial: "gp is", "Cashier", "PO".
_ROLE_BEFORE_RE = re.compile(r"(?<![\w'’-])(?P<r>[A-Za-z]{2,15})(?:[ \t]+is)?[:]?[ \t]+$")
# Roles written on a till, a shift or a sign-off that ROLE_CUES does not hold.
_MORE_ROLES = frozenset({"cashier", "staff", "tech", "technician", "lifeguard", "po", "pc", "dc", "ds", "hv", "gp",
                         "sw", "cpn", "amhp", "receptionist", "steward", "porter", "warden", "concierge"})
_ROLES = ROLE_CUES | TITLES | _MORE_ROLES


def initials_before_found(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """The capital initial straight before a found person whose name begins with a capital."""
    for sp in spans:
        if sp.type is not _PERSON or sp.start < 2 or not text[sp.start].isupper():
            continue
        m = _INITIAL_BEFORE_RE.search(text, max(0, sp.start - 4), sp.start)
        if m is None:
            continue
        # "A" opening a sentence is the article ("A Khan was ..." is rare; "A man" is not a found name anyway).
        if m.group("i") == "A" and _opens_sentence(text, m.start()):
            continue
        yield Span(_PERSON, m.start(), sp.end, P_PERSON)


def _opens_sentence(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in ".!?\n"


def dotted_initial_names(text: str) -> Iterator[Span]:
    """"S. Thickens" after a role, or alone on the last line of a note."""
    if ". " not in text and ".\t" not in text:
        return  # str.find in C: no initial with a full stop (speed)
    if _DOTTED_GATE_RE.search(text) is None:
        return
    for m in _DOTTED_RE.finditer(text):
        s, e = m.span("n")
        line_start = text.rfind("\n", 0, s) + 1
        before = text[line_start:s]
        if not before.strip():
            # Alone on its line, and that line the last with words: a signature.
            line_end = text.find("\n", e)
            rest = text[e:] if line_end == -1 else text[e:line_end]
            after = "" if line_end == -1 else text[line_end:]
            if not rest.strip(" \t.") and not after.strip():
                yield Span(_PERSON, s, e, P_PERSON)
            continue
        r = _ROLE_BEFORE_RE.search(before[-22:])
        if r is not None and r.group("r").lower() in _ROLES:
            yield Span(_PERSON, s, e, P_PERSON)
