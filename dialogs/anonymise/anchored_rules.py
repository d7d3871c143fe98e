"""Run a table of rules only round the literal every match of each holds.

A rule such as "they call X" can only match where "call" stands. Which literals a note holds is found once a note,
so a rule whose literal is absent costs nothing more; in a long note each present rule
runs only in windows round its literal's occurrences, found by str.find (speed: tried at every character, these
rules cost a tenth of a case file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from dialogs.anonymise import scan


class Anchors:
    """Which of a rule table's literals a note holds."""

    def __init__(self, literals: Iterable[str]) -> None:
        lits = sorted(set(literals))
        self._lits = tuple(lits)

    def present(self, hay: str) -> set[str]:
        # One `in` test per literal finds the same set as a trie scan did, and a lookahead at every character of
        # a chat message cost more than the few dozen substring searches (speed).
        return {lit for lit in self._lits if lit in hay}

    def holds(self, hay: str) -> Callable[[tuple[str, ...]], bool]:
        """Whether `hay` holds one of a rule's literals. A chat message is read once for all literals; in a long note
        common literals ("with", "'s") stand so often that one str.find per rule is cheaper (speed)."""
        if len(hay) <= scan.SHORT:
            disjoint = self.present(hay).isdisjoint
            return lambda anchors: not disjoint(anchors)
        return lambda anchors: any(a in hay for a in anchors)


def rule_windows(text: str, anchors: tuple[str, ...], before: int, after: int, lower: bool,
                 found: dict[tuple[str, ...], list[int]]) -> scan.Windows:
    """Where a rule with these literals can match in `text` (`lower`: the literals are looked for in its lower-case
    form), given that one of them is present. `found` keeps each literal tuple's offsets for the note."""
    hay = scan.lowered(text) if lower else text
    if len(text) <= scan.SHORT or len(hay) != len(text):
        # A chat message: one scan of the whole costs less than finding windows in it; and where lower-casing
        # moved the offsets, the whole note, as before.
        return [(0, len(text))]
    longest = max(len(a) for a in anchors)
    # Rules share literals ("with", "'s"): each is looked for once per note (speed).
    starts = found.get(anchors)
    if starts is None:
        starts = found[anchors] = scan.literal_starts(hay, anchors)
    return scan.merge([(i, i + longest) for i in starts], len(text), before, after)


# (pattern, literals every match holds, reach before, reach after, whether the literals are in lower case)
Rule = tuple[re.Pattern[str], tuple[str, ...], int, int, bool]


class RuleTable:
    """A table of rules, each tried only round its literals, and only in notes that hold one of them."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        self._cased = Anchors(a for _, anchors, _, _, lower in self.rules if not lower for a in anchors)
        self._lowered = Anchors(a for _, anchors, _, _, lower in self.rules if lower for a in anchors)

    def matches(self, text: str) -> Iterator[tuple[re.Pattern[str], re.Match[str]]]:
        """Every rule's matches in `text`, rule by rule in the table's order, with the rule's pattern."""
        found: dict[tuple[str, ...], list[int]] = {}
        cased, lowered = self._cased.holds(text), self._lowered.holds(scan.lowered(text))
        for pattern, anchors, before, after, lower in self.rules:
            if not (lowered if lower else cased)(anchors):
                continue  # most notes hold none of these literals (speed)
            for m in scan.finditer(pattern, text, rule_windows(text, anchors, before, after, lower, found)):
                yield pattern, m
