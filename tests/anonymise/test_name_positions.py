"""Everyday words used as names, told by position: in a list with a found name, after a contact verb, before
a verb of saying in mid-sentence, and before a relation in apposition; agencies, places, models, job titles
and towns before a postcode stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD_NAMES = ["Lovely", "Bear", "Cloud", "Ember", "Pebble", "Sunny", "Storm", "Blaze", "Legend", "Marigold"]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("her kids Jhun and Lovely are safe.", "Lovely"),
        ("He was with Tamsin and Bear last night.", "Bear"),
        ("Spoke to Cloud about the fire.", "Cloud"),
        ("Mum says Ember has been staying out.", "Ember"),
        ("contact with Pebble, her half-sister, was agreed", "Pebble"),
        ("Elders are Zed and Brodie Postlethwaite.", "Zed"),
    ],
)
def test_everyday_words_in_a_name_position_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kerry Smith and Police attended.", "Police"),
        ("Address: Flat 3, 30 Moorside Road, Barrow, MK97SW", "Barrow"),
        ("Car is a green Dacia Duster, YU17 LMH.", "Duster"),
        ("Kind regards\nDonal Hare\nInclusion Lead, Keelmen's Way Academy", "Lead"),
        ("Mum said Housing has been no help.", "Housing"),
    ],
)
def test_agencies_places_models_and_titles_stay(text: str, word: str) -> None:
    assert word in anonymise(text).text


@_SETTINGS
@given(st.sampled_from(_WORD_NAMES), st.sampled_from(["Aisha", "Kacper", "Tamsin", "Jhun", "Olamide"]),
       st.sampled_from(["{a} and {b}", "{b} and {a}", "{a}, {b}"]))
def test_a_word_name_listed_with_a_name_is_hidden(word: str, name: str, shape: str) -> None:
    pair = shape.format(a=word, b=name)
    text = f"At the park with her friends {pair} until late."
    out = anonymise(text).text
    assert word not in out and name not in out, out


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Following the meeting, Children's Social Care agreed a Section 47 enquiry.", "Care"),
        ("Two of them came. Heaven knows how we will cover it.", "Heaven"),
        ("Most were new. One said it was bliss.", "One"),
    ],
)
def test_the_end_of_a_capitalised_name_or_a_sentence_start_is_no_speaker(text: str, word: str) -> None:
    assert word in anonymise(text).text
