"""Surnames and given names the fresh14 round taught by position: the capitalised word straight after a
lone found name is its surname, even an everyday or role word ("nan Lettice Senior", "Officer Wallace
Senior"), and so is the one after a quoted nickname ('Bertha "Cupcake" Hocking'); a line that opens with a
word and a found surname names a person ("Candy Bhullar - after school club"), unless the word greets.
Kin, titles and words that are never names stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.sampled_from(["Lettice", "Wallace", "Bertha", "Rosina", "Dulcie"]),
       st.sampled_from(["Senior", "Page", "Baker", "Hope", "Hocking"]),
       st.sampled_from(["Her daughter is with nan ", "Candidate ", "PCSO ", "Granddaughter "]),
       st.sampled_from([" rang.", " at 204 Cloth Hall St.", ".", " (07991 539 291) says so."]))
def test_the_capitalised_word_after_a_found_name_is_its_surname(given_name: str, surname: str, lead: str,
                                                                tail: str) -> None:
    name = f"{given_name} {surname}"
    text = f"{lead}{name}{tail}"
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Friends: Bertha "Cupcake" Hocking. Active on TikTok.', "Hocking"),
        ("who's collecting today:\nSukhdeep Bhullar - Auntie\nCandy Bhullar - after school club till 5", "Candy"),
    ],
)
def test_names_beside_a_nickname_or_opening_a_line_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.rindex(name), len(name))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Morning Ottilie Brennan, thanks for the call.", "Morning"),
        ("Visit with Kiran Mum present throughout.", "Mum"),
        ("Rang Kiran Police had been called already.", "Police"),
    ],
)
def test_greetings_kin_and_police_beside_a_name_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text
