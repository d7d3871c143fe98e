"""Given names and nicknames that are everyday words, found by what a person has or does: a relative
owned with "'s" ("Promise's mum rang", at a sentence's start too), an age after a description in brackets
("Cash (learning disability, 41)"), or being who someone stays or goes with at a clause's end ("staying at
78 marsh way with Spider."). The same words as things stay readable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORD_NAMES = ["Promise", "Cash", "Spider", "Bullet", "Justice", "Major", "Tinker", "Blaze", "Storm", "Chance"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chance's mum rang at 2 to say he was ill.", "Chance"),
        ("Keyworker rang Tinker's dad on the ward phone.", "Tinker"),
        ("Day centre: Blaze (autism, 34) told staff a man takes his money.", "Blaze"),
        ("Says they are staying at 12 marsh lane with Storm. Informed the worker.", "Storm"),
        ("She went out with Bullet, came back at 3am.", "Bullet"),
    ],
)
def test_a_word_name_owning_a_relative_aged_or_stayed_with_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@given(name=st.sampled_from(_WORD_NAMES), relative=st.sampled_from(["mum", "dad", "nan", "sister", "partner"]))
@_SETTINGS
def test_any_word_name_before_s_and_a_relative_is_hidden(name: str, relative: str) -> None:
    text = f"{name}'s {relative} rang the office this morning."
    assert_hidden(text, 0, len(name))


@pytest.mark.parametrize(
    "text",
    ["He struggles with Maths.", "Diagnosed with Autism, waiting for support.", "He is staying with Nan.",
     "The School's policy was shared.", "I promise you she sounded fine."],
)
def test_the_same_places_with_things_stay_readable(text: str) -> None:
    assert anonymise(text).text == text
