"""The parts of an address before the house and street that the fresh13 round taught by shape: a floor
in figures ("2nd Floor Flat, ..."), a numbered home in a block or site ("Bungalow 15, Cobden House"), a
flat named for what it sits above ("Flat Above, ..."), where the home lies from the street ("rear of 107
ropery road", "Millstone Cottage, off Coronation Ave"), a room before a house number in a lower-case note
("studio 13, 158 albion pl") and a home verb straight before the number ("pt lives 158 albion pl")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("not known at 2nd Floor Flat, 240 Springfield Road, se15 4sf; CME", "2nd Floor Flat, 240 Springfield Road"),
        ("moved to 4th floor rear, 12 Elm Road last week", "4th floor rear, 12 Elm Road"),
        ("living with a friend at Bungalow 15, Cobden House since May", "Bungalow 15, Cobden House"),
        ("Currently at Chalet 4, Sandy Lane Park - overcrowded", "Chalet 4, Sandy Lane Park"),
        ("Previous address Flat Above, 123 Clough Road. Children", "Flat Above, 123 Clough Road"),
        ("lives in the flat over the shop, 9 Market Street.", "flat over the shop, 9 Market Street"),
        ("pt lives rear of 107 ropery road. told", "rear of 107 ropery road"),
        ("(2 January 1963, Rear of 211 Brewery Lane).", "Rear of 211 Brewery Lane"),
        ("caravan on land to the rear of 12 Moss Lane, Leigh", "land to the rear of 12 Moss Lane"),
        ("complainant Awa Diop, Millstone Cottage, off Coronation Ave. Alleged",
         "Millstone Cottage, off Coronation Ave"),
        ("pt lives studio 13, 158 albion pl. told", "studio 13, 158 albion pl"),
        ("pt lives 158 albion pl. told prescriber", "158 albion pl"),
    ],
)
def test_the_part_before_the_street_is_hidden_with_it(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    out = anonymise(text).text
    first = address.split()[0]
    assert first not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("lads doing doughnuts round the back of 12 Elm Road again", "round the back of"),
        ("she lives 2 doors down from him", "2 doors down"),
        ("lives 3 miles away from school", "3 miles away"),
        ("we met at the house, 12 Elm Road", "we met at the house,"),
    ],
)
def test_directions_and_distances_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@given(
    floor=st.integers(min_value=1, max_value=20),
    number=st.integers(min_value=1, max_value=999),
    street=st.sampled_from(["Springfield Road", "Porters Lane", "Wharf St", "Copper Beech Close"]),
)
@_SETTINGS
def test_a_floor_in_figures_goes_with_the_address(floor: int, number: int, street: str) -> None:
    suffix = "th" if 11 <= floor <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(floor % 10, "th")
    unit = f"{floor}{suffix} Floor Flat, {number} {street}"
    text = f"Visit to {unit} on Monday."
    assert_hidden(text, text.index(unit), len(unit))
