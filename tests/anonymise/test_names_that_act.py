"""Names the fresh14 round taught by principle: a capitalised word in the middle of a sentence (or after a
label's colon) that then does something is a person, whatever the verb ("disclosed that Chunk gives him
weed", "daily log: Candy came in late"); a quoted word that acts is someone's street name, even after a
speech verb ('Says "Biscuit" took his card'); "known only as "Moose"" names someone."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_WORDLIKE = ["Chunk", "Biscuit", "Candy", "Paisley", "Moose", "Pebble", "Bear"]


@_SETTINGS
@given(st.sampled_from(_WORDLIKE),
       st.sampled_from(["gives him weed to sell", "took his bank card", "came in late again", "drove off",
                        "went to the shop"]),
       st.sampled_from(["- disclosed that ", "foster carer daily log: ", "Staff think "]))
def test_a_capitalised_word_that_acts_mid_sentence_is_a_person(name: str, deed: str, lead: str) -> None:
    text = f"{lead}{name} {deed}."
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Bedded down behind the shop. Says "Biscuit" took his bank card.', "Biscuit"),
        ('Taken to the flat by a man he knows only as "Moose".', "Moose"),
        ('Associates: "Moose", Sothea Chhay', "Moose"),
    ],
)
def test_quoted_street_names_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    ['She said "No" and left.', 'The form was marked as "Urgent" by the duty team.',
     "Police came at 10pm.", "The report: Staff came in at nine."],
)
def test_said_words_and_everyday_actors_stay(text: str) -> None:
    assert anonymise(text).text == text
