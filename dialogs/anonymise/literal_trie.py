"""One regex for a set of plain words, written as a trie: "mon|monday|march" -> "m(?:arch|on(?:day)?)".

Python's regex engine tries the alternatives of an alternation one after another at every position; a
trie shares each prefix, so at most one branch is followed per character. Used to find where any of a few
dozen words begins in one scan of a note instead of one str.find per word (speed)."""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no groups that capture) matching exactly the given words, each taken literally. A word
    that is a prefix of another is still matched alone ("mon" as well as "monday"). Empty words are
    ignored; with no words left the pattern matches nothing."""
    root: _Node = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _emit(root) if root else "(?!)"


def _emit(node: _Node) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        # The word may stop here: the longer words are optional. Single characters need no group.
        return body + "?" if len(branches) == 1 and len(body) == 1 else f"(?:{body})?"
    return body


class LiteralSet:
    """Which of a set of literals a text holds, found in one scan: for a few hundred gate literals this costs less
    than one `in` test per literal, which reads the whole note once per literal absent (speed)."""

    def __init__(self, literals: Iterable[str]) -> None:
        self._literals = frozenset(literals)
        # At each place the longest literal standing there; the shorter ones there are its prefixes.
        self._pattern = re.compile(f"(?=({trie_pattern(self._literals)}))")
        self._prefixes: dict[str, frozenset[str]] = {}

    def present(self, text: str) -> set[str]:
        """The literals `text` holds (as `lit in text` would say: the empty one always)."""
        found = {""} & self._literals
        for longest in set(self._pattern.findall(text)):
            prefixes = self._prefixes.get(longest)
            if prefixes is None:
                prefixes = frozenset(lit for lit in self._literals if lit and longest.startswith(lit))
                self._prefixes[longest] = prefixes  # the same value whoever writes it first
            found |= prefixes
        return found
