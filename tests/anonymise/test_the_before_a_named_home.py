"""A home on a house's plot named with no number ("The Annexe", "The Coach House", "The Chalet") keeps its
"the" as part of the name when it stands before the house's address; a flat described by where it is
("the flat above, ...") leaves "the" as grammar."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("stopping at her aunty's at the annexe, 41b ormeau street cos", "the annexe, 41b ormeau street"),
        ("G&T liaison visit: The Annexe, 9C Brickfield Close. Present:", "The Annexe, 9C Brickfield Close"),
        ("Address: The Chalet, 3 Sandhills Road, Leeds", "The Chalet, 3 Sandhills Road"),
    ],
)
def test_the_belongs_to_a_named_home(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    assert "the" not in anonymise(text).text.lower().replace("there", "").split("at ")[-1][:4]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("lives at the flat above, 12 Elm Road", "the"),
        ("She went to the annexe at school, then 3 Mill Lane.", "the annexe"),
    ],
)
def test_the_stays_outside_a_described_flat(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@_SETTINGS
@given(st.sampled_from(["the annexe", "The Annexe", "The Annex", "The Coach House", "the chalet"]),
       st.integers(1, 300), st.sampled_from(["", "a", "B"]),
       st.sampled_from(["Cregagh Street", "Sandpits Close", "ormeau road", "Mill Lane"]))
def test_a_named_home_before_its_house_never_keeps_a_letter(home: str, number: int, letter: str, street: str) -> None:
    if street.islower():
        home = home.lower()
    address = f"{home}, {number}{letter} {street}"
    text = f"staying at {address} for now"
    # "the" is part of the name: no word of it may survive.
    assert_hidden(text, len("staying at "), len(address))
