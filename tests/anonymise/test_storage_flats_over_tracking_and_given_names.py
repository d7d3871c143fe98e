"""Homes at a self-storage site or in a flat over a numbered house, postal tracking numbers with their
letters, and a name given in lower case after "gave his name as"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


def _of(text: str, kind: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == kind]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("the boys sleep at unit 3, Wharf Road self storage most nights", "unit 3, Wharf Road self storage"),
        ("FOUND LIVING IN UNIT 41, MILL GREEN SELF STORAGE WITH HIS DOG", "UNIT 41, MILL GREEN SELF STORAGE"),
        ("stuff moved to unit 7 ferry lane self-storage last week", "unit 7 ferry lane self-storage"),
    ],
)
def test_a_unit_at_a_self_storage_site_is_hidden_whole(text: str, address: str) -> None:
    assert address in _of(text, "ADDRESS")
    assert "storage" not in anonymise(text).text.lower()


def test_self_storage_without_a_site_stays_readable() -> None:
    text = "she keeps her things in unit 4 at the self storage by the ring road"
    assert _of(text, "ADDRESS") == []
    assert "at the self storage by the ring road" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("mum now rents flat A over 17 Brook St from a cousin", "flat A over 17 Brook St"),
        ("Tenant in flat 2 above 9 Hollin has no heating", "flat 2 above 9 Hollin"),
    ],
)
def test_a_flat_over_a_numbered_house_is_hidden_with_the_house(text: str, address: str) -> None:
    assert address in _of(text, "ADDRESS")
    hidden = anonymise(text).text
    assert address not in hidden
    assert " over " not in hidden and " above " not in hidden


def test_a_flat_over_a_count_stays_readable() -> None:
    text = "the flat was over 20 minutes from school and over 3 miles away"
    assert _of(text, "ADDRESS") == []
    assert anonymise(text).text == text


@pytest.mark.parametrize("number", ["RR 1234 5678 9GB", "LX123456789GB", "KT 9981 0023 4GB"])
def test_a_postal_tracking_number_is_hidden_letters_and_all(number: str) -> None:
    text = f"parcels signed for by the kids, tracking {number} on the last one"
    assert number in _of(text, "REFERENCE")
    assert number[:2] not in anonymise(text).text.replace("[", " ")


def test_a_short_number_before_gb_stays_readable() -> None:
    text = "sent 12 GB of photos and the GB team shirt"
    assert _of(text, "REFERENCE") == []
    assert anonymise(text).text == text


@pytest.mark.parametrize(("text", "name"), [
    ("older lad gave his name as jaxx and ran off", "jaxx"),
    ("the girl gives her name as tiannah when stopped", "tiannah"),
])
def test_a_name_given_in_lower_case_is_hidden(text: str, name: str) -> None:
    assert name in _of(text, "PERSON")
    assert name not in anonymise(text).text


def test_an_everyday_word_after_gave_her_name_as_stays_readable() -> None:
    text = "she gave her name as well as her date of birth"
    assert _of(text, "PERSON") == []
    assert anonymise(text).text == text


@given(st.sampled_from(["well", "usual", "requested", "before", "above"]))
def test_english_words_after_the_cue_are_never_names(word: str) -> None:
    text = f"he gave his name as {word} and left"
    assert word in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("carers let themselves in at 12 Elm Road - key safe behind the bins, then",
         "12 Elm Road - key safe behind the bins"),
        ("Address: 7 Mill Lane (meter cupboard by the gate)\nTenant", "7 Mill Lane (meter cupboard by the gate)"),
    ],
)
def test_where_the_way_in_is_kept_is_hidden_with_the_home(text: str, address: str) -> None:
    assert address in _of(text, "ADDRESS")
    assert "key safe" not in anonymise(text).text and "meter cupboard" not in anonymise(text).text


def test_a_sentence_about_a_key_safe_after_an_address_stays_readable() -> None:
    text = "we met at 4 Oak Rd - the key safe was broken again"
    assert "- the key safe was broken again" in anonymise(text).text
