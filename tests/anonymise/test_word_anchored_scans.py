"""Whole-note scans replaced by tries at the few places a match can begin (read back from an inner dot, a
friend word or a school year), and regex checks skipped where a cheap test settles them, find exactly what
they found before, and the rules built on them still hide what a user expects in a long note."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import (
    anonymise,
    caps_lines,
    chat_names,
    dotted_handles,
    log_subjects,
    lower_notes,
    name_positions,
    name_tokens,
    scan,
)

# Fourteen sentences put what follows past the length at which a note counts as long (scan.SHORT).
_PAD = "The family were engaged and agreed to the plan. " * 14

_DOT_BITS = ["a", "mrs", "yorath", "wynford", ".", "..", "_", "9", "x2", "A", "é", "@", "/", ":", "-", " ", "\n",
             "com", "end.of.story", "mrs.yorath.wynford", "lee_99.x", "Abc.def"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_DOT_BITS), max_size=40).map("".join))
def test_dotted_tokens_are_found_where_the_whole_note_scan_finds_them(text: str) -> None:
    found = [m.span() for m in dotted_handles._matches(text)]
    assert found == [m.span() for m in dotted_handles.DOTTED_RE.finditer(text)]


_CHAT_BITS = ["a", "his", "her", "Her", "their", "my", "mums", "dads", "mate", "friend", "pal", "principal",
              "bestie", "cousin", "zippy", "said", "has", "is", "staying", "who", "the", "y8", "yr", "year", "10",
              "y", "jo", "o'neill", "ann-marie", " ", "  ", "\t", "\n", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHAT_BITS), min_size=1, max_size=60).map(" ".join))
def test_friend_and_year_patterns_are_found_where_the_whole_note_scan_finds_them(words: str) -> None:
    for text in (words, _PAD + words):
        mates = [m.span() for m in chat_names._mate_matches(text)]
        assert mates == [m.span() for m in chat_names._MATE_RE.finditer(text)]
        years = scan.before_anchors(chat_names._PAIR_YEAR_RE, chat_names._YEAR_RE.finditer(text), text, 80, 1)
        assert [m.span() for m in years] == [m.span() for m in chat_names._PAIR_YEAR_RE.finditer(text)]


@given(st.text(alphabet="ab'’vedrltmMVE -", max_size=12))
def test_a_contraction_is_told_apart_without_the_regex_where_there_is_no_apostrophe(word: str) -> None:
    assert name_tokens.contraction(word) is (name_tokens.CONTRACTION_RE.search(word) is not None)


def test_a_friend_nickname_and_a_pair_before_a_year_are_hidden_in_a_long_note() -> None:
    text = _PAD + "He has a mate zippy staying over. Also seen with true galang y8 at the park."
    out = anonymise(text).text
    assert "zippy" not in out
    assert "galang" not in out
    assert "particularly" in anonymise(_PAD + "Concerns remain, particularly a pal of his said.").text


def test_a_dotted_handle_is_hidden_in_a_long_note_and_a_file_name_stays() -> None:
    out = anonymise(_PAD + "Messages from mrs.yorath.wynford and lee_99.x; the plan is in plan.docx.").text
    assert "yorath" not in out
    assert "lee_99" not in out
    assert "plan.docx" in out


_ACTOR_BITS = ["Candy", "McDonald", "Ann", "ANN", "X", "said", "Said", "says", "has been", "had", "been", "came",
               "in", "turned up", "up", "the", "log:", "kids", "other kids", "my 3", "my two", "children:", "sibs",
               "names", "javeria", "talha", "n", "auwal", ",", " ", "  ", "\t", "\n", "'", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ACTOR_BITS), min_size=1, max_size=60).map(" ".join))
def test_actors_and_list_cues_are_found_where_the_whole_note_scan_finds_them(words: str) -> None:
    for text in (words, _PAD + words):
        assert [m.span() for m in name_positions._actors(text)] == [
            m.span() for m in name_positions._ACTOR_RE.finditer(text)]
        assert [m.span() for m in chat_names._list_cues(text)] == [
            m.span() for m in chat_names._LIST_CUE_RE.finditer(text)]


def test_a_nickname_that_acts_and_a_list_of_children_are_hidden_in_a_long_note() -> None:
    out = anonymise(_PAD + "She disclosed that Chunk gives him weed. Other kids: javeria, talha n auwal.").text
    for name in ("Chunk", "javeria", "talha", "auwal"):
        assert name not in out


_JOIN_BITS = ["ayda", "+", "&", "n", "cobie", "the", "Ann", "x", "o'neill", "-", "'", "  ", "\t", "kids", ",", ".",
              "a+b", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_JOIN_BITS), min_size=1, max_size=40), st.booleans())
def test_joined_words_are_found_where_the_whole_note_scan_finds_them(bits: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(bits)
    assert [m.span() for m in lower_notes._joined(text)] == [m.span() for m in lower_notes._JOINED_RE.finditer(text)]


@given(st.text(alphabet="aZbYQ x\t.-'é", max_size=30))
def test_the_gate_for_words_typed_with_caps_lock_and_shift_never_skips_one(text: str) -> None:
    if caps_lines._INVERTED_RE.search(text) is not None:
        assert "aAA" in text.translate(caps_lines._CASES)


_LOG_BITS = ["teams:", "txt:", "note:", "hardev", "-", "happy", "akubuike", "(2013-10-25)", "(9)", "(dob 4/5/10)",
             "(2024)", "ugomma", "in", "for", "babul", "pls", "call", "can u", "ring", "me", "\n", ",", "."]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LOG_BITS), min_size=1, max_size=40).map(" ".join))
def test_log_subjects_read_back_from_their_anchors_are_whole_words(text: str) -> None:
    # Every span starts and ends on a word's edge, whatever the anchors around it.
    for sp in log_subjects.log_subjects(_PAD + text):
        full = _PAD + text
        assert sp.start == 0 or not full[sp.start - 1].isalnum()
        assert sp.end == len(full) or not full[sp.end].isalnum()
