"""Homes named "the old ..." after a home cue, and a house name before a comma and its numbered street: the whole
home is hidden, the words round it kept; landmarks ("outside the old ...") and a previous home ("the old house")
stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden, assert_hidden_and_kept, found


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ("Mum says he is staying at the old bakehouse, no phone", "the old bakehouse", "no phone"),
        ("LIVES AT THE OLD SORTING OFFICE WITH HIS DAD", "THE OLD SORTING OFFICE", "WITH HIS DAD"),
        ("placed at The Old Rectory Barn until Friday", "The Old Rectory Barn", "until Friday"),
        ("home the old pump station. gp aware", "the old pump station", "gp aware"),
        ("she moved to the old chapel and then stopped answering", "the old chapel", "and then stopped"),
    ],
)
def test_an_old_building_after_a_home_cue_is_hidden(text: str, home: str, kept: str) -> None:
    assert home in found(text, EntityType.ADDRESS)
    out = anonymise(text).text
    assert home not in out
    assert kept in out


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ("Re: noise from The Old Tannery, 14 Cobble Lane\nplease", "The Old Tannery, 14 Cobble Lane", "please"),
        ("lad says hes at hollin bank, 63 weaver way with his mates", "hollin bank, 63 weaver way", "with his mates"),
        ("no heating at bryn y garn, 7 lon y felin rd. mum aware", "bryn y garn, 7 lon y felin rd", "mum aware"),
    ],
)
def test_a_house_name_before_its_numbered_street_goes_with_it(text: str, home: str, kept: str) -> None:
    assert_hidden_and_kept(text, home, kept)


@pytest.mark.parametrize(
    "text",
    [
        "she was sleeping in her car outside the old cinema last night",
        "we met near the old bridge and walked back",
        "he moved back to the old house on Friday",
        "they are staying at the old people's home for now",
        "lives at the old one still, I think",
    ],
)
def test_landmarks_and_previous_homes_stay_readable(text: str) -> None:
    assert found(text, EntityType.ADDRESS) == []
    assert anonymise(text).text == text


def test_an_everyday_word_before_a_comma_and_address_stays() -> None:
    text = "we met at school, 12 Elm Road is where she lives"
    out = anonymise(text).text
    assert "met at school," in out
    assert "Elm Road" not in out


_WORD = st.sampled_from(["foundry", "granary", "signal", "malting", "coach", "weigh", "bridge", "mill", "dairy"])


@settings(max_examples=40, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=2), st.sampled_from(["staying at", "lives at", "moved to"]))
def test_any_old_building_after_a_cue_is_hidden(words: list[str], cue: str) -> None:
    home = "the old " + " ".join(words) + " works"
    text = f"she is {cue} {home}, nan rang"
    assert_hidden(text, text.index(home), len(home))
    assert "nan rang" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "street", "kept"),
    [
        ("repairs: 12 kestrel wlk - boiler out again", "12 kestrel wlk", "boiler out again"),
        ("nan lives 4b sandpiper wlk with her cat", "4b sandpiper wlk", "with her cat"),
    ],
)
def test_a_lower_case_wlk_after_a_number_is_a_street(text: str, street: str, kept: str) -> None:
    assert_hidden_and_kept(text, street, kept)


def test_a_walk_typed_wlk_with_no_name_stays() -> None:
    text = "did 2 wlk today and went for a wlk round the park"
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "home", "kept"),
    [
        ("visited Mrs Pike at flat C, Harbour Lodge hostel, all well", "flat C, Harbour Lodge hostel", "all well"),
        ("she is in Flat B Mercer House now", "Flat B Mercer House", "now"),
    ],
)
def test_a_flat_named_by_a_letter_joins_its_block(text: str, home: str, kept: str) -> None:
    assert_hidden_and_kept(text, home, kept)


@pytest.mark.parametrize("text", ["the flat A lot of people liked it", "case heard in room C, Crown Court today"])
def test_a_letter_after_a_flat_word_with_no_block_stays(text: str) -> None:
    assert anonymise(text).text == text
