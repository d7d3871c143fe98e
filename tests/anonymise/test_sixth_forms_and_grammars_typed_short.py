"""Schools typed short in lower case after a word that puts a school after it: a sixth form after its street ("not at
tenter st 6th form today") and a grammar school by a name no dictionary lists ("from whitewell grammar bunking").
The subject ("good at english grammar") and a sixth form with no name ("from his 6th form") stay."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words, proper_nouns


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Not at tenter st 6th form today.", "Not at [school] today."),
        ("lads from whitewell grammar bunking on the 42", "lads from [school] bunking on the 42"),
        ("she is at caldmore sixth form in may", "she is at [school] in may"),
        ("lads from whitewell grammar again", "lads from [school] again"),
        ("he was getting high again", "he was getting high again"),
    ],
)
def test_the_school_is_hidden_and_the_words_round_it_stay(text: str, expected: str) -> None:
    assert anonymise(text).text == expected


@pytest.mark.parametrize(
    "text", ["good at english grammar and maths", "came from his 6th form", "at the sixth form open evening"])
def test_a_subject_or_a_nameless_sixth_form_stays(text: str) -> None:
    assert anonymise(text).text == text


@given(st.text(alphabet="bcdfghklmnprstvw", min_size=5, max_size=9), st.sampled_from(["grammar", "6th form"]))
def test_any_unlisted_name_before_the_tail_after_a_cue_is_hidden(name: str, tail: str) -> None:
    assume(name not in english_words() and name not in proper_nouns())
    out = anonymise(f"seen outside, from {name} {tail} today").text
    assert name not in out and "today" in out


def test_a_name_made_of_s_is_not_read_as_a_word_once_its_s_are_stripped() -> None:
    # A possessive is taken off a word before the dictionary is asked, and nothing else: "bssss" is no "b".
    assert anonymise("seen outside, from bssss grammar today").text == "seen outside, from [school] today"


@pytest.mark.parametrize(("text", "expected"), [
    ("says shes at her sisters now. sorrel grove prim. c2k note done", "sorrel grove prim"),
    ("she looks very prim. ok", None),
])
def test_a_two_word_name_before_prim_as_a_sentence_of_its_own_is_a_school(text: str, expected: str | None) -> None:
    schools = [e.text for e in anonymise(text).entities if e.type.name == "SCHOOL"]
    assert schools == ([expected] if expected else [])
