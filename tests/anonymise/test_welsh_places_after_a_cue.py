"""A Welsh place named by its landscape word and a name, after a place word, with no number: "by cae hwrdd",
"near rhes y bont". An English word after the landscape word is no name ("by the cefn road" is left to the street
rules), and the given names "bryn" and "glan" are not landscape words here."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words


@pytest.mark.parametrize(("text", "place", "kept"), [
    ("sleeping in it in the bays by cae hwrdd 3 nights now", "cae hwrdd", "3 nights now"),
    ("seen near rhes y bont with the lads", "rhes y bont", "with the lads"),
    ("staying at Hafod Wen since May", "Hafod Wen", "since May"),
])
def test_the_place_is_hidden(text: str, place: str, kept: str) -> None:
    out = anonymise(text).text
    assert place not in out
    assert kept in out


@pytest.mark.parametrize("text", ["went by cwm today", "at cefn top field", "sat by the parc gates"])
def test_no_place_is_made_of_these(text: str) -> None:
    assert anonymise(text).text == text


@given(st.sampled_from(["cae", "llwyn", "hafod", "rhiw"]),
       st.text(alphabet="dfghlnrwy", min_size=4, max_size=7).filter(lambda s: s not in english_words()))
def test_no_welsh_place_after_by_survives(word: str, name: str) -> None:
    out = anonymise(f"parked by {word} {name} most nights").text
    assert f"{word} {name}" not in out
    assert "most nights" in out
