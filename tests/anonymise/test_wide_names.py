"""Name parts from many cultures (data/wide_names.txt) hide a lower-case name with no cue beside it."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places, surnames, wide_names
from tests.anonymise.coverage import assert_hidden

# A fixed sample keeps the property test's draws cheap and reproducible.
_SAMPLE = sorted(random.Random(7).sample(sorted(wide_names()), 400))
_TEMPLATES = [
    "seen {} at the gate, quiet again",
    "worried about {} and the older lads",
    "i think {} is scared to go home",
    "passing to {} for tomorrow",
    "contact with {} still suspended",
]


def test_the_list_is_wide_and_holds_no_everyday_word_place_or_known_non_name() -> None:
    wide = wide_names()
    assert len(wide) > 20_000
    assert not wide & (english_words() | places() | not_names())
    # It adds to the hand-written lists rather than repeating them.
    assert not wide & (first_names() | surnames())


@pytest.mark.parametrize(
    "text, name",
    [
        ("seen narayan at the gate again", "narayan"),
        ("passing to saiful for tomorrow", "saiful"),
        ("contact with robel still suspended", "robel"),
        ("worried about nwachukwu, out late again", "nwachukwu"),
        ("told gonçalves to ring back", "gonçalves"),
    ],
)
def test_a_lower_case_name_part_from_the_wide_list_is_hidden(text: str, name: str) -> None:
    assert name in wide_names()
    assert name not in anonymise(text).text


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_SAMPLE), st.sampled_from(_TEMPLATES))
def test_no_wide_list_name_survives_in_lower_case_chat(name: str, template: str) -> None:
    text = template.format(name)
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "her dadi and abba came to the meeting",  # kin words some lists carry as names
        "the fella from the resi unit rang, theres a new edd",  # chat shorthand
    ],
)
def test_kin_words_and_chat_shorthand_stay(text: str) -> None:
    r = anonymise(text)
    assert r.text == text, r.text


def test_a_platform_word_before_a_handle_is_not_joined_to_a_name() -> None:
    text = "her own phone 07777 473 634, snapchat lia_atk2007, seen in lc5"
    r = anonymise(text)
    assert "snapchat" in r.text
    assert not [e for e in r.entities if e.type is EntityType.PERSON and "snapchat" in text[e.start : e.end]]


def test_the_builder_leaves_out_everyday_words_their_mistypings_kin_words_and_known_names() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import wide_names as builder

    parts = {"keswani", "colour", "color", "mens", "dadi", "habibi", "devon", "aoife", "castleford", "tumbahangphe"}
    # "color" is American spelling, "mens" a lost apostrophe, "devon" a county, "aoife" already a known name.
    assert builder.wide_names(parts) == ["keswani", "tumbahangphe"]


@pytest.mark.parametrize("text, name", [("her nani fatima looks after him", "fatima"),
                                        ("his babcia Krystyna picks him up", "Krystyna")])
def test_family_words_from_community_languages_stay_and_cue_the_name_after(text: str, name: str) -> None:
    out = anonymise(text).text
    assert name not in out
    assert text.split()[1] in out
