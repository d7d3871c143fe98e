"""Lower-case names that no word list knows, found by what stands beside them: a friend word before
("his mate vojtek gave him a lift"), a school year after ("nimra in year 7 has been getting messages"),
or a second unknown word and a verb after ("dilip kotecha found on floor", "icilma nembhard rang")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import english_words, not_names, proper_nouns, vehicle_models
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("says his mate tamerlan gave him a lift in a car", "tamerlan"),
        ("his pal okonkwo was there too", "okonkwo"),
        ("hi both, zuleikha in year 7 has been getting messages", "zuleikha"),
        ("morning, adaeze in yr 11 came to see me", "adaeze"),
        ("ambulance crew on scene. pravin mistry found on floor, neighbour says", "pravin mistry"),
        ("carers line: oluwadamilare nwachukwu rang, caring for husband", "oluwadamilare nwachukwu"),
    ],
)
def test_lower_case_names_beside_a_cue_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "the lift was out of order so we used the stairs",
        "pupils in year 7 have been getting messages",
        "ambulance crew on scene. patient found on floor",
        "hi both, check mate is a good game",
    ],
)
def test_everyday_words_beside_the_same_cues_are_kept(text: str) -> None:
    assert anonymise(text).text == text


_CONSONANTS = "bdfghjklmnprstvwz"
_VOWELS = "aeiou"


@st.composite
def made_up_names(draw: st.DrawFn) -> str:
    """A name-shaped word of consonant-vowel syllables that no word list knows and no role word is
    ("nana" is a gran, "nisa" a shop, "rota" a timetable, "niro" a car)."""
    syllables = draw(st.integers(2, 4))
    word = "".join(draw(st.sampled_from(_CONSONANTS)) + draw(st.sampled_from(_VOWELS)) for _ in range(syllables))
    known = (english_words(), proper_nouns(), not_names(), vehicle_models(), ROLE_CUES, TITLES)
    assume(not any(word in words for words in known))
    return word


@_SETTINGS
@given(made_up_names(), made_up_names(), st.sampled_from(["found on floor", "rang today", "said no", "was seen"]))
def test_two_unknown_words_before_a_verb_never_survive(first: str, last: str, rest: str) -> None:
    text = f"crew on scene. {first} {last} {rest}. nhs number to follow"
    assert_hidden(text, text.index(f"{first} {last}"), len(first) + 1 + len(last))


@_SETTINGS
@given(made_up_names(), st.sampled_from(["mate", "mates", "pal", "bestie"]), st.integers(7, 13))
def test_friend_or_school_year_beside_an_unknown_word_never_survives(name: str, friend: str, year: int) -> None:
    for text in (f"says his {friend} {name} gave him a lift", f"hi both, {name} in year {year} has been upset"):
        assert_hidden(text, text.index(name), len(name))
