"""Addresses the fresh12 round taught by shape rather than by street word: a flat named for where it sits
("Upstairs Flat, 43 Wesley Place"), "No." before the house number, a one-word house name before it
("DUNROAMIN, 123 WOODBINE TERR"), a street named "The ..." in any case ("139 THE ROPEWALK", "174 the
ropewalk"), a house name in lower case after a cue, an Edinburgh flat before a number and "y" inside a
Welsh street ("Ffordd Tan y Bryn")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Address Upstairs Flat, 134 Smithy Brow. Officer on scene.", "Upstairs Flat, 134 Smithy Brow"),
        ("lives upstairs flat, 199 wesley place. safe to call", "upstairs flat, 199 wesley place"),
        ("Tenant: Downstairs Flat, 8 Leadmill Road, +44 7700 900265.", "Downstairs Flat, 8 Leadmill Road"),
        ("Previous address No. 141 Donegall Pass, EC1V 7RN.", "No. 141 Donegall Pass"),
        ("caller says Lorne (17) at DUNROAMIN, 123 WOODBINE TERR is left alone", "DUNROAMIN, 123 WOODBINE TERR"),
        ("caller says Mercy (16) at 139 THE ROPEWALK is left alone", "139 THE ROPEWALK"),
        ("units to wisteria cottage, 174 the ropewalk", "wisteria cottage, 174 the ropewalk"),
        ("units to 12 the old maltings.", "12 the old maltings"),
        ("Mum Batoul, Flat 2F2, 159 The Ropewalk, cv1 4na. FOB not around", "Flat 2F2, 159 The Ropewalk"),
        ("Home: 104 Ffordd Tan y Bryn, EX45HY", "104 Ffordd Tan y Bryn"),
    ],
)
def test_address_shapes_without_a_street_word_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He went to 3 the kids party and back.", "the kids party"),
        ("we gave 2 the money for bus fare", "the money"),
        ("She said no. 12 people were at the party.", "people were"),
        ("Met her at Tesco and then at 3 o'clock went home.", "Tesco"),
    ],
)
def test_ordinary_words_after_a_number_are_kept(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


_SPOTS = ["Upstairs", "Downstairs", "Top", "Rear", "Side", "Attic", "upstairs", "downstairs"]
_STREETS = ["Wesley Place", "Smithy Brow", "The Ropewalk", "Leadmill Road", "Donegall Pass", "Briar Lane"]


@_SETTINGS
@given(st.sampled_from(_SPOTS), st.integers(1, 250), st.sampled_from(_STREETS),
       st.sampled_from(["Address ", "lives at ", "moved to ", "Previous address "]),
       st.sampled_from([". Officer on scene.", ", LS9 4EH.", " since May."]))
def test_a_flat_named_for_where_it_sits_is_hidden_whole(spot: str, number: int, street: str, cue: str,
                                                        tail: str) -> None:
    address = f"{spot} Flat, {number} {street}"
    text = f"{cue}{address}{tail}"
    assert_hidden(text, len(cue), len(address))
    assert any(e.type is EntityType.ADDRESS for e in anonymise(text).entities)
