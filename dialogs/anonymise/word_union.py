"""Where words start, for every caller's word list at once: one scan of a note finds each place where a word of
any list begins, with the longest such word, and each caller then keeps the places where one of its own words
begins. Six callers each scanning a long note for their own few dozen words cost 2.5% of a case file; the one
scan and the six look-ups cost half as much (speed).

A word of a list begins at a place exactly when it is a prefix of the longest word of all the lists that begins
there, as both are prefixes of the same text: so which lists begin there is read off that one word."""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from dialogs.anonymise.literal_trie import trie_pattern


class _Lists(dict[str, tuple[int, ...]]):
    """For the longest word found at a place, the lists that have a word it begins with, worked out once."""

    def __init__(self, words: list[tuple[str, ...]]) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, longest: str) -> tuple[int, ...]:
        ks = tuple(k for k, words in enumerate(self._words) if longest.startswith(words))
        self[longest] = ks  # the same value whoever writes it first
        return ks


class _Union:
    """The word lists seen so far and their one scan. Never changed once made (a new list makes a new one), so a
    note's scan is always read with the lists it was made for."""

    def __init__(self, lists: tuple[tuple[str, ...], ...], table: dict[int, str]) -> None:
        self.lists = lists  # kept, so that no list's id is reused while it is known here
        # Each list is known by its id: hashing a tuple of two hundred words at every call cost more (speed).
        self.index = {id(words): k for k, words in enumerate(lists)}
        # And by value: compiled with mypyc, a caller's constant tuple may be a new object at every call, and
        # keyed by id alone each call would build a new scan (15 times slower, and never freed).
        self.by_value = {words: k for k, words in enumerate(lists)}
        words = [tuple({w.translate(table) for w in ws}) for ws in lists]
        self.pattern = re.compile(" (?=(" + trie_pattern({w for ws in words for w in ws}) + "))")
        self.lists_of = _Lists(words)


_UNIONS: dict[int, _Union] = {}
_LOCK = threading.Lock()


def _union_with(words: tuple[str, ...], table: dict[int, str]) -> tuple[_Union, int]:
    """The one scan for `table`'s lists, with `words` among them, and the index of `words` in it."""
    union = _UNIONS.get(id(table))
    if union is not None:
        k = union.index.get(id(words))
        if k is None:
            k = union.by_value.get(words)
        if k is not None:
            return union, k
    with _LOCK:
        union = _UNIONS.get(id(table))
        if union is None or words not in union.by_value:
            union = _Union((union.lists if union is not None else ()) + (words,), table)
            _UNIONS[id(table)] = union
        return union, union.by_value[words]


@lru_cache(maxsize=8)
def _hits(blanked: str, union: _Union) -> list[list[int]]:
    """The places each list's words begin at, list by list."""
    per: list[list[int]] = [[] for _ in union.lists]
    lists_of = union.lists_of
    for m in union.pattern.finditer(blanked):
        i = m.start()
        for k in lists_of[m.group(1)]:
            per[k].append(i)
    return per


def starts(blanked: str, words: tuple[str, ...], table: dict[int, str]) -> list[int]:
    """The offsets in `blanked` of each blank that one of `words`, translated by `table` as `blanked` was,
    follows: what one scan with a pattern of `words` alone would give. `words`: a constant of its caller, as
    each new list joins the one scan for good. The list returned is shared: callers must not change it."""
    union, k = _union_with(words, table)
    return _hits(blanked, union)[k]
