"""The worker who signs a note with their role and name at its end: "... Placed tonight at room 20. Duty SW Glad
Measures".

A name of everyday words ("Glad Measures", "Hope Chambers") is set aside by the name rules, but a role's short
form straight before two or three capitalised words that end a line is a signature: nothing else stands there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# Tried only on the last 60 characters of each line, so `$` is no scan of the whole note (speed).
_SIGNED_RE = re.compile(
    r"\b(?:SW|DSW|SSW|ASW|IRO|FSW|PA|TM|CPN|HV|AMHP|DSL|SENCO|Worker|worker|Officer|officer)[ \t]+"
    r"(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’-]+){1,2})[ \t.]*$"
)
_ROLES = ("SW ", "DSW ", "SSW ", "ASW ", "IRO ", "FSW ", "PA ", "TM ", "CPN ", "HV ", "AMHP ", "DSL ", "SENCO ",
          "orker ", "fficer ")
# Words of a team or a service that close a line after a role: "Duty SW Team Manager", "IRO Service Lead".
_TEAM_WORDS = frozenset({"team", "service", "services", "hub", "lead", "unit", "office", "duty", "on", "call",
                         "out", "hours", "manager", "informed", "notified", "aware", "contacted", "emailed"})


def signed_roles(text: str) -> Iterator[Span]:
    if not any(r in text for r in _ROLES):
        return  # str.find in C; most notes hold no role's short form (speed)
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        m = _SIGNED_RE.search(text, max(start, end - 60), end)
        if m is not None:
            words = [w.lower() for w in m.group("n").split()]
            if not any(w in ROLE_CUES or w in not_names() or w in places() or w in _TEAM_WORDS for w in words):
                yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
        start = end + 1
