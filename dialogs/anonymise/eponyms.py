"""Names that are part of a thing named after someone: "a Moses basket", "clare's law disclosure", "Down syndrome",
"Bell's palsy". The word before is a person's name in the lists, but here it names the thing, and hiding it leaves
advice that cannot be read ("asked for a Adult 1 basket").

Also a national scheme whose name holds a given name ("Ask for Angela", the bar-staff code word), and a police
operation's name ("Op Makesafe", "Operation Encompass"): each names a scheme every reader knows, not a person."""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.anonymise.types import EntityType, Span

# What follows the name in such a thing's name, in lower case.
_TAILS = (" basket", "'s law", "’s law", "'s syndrome", "’s syndrome", " syndrome", "'s disease",
          "’s disease", " disease", "'s palsy", "’s palsy", " palsy",
          # Tests and rulings named after a case: "(Merton compliant)", "Gillick competent", "Fraser guidelines".
          " compliant)", " compliant age", " competent", " competence", " guidelines")


# Schemes named with a given name, in lower case, up to the name: the name alone elsewhere is still a person's.
_SCHEME_HEADS = ("ask for ",)
_SCHEME_NAMES = frozenset({"angela", "ani"})
_OPERATIONS = ("op ", "operation ")


def drop_eponyms(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without one-word people that are the start of a thing named after someone, or a scheme's name."""
    return [sp for sp in spans if sp.type is not EntityType.PERSON or not (_eponym(text, sp) or _scheme(text, sp))]


def _scheme(text: str, sp: Span) -> bool:
    name = text[sp.start : sp.end].lower()
    if name.startswith(_OPERATIONS):
        # "Op Makesafe": the operation word and one capitalised name.
        rest = name.split(" ", 1)[1]
        return " " not in rest and text[sp.end - len(rest) : sp.end][:1].isupper()
    if name not in _SCHEME_NAMES:
        return False
    before = text[max(0, sp.start - 8) : sp.start].lower()
    return before.endswith(_SCHEME_HEADS)


def _eponym(text: str, sp: Span) -> bool:
    # Most names are followed by neither a blank nor an apostrophe that opens one of the tails (speed).
    if text[sp.end : sp.end + 1] not in (" ", "'", "’"):
        return False
    if " " in text[sp.start : sp.end]:
        return False
    return text[sp.end : sp.end + 12].lower().startswith(_TAILS)
