"""Handles in pasted chats: the user name a copied line opens with ("raifeszn78: wyd"), and a handle met again later
in the note with no cue of its own. Numbered entries ("visit2:", "day3:") and words stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words
from tests.anonymise.coverage import typed


def _handles(text: str) -> list[str]:
    return [t for kind, t in typed(text) if kind == "HANDLE"]


def test_each_chat_line_s_user_name_is_hidden() -> None:
    text = ("she showed me her snap, typed out:\nraifeszn78: wyd\ntaytumszn29: nm just in my room\n"
            "raifeszn78: send ur addy")
    out = anonymise(text).text
    assert "raifeszn78" not in out and "taytumszn29" not in out
    assert "wyd" in out and "nm just in my room" in out and "send ur addy" in out


def test_a_handle_found_once_is_hidden_where_it_comes_again() -> None:
    text = "the lad he plays with zaydnszn69 told him to buy gift cards. zaydnszn69's tiktok is full of it"
    out = anonymise(text).text
    assert "zaydnszn69" not in out
    assert "told him to buy gift cards" in out and "'s tiktok" in out


@pytest.mark.parametrize(
    "text",
    [
        "home visits:\nvisit2: seen at home\nday3: no answer at the door",
        "notes:\nweek12: reviewed plan\nyear10: settled",
    ],
)
def test_numbered_entries_are_no_handles(text: str) -> None:
    assert _handles(text) == []


def test_a_handle_inside_a_link_or_email_does_not_spread() -> None:
    text = "added by deano77x on snap, see www.site.com/deano77x and deano77x@mail.com"
    assert _handles(text) == ["deano77x"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters=st.text(alphabet="bcdfghjklmnprstvwxz", min_size=4, max_size=9), digits=st.integers(1, 99))
def test_any_glued_user_name_opening_a_chat_line_is_hidden(letters: str, digits: int) -> None:
    assume(letters not in english_words())
    name = f"{letters}{digits}"
    text = f"pasted chat:\n{name}: u up\nme: no"
    out = anonymise(text).text
    assert name not in out and "u up" in out
