"""Addresses without a street-type word, house names, flats and the Welsh and Scottish street words."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Alleged lives of 30 The Ridings, L8 5BA.", "30 The Ridings"),
        ("went missing from 157 Long Acre on Friday", "157 Long Acre"),
        ("called 999 from 237b long acre. He left.", "237b long acre"),
        ("they're at flat 3 150 Long Acre. pls advise", "flat 3 150 Long Acre"),
        ("Placed at Flat 18, 82 Long Acre, Bangor.", "Flat 18, 82 Long Acre"),
        ("DA call-out to 128 Mount Pleasant, n17 5wg", "128 Mount Pleasant"),
        ("now living at 12-14 Larkhill with nan", "12-14 Larkhill"),
        ("Flat 3, Maple House, is where she stays", "Flat 3, Maple House"),
        ("Unit 4, 22 Kingsmead was raided", "Unit 4, 22 Kingsmead"),
        ("lives at no. 7 Elm Road", "no. 7 Elm Road"),
        ("from 202a heol dewi sant, last seen", "202a heol dewi sant"),
        ("moved to Heol Dewi Sant last year", "Heol Dewi Sant"),
        ("she lives at 4 Kirk Brae in Fife", "4 Kirk Brae"),
        ("mum lives at Rose Cottage, out past the quarry", "Rose Cottage"),
        ("moved from The Old Rectory in May", "The Old Rectory"),
        ("she lives at 14 long acre with her nan", "14 long acre"),
        ("address: 9 kingsmead, hx1", "9 kingsmead"),
    ],
)
def test_addresses_without_a_street_word_are_hidden(text: str, secret: str) -> None:
    start = text.index(secret)
    assert_hidden(text, start, len(secret))
    assert any(e.type is EntityType.ADDRESS for e in anonymise(text).entities)


@pytest.mark.parametrize(
    "text",
    [
        "He was seen at 3 pm and again at 10 the next day.",
        "She has been to 3 CAMHS appointments since March.",
        "Referred from 2 different schools in 4 years.",
        "Mum arrived at 9 and left at 10 with the baby.",
        "The panel met at Leeds Town Hall and then at the Village Hall.",
        "He is on 3 Ward 4 rota shifts?",
        "Flat 3 is damp and the 2 children share a bed.",
        "scored 3 out of 10 at school",
        "she lives at 3 different addresses in the week",
        "they moved to 2 bedroom flat last year",
    ],
)
def test_counts_times_and_public_buildings_are_not_addresses(text: str) -> None:
    assert not any(e.type is EntityType.ADDRESS and "Flat" not in e.text for e in anonymise(text).entities)


def test_a_house_name_inside_a_longer_name_leaves_the_school_whole() -> None:
    r = anonymise("its mehwish from Marsh Farm Infant School here")
    assert [e.type for e in r.entities if "Marsh" in e.text] == [EntityType.SCHOOL]


def test_a_capitalised_street_name_does_not_run_on_into_the_sentence() -> None:
    r = anonymise("Flat 15C, 69 Sandringham Drive appears to be empty.")
    assert "appears to be empty." in r.text


@_SETTINGS
@given(ids.surrounding, ids.separators, ids.unmarked_addresses(), ids.separators, ids.surrounding)
def test_unmarked_addresses_never_survive(before: str, sep1: str, address: tuple[str, str], sep2: str,
                                          after: str) -> None:
    cue, secret = address
    text = f"{before}{sep1}{cue}{secret}{sep2}{after}"
    assert_hidden(text, len(before) + len(sep1) + len(cue), len(secret))


@_SETTINGS
@given(st.sampled_from([". ", ", ", " and ", "\n"]), ids.house_names(), st.sampled_from([".", ", then", "\n"]))
def test_house_names_after_a_place_cue_never_survive(lead: str, house: tuple[str, str], tail: str) -> None:
    cue, secret = house
    text = f"Mum said{lead}{cue}{secret}{tail} ok"
    assert_hidden(text, len(f"Mum said{lead}{cue}"), len(secret))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Mum says she travels 90 minutes each way to contact.", None),
        ("It is 2 miles each way and she walks it alone.", None),
        ("Dad lives at 12 Mile End Road with his partner.", "12 Mile End Road"),
    ],
)
def test_a_count_of_minutes_or_miles_is_no_house_number(text: str, secret: str | None) -> None:
    r = anonymise(text)
    if secret is None:
        assert not any(e.type is EntityType.ADDRESS for e in r.entities), r.text
    else:
        assert_hidden(text, text.index(secret), len(secret))


@_SETTINGS
@given(st.integers(2, 240), st.sampled_from(["minutes", "mins", "hours", "miles", "yards", "days"]),
       st.sampled_from(["each way", "down the road", "on the estate", "across the park"]), st.booleans())
def test_a_count_before_a_street_word_never_becomes_an_address(number: int, unit: str, tail: str,
                                                                capital: bool) -> None:
    unit = unit.capitalize() if capital else unit
    r = anonymise(f"She said it takes {number} {unit} {tail} to get to school.")
    assert not any(e.type is EntityType.ADDRESS for e in r.entities), r.text
