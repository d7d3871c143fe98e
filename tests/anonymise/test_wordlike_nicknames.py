"""Nicknames and first names that are also words ("groomed by Spud", "Dove told me at lunch",
"Wellington has since posted") are hidden with a capital and a cue, and kept as words without one; so is
the name someone gave, whatever its words ("gave his name as Wee Man")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_NAMES = ["Spud", "Smudge", "Chalky", "Dove", "Finch", "Wellington", "Tank", "Frosty", "Troy", "Randy", "Brad"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mum says he is being groomed by Smudge, whose Snapchat is unknown.", "Smudge"),
        ("Teaching assistant here. Finch told me at lunch that her dad hits her.", "Finch"),
        ("She is at the primary, Dove's DOB is 24/01/2012.", "Dove"),
        ("From the head of year: Wellington Figueiredo's older brother was seen.", "Wellington"),
        ("collected today by a man who gave his name as Tank, who is not on the list.", "Tank"),
        ('Phone shows calls with "Frosty" and messages from an unknown number.', "Frosty"),
        ("carer couldnt get in to troy walsh at his flat for the 8am call.", "troy walsh"),
        ("sextortion report - randy sison (15) sent pics to an account", "randy sison"),
    ],
)
def test_a_word_name_with_a_cue_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "He had a spud and beans for lunch and ate it all.",
        "the dove in the garden was fed by the carer",
        "Left her wellington boots by the door.",
        "Chalky marks on the wall of the bedroom.",
        "The fish tank was dirty and the room was tiny.",
        "Frosty morning, so the walk to school was cold.",
        "Tank top and shorts in December, no coat.",
    ],
)
def test_the_same_words_without_a_cue_are_kept(text: str) -> None:
    assert anonymise(text).text == text


@_SETTINGS
@given(st.sampled_from(_NAMES), st.sampled_from(["told me", "said", "has since posted", "disclosed"]))
def test_a_word_name_opening_a_sentence_before_a_verb_never_survives(name: str, verb: str) -> None:
    text = f"Playground duty. {name} {verb} that he is scared to go home."
    assert_hidden(text, text.index(name), len(name))


@_SETTINGS
@given(st.sampled_from(_NAMES), st.sampled_from(["told me at lunch that", "said that", "disclosed to staff that"]),
       st.sampled_from(["gets angry", "hits her", "locks me in the bathroom", "took my phone"]), st.booleans())
def test_a_word_name_doing_something_in_reported_speech_never_survives(name: str, cue: str, act: str,
                                                                       quoted: bool) -> None:
    said = f'"{act}"' if quoted else act
    text = f"Lexi (Y4) {cue} {name} {said}. Marks seen on her wrist."
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text", ["He said that the Summer was fine.", "She told me that Frost is forecast for tonight."]
)
def test_a_season_or_weather_after_that_is_kept(text: str) -> None:
    assert anonymise(text).text == text


@_SETTINGS
@given(st.sampled_from(["Wee Man", "Big Dave", "Tank", "Bree", "Little J", "Snowy"]),
       st.sampled_from(["his", "her", "a"]), st.sampled_from(["gave", "gives", "had given"]),
       st.sampled_from([", who is not on the list.", " and left.", "."]))
def test_the_name_someone_gave_never_survives(name: str, whose: str, verb: str, tail: str) -> None:
    text = f"Collected today by an adult who {verb} {whose} name as {name}{tail}"
    assert_hidden(text, text.index(name), len(name))


def test_a_name_given_as_asked_is_kept() -> None:
    text = "She gave her name as requested and was let in."
    assert anonymise(text).text == text
