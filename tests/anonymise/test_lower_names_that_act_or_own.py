"""Lower-case names the fresh14 round taught by principle: a word no list knows, shaped like a name, that
owns something ("nyla goodhind's neighbour", "blimis house"), does something ("says fearchar went in an
ambulance") or comes from a town in a list ("Kato Ssempala, matei from Wick") is a person. A misspelt
everyday word ("nieghbour said") and a word after an article or possessive stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_UNKNOWN = ["fearchar", "aonghas", "xiomara", "blimi", "matei", "nyla", "zoltan"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("lady rang saying she is nyla goodhind's neighbour, heard screaming", ["nyla", "goodhind"]),
        ("said shed been at blimis house on pit head lane", ["blimi"]),
        ("neighbour says fearchar went in an ambulance? rang son", ["fearchar"]),
        ('Associates: "Moose", Sothea Chhay, aonghas from Maltby', ["aonghas"]),
    ],
)
def test_lower_case_names_that_own_act_or_come_from_a_town_are_hidden(text: str, names: list[str]) -> None:
    for name in names:
        assert_hidden(text, text.index(name), len(name))


@_SETTINGS
@given(st.sampled_from(_UNKNOWN), st.sampled_from(["went out", "rang twice", "hit him", "'s mum called"]),
       st.sampled_from(["staff say ", "no answer, ", "log: "]))
def test_an_unknown_word_that_acts_or_owns_never_survives(name: str, deed: str, lead: str) -> None:
    text = f"{lead}{name}{'' if deed.startswith(chr(39)) else ' '}{deed} last night."
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text", ["no answer. nieghbour said family went to Castleford.", "her freind went home early.",
             "the hoodie went missing."]
)
def test_misspelt_words_and_things_stay(text: str) -> None:
    assert anonymise(text).text == text
