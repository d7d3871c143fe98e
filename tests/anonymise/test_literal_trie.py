"""The trie regex of plain words, and the word starts found with it, match what plain scans find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import scan
from dialogs.anonymise.literal_trie import trie_pattern

_WORDS = st.lists(st.text(alphabet="abc.'", min_size=1, max_size=4), min_size=1, max_size=8)


def test_shared_prefixes_are_written_once() -> None:
    assert trie_pattern(["mon", "monday", "march"]) == "m(?:arch|on(?:day)?)"


def test_a_word_inside_a_longer_one_is_still_found_alone() -> None:
    pattern = re.compile(trie_pattern(["a", "ab", "abc", "b."]))
    assert [m.group() for m in pattern.finditer("abc ab a b. bx")] == ["abc", "ab", "a", "b."]


def test_no_words_match_nothing() -> None:
    assert re.search(trie_pattern([]), "anything at all") is None
    assert re.search(trie_pattern([""]), "anything at all") is None


@settings(max_examples=300, deadline=None)
@given(_WORDS, st.text(alphabet="abc.' x", max_size=60))
def test_trie_matches_what_the_longest_first_alternation_matches(words: list[str], text: str) -> None:
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    plain = [m.span() for m in re.finditer(alternation, text)]
    assert [m.span() for m in re.finditer(trie_pattern(words), text)] == plain


def test_word_starts_need_a_word_boundary_before() -> None:
    text = "School: pre-school at Oakfield Primary; preschool, today's day nursery. D.O.B 3/4"
    found = scan.word_starts(text, ("school", "pre", "primary", "day", "day nursery", "d.o.b"))
    assert [text[i : i + 6] for i in found] == ["School", "pre-sc", "school", "Primar", "presch", "day nu", "D.O.B "]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abAB-_.1 \n", max_size=80) | st.text(alphabet="abAB-_.1 \n", min_size=650, max_size=800))
def test_word_starts_include_every_bounded_match_of_the_words(text: str) -> None:
    words = ("ab", "a-b", "b", "ba1", "a.b")
    bounded = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")", re.IGNORECASE)
    starts = set(scan.word_starts(text, words))
    assert {m.start() for m in re.finditer(r"(?=" + bounded.pattern + ")", text, re.IGNORECASE)} <= starts
    # And the scan tried at those starts alone finds every match the full scan finds.
    fast = [m.span() for m in scan.from_starts(bounded, text, [(0, len(text))], sorted(starts))]
    assert fast == [m.span() for m in bounded.finditer(text)]
