"""A school cut to a tail that is nothing but a school's ("basalt acad") is hidden though "on" follows it ("starts at
basalt acad on mon"); "on" after "high" still reads as a state ("high on something")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


def test_a_short_school_before_on_is_hidden_and_the_day_stays() -> None:
    r = anonymise("HO ref given. Starts at basalt acad on mon, uniform from the swap shop.")
    assert "basalt acad" not in r.text
    assert "Starts at [school] on mon, uniform from the swap shop." in r.text


@pytest.mark.parametrize("text", ["got home from the party high on something", "she looks prim on the photo",
                                  "came back from town high as a kite"])
def test_a_state_before_on_or_as_stays(text: str) -> None:
    assert anonymise(text).text == text


@given(st.from_regex(r"[bcdfghjklmnprstvwz][aeiou][bcdfghjklmnprstvwz]{2}[aeiou][bcdfghjklmnprstvwz]", fullmatch=True),
       st.sampled_from(["on", "as", "off"]))
def test_any_made_up_academy_before_a_small_word_is_hidden(name: str, word: str) -> None:
    r = anonymise(f"starts at {name} acad {word} monday")
    assert f"{name} acad" not in r.text
    assert r.text.endswith(f"{word} monday")
