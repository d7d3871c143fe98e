"""Colours, seasons, plants and virtues given as first names, and nicknames that are words ("Blue's mum is
...", "Winter Zoabi", "said Mossy had moved out", "application by Jessamine Laidlaw"), hidden with a cue as
the other word-like names are; the same words in everyday use stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_NAMES = ["Blue", "Indigo", "Winter", "Coral", "Unity", "Jessamine", "Dahlia", "Rosemary", "Mossy", "Dash", "Sonny"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonesy drives a white Toyota. Blue's mum is Nneoma Udeh, 07713 808301.", "Blue"),
        ("Sixth form: Winter Zoabi, DOB 08.02.2013, told her tutor she is staying out.", "Winter"),
        ("Mum Yevheniia Hnatiuk said Mossy had moved out but his car was outside.", "Mossy"),
        ("DVDS (Clare's Law) application by Jessamine Laidlaw about her partner.", "Jessamine"),
        ("Lives with her aunt and cousin Coral since the summer.", "Coral"),
    ],
)
def test_a_colour_season_or_nickname_name_with_a_cue_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "Blue bins are collected on Tuesdays from next month.",
        "Winter coats - there is a box of donated ones in the hall.",
        "Reminder: parents' evening is now on Thursday. Blue slips back to the office please.",
        "Referred to the Youth Justice Service after the incident.",
        "the blue car and a dash of milk in a mossy garden",
    ],
)
def test_the_same_words_in_everyday_use_stay(text: str) -> None:
    assert anonymise(text).text == text


@_SETTINGS
@given(st.sampled_from(_NAMES), st.sampled_from(["told me", "said", "has since posted", "disclosed", "'s mum says"]))
def test_a_word_name_before_a_person_verb_never_survives(name: str, verb: str) -> None:
    text = f"Playground duty. {name}{'' if verb.startswith(chr(39)) else ' '}{verb} that he is scared to go home."
    assert_hidden(text, text.index(name), len(name))
