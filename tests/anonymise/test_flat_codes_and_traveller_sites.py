"""Addresses the fresh14 round taught by principle: a short code with a digit and a letter or slash, then a
comma, before a found house number names the flat ("1F2, 145 Weavers Cl", "3b, 12 Elm Road"); a
travellers' site is where people live ("Pitch 4, Windy Ridge Travellers' Site"); a time's minutes are no
house number ("at 23:00 demanding his bank PIN")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_SETTINGS
@given(st.sampled_from(["1F2", "3f1", "GF1", "PF2", "2/1", "3b", "B2"]), st.integers(1, 399),
       st.sampled_from(["Weavers Cl", "Toll Bar Rd", "Beck Side", "heol y bryn coch", "Elm Road"]),
       st.sampled_from(["living at ", "address on the class list: ", "seen at "]))
def test_a_flat_code_before_a_house_number_is_part_of_the_address(code: str, number: int, street: str,
                                                                   lead: str) -> None:
    address = f"{code}, {number} {street}"
    text = f"Girl's {lead}{address}, hu3 0er."
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("Ivie (9) is with nan at Pitch 4, Windy Ridge Travellers' Site.", "Pitch 4, Windy Ridge Travellers' Site"),
        ("heard screaming at pitch 24, pear tree park traveller site last night",
         "pitch 24, pear tree park traveller site"),
        ("The family moved to Hill Top Gypsy and Traveller Site in May.", "Hill Top Gypsy and Traveller Site"),
    ],
)
def test_traveller_sites_are_hidden_as_addresses(text: str, site: str) -> None:
    assert_hidden(text, text.index(site), len(site))
    assert any(e.type is EntityType.ADDRESS for e in anonymise(text).entities)


@pytest.mark.parametrize(
    "text",
    ["They stopped on the travellers' site for a week.", "In 1990, 12 people came.",
     "Son rang at 23:00 demanding his bank PIN."],
)
def test_everyday_sites_counts_and_times_stay(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.ADDRESS for e in r.entities), r.text
