"""A setting named only by its kind and where it is: "Hospital Creche (Lungwort Walk)", "Staff Nursery (Mill Road)".

"Hospital Creche" alone is a kind of place, which the school rules leave readable; with its street in brackets
after it the pair is one setting, as "Busy Bees Nursery (Mill Road)" is. Only the street was hidden, and the note
read "Hospital Creche ([address])": the kind told which setting on that street. The street must be an address
found already, straight inside the bracket, so "Hospital Creche (closed)" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_KIND_BEFORE_RE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z'’]{1,20}[ \t]+){1,2}(?:Creche|Crèche|Nursery|Playgroup|Pre-?[Ss]chool|Kindergarten|"
    r"School|Childcare)[ \t]*\($"
)
_KINDS = ("Creche", "Crèche", "Nursery", "Playgroup", "chool", "Kindergarten", "Childcare")


def schools_by_site(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """A capitalised kind of setting with a found street straight inside the bracket after it."""
    if "(" not in text or not any(k in text for k in _KINDS):
        return
    for sp in spans:
        if sp.type is not EntityType.ADDRESS or text[sp.end : sp.end + 1] != ")":
            continue
        m = _KIND_BEFORE_RE.search(text, max(0, sp.start - 48), sp.start)
        if m is not None:
            yield Span(EntityType.SCHOOL, m.start(), sp.end + 1, P_SCHOOL)
