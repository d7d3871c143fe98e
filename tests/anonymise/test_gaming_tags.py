"""A player's name in a game or on a console, after the words that introduce it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("his gaming tag is ghostrider_14 and he plays late", "ghostrider_14"),
        ("older lad's xbox name: tzr.kane9 keeps messaging", "tzr.kane9"),
        ("she gave her in-game name blossom77 to him", "blossom77"),
        ("PSN ID - vortex_kid shared in the group", "vortex_kid"),
    ],
)
def test_the_tag_is_hidden(text: str, tag: str) -> None:
    red = anonymise(text)
    assert tag not in red.text
    assert any(e.text == tag for e in red.entities)


@pytest.mark.parametrize(
    "text",
    ["his xbox name is unknown to mum", "asked for his game name but he refused", "the online id check passed"],
)
def test_ordinary_words_after_the_cue_stay(text: str) -> None:
    assert anonymise(text).text == text


@settings(max_examples=40, deadline=None)
@given(st.from_regex(r"[a-z]{3,8}[0-9]{1,3}", fullmatch=True))
def test_any_handle_shaped_tag_is_hidden(tag: str) -> None:
    red = anonymise(f"says his gaming tag {tag} is the one on the chat")
    assert tag not in red.text
    assert "is the one on the chat" in red.text
