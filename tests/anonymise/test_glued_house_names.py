"""A house named by one lower-case word ending in its house word, with no article, after a place cue ("he lives at
gullhouse and..."): the name goes; the ordinary nouns that take no article ("by roadside") and towns stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden, assert_hidden_and_kept, found


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("web chat: he lives at gullhouse and he's always out", "gullhouse", "and he's always out"),
        ("residents chat: bikes on the grass by old tanhouse again", "old tanhouse", "again"),
        ("group chat: a van parked outside heathercroft again, lads", "heathercroft", "again, lads"),
        ("home visit to glenside, no answer", "glenside", "no answer"),
        ("food bank: jo from larchmount in again this week", "larchmount", "in again this week"),
    ],
)
def test_glued_house_name_is_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_and_kept(text, address, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the car broke down so we waited by roadside again", "by roadside again"),
        ("staff met at warehouse staff room", "at warehouse staff room"),
        ("he was at the lighthouse and then home", "at the lighthouse"),
        ("the bus came from inside again", "from inside again"),
    ],
)
def test_nouns_without_an_article_and_capitalised_places_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def test_a_capitalised_glued_word_is_no_home_here() -> None:
    # "from Easterhouse": capitalised, such a word is as often a town or a district.
    assert found("she moved here from Easterhouse in May", EntityType.ADDRESS) == []


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(("gull", "heather", "larch", "glen", "brae", "tan", "kiln")),
       st.sampled_from(("house", "croft", "mount", "side")))
def test_any_glued_name_after_lives_at_is_hidden(stem: str, word: str) -> None:
    text = f"he lives at {stem}{word} and is fine"
    assert_hidden(text, text.index(stem), len(stem + word))
    assert "and is fine" in anonymise(text).text
