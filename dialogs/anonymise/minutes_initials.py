"""Initials listed as who attended a meeting: "Present: KB (chair), J.M., T.R.", "Apologies: A.D., HS".

header_people knows dotted initials with a role in brackets after them. Minutes list the rest bare, one to an item,
with or without their dots; on the line that lists who came, an item that is only two or three capitals is a
person. Undotted capitals are taken only when the same list has dotted ones too, so "Present: SW, police, GP" (roles)
stays readable; and never the abbreviations of roles and services (signed_initials' list).
"""

from __future__ import annotations

import re

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.signed_initials import NOT_INITIALS
from dialogs.anonymise.types import EntityType, Span

_HEADS = ("present:", "attendees:", "attending:", "apologies:", "in attendance:", "attended:")
# An item: the initials, maybe a role in brackets after them, then the item's end.
_ITEM_RE = re.compile(r"[ \t]*(?P<i>(?:[A-Z]\.[ \t]?){2,3}|[A-Z]{2,3})(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*$")
# Roles a list of who came names instead of a person, beyond those that sign notes.
_ROLES = frozenset({"cwo", "dso", "dsl", "ddsl", "cpo", "wo", "hos", "hoy", "sgo", "iro", "sw", "chair", "sec", "tr"})


def minutes_initials(text: str) -> list[Span]:
    low = scan.lowered(text)
    out: list[Span] = []
    for head in _HEADS:
        i = low.find(head)
        while i != -1:
            if i == 0 or text[i - 1] in "\n \t":
                out.extend(_listed(text, i + len(head)))
            i = low.find(head, i + len(head))
    return out


def _listed(text: str, start: int) -> list[Span]:
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    found: list[tuple[int, int, bool]] = []
    pos = start
    for item in text[start:end].split(","):
        m = _ITEM_RE.match(item)
        if m is not None:
            name = m.group("i").rstrip()
            dotted = "." in name
            if dotted or name.lower() not in NOT_INITIALS | _ROLES:
                found.append((pos + m.start("i"), pos + m.start("i") + len(name), dotted))
        pos += len(item) + 1
    if not any(dotted for _, _, dotted in found):
        return []  # "Present: SW, DSL": capitals alone may be roles
    return [Span(EntityType.PERSON, a, b, P_PERSON) for a, b, _ in found]
