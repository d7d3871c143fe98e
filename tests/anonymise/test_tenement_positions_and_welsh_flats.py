"""A Scottish tenement flat named by its floor and side ("Top Left, 12 Elm Road", "2 Up Right, 40 Queen
St", "ground left, 9 mill way"), a Welsh flat ("Fflat 6, 102 Heol Tŷ Newydd"), a flat numbered with a
letter and digits ("Flat C26, Ruskin Tower") and a street whose street word comes first ("Wynd Head",
"cowgate steps"): each hidden whole, while directions and counts stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Lives Top Left, 195 Smithy Brae, Ludlow, with gran.", "Top Left, 195 Smithy Brae"),
        ("Home address given as Ground Left, 177 Netherhall Drive. School", "Ground Left, 177 Netherhall Drive"),
        ("HMO inspection at 2 Up Right, 208 Magnolia Rise: 9 occupants", "2 Up Right, 208 Magnolia Rise"),
        ("lives 1 up right, 165 magnolia rise, M14 2ND. mum", "1 up right, 165 magnolia rise"),
        ("it was willie from top left, 181 ropewalk row. her", "top left, 181 ropewalk row"),
        ("Visited Middle Right, 14 Allison Street today", "Middle Right, 14 Allison Street"),
        ("Placement: Second Floor Left, 33 Kirk Brae.", "Second Floor Left, 33 Kirk Brae"),
        ("Lives Fflat 6, 102 Heol Tŷ Newydd, Lochgelly, with gran", "Fflat 6, 102 Heol Tŷ Newydd"),
        ("now at Flat C26, Ruskin Tower, NR3 1WN. Dad", "Flat C26, Ruskin Tower"),
        ("living with Betsan at Top Left, 233 Wynd Head since May", "Top Left, 233 Wynd Head"),
        ("just checking you got into 25 wynd head ok?", "25 wynd head"),
        ("just checking you got into 9 cowgate steps ok?", "9 cowgate steps"),
    ],
)
def test_the_flat_position_is_hidden_with_the_address(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Turn first left, then 3 Mill Lane is on the right.", "Turn first left"),
        ("Top left of the form was blank; she lives at 3 Mill Lane.", "Top left of the form"),
        ("He walked 10 steps before he fell.", "10 steps"),
        ("Bruise on the top left of his arm, 2 cm across.", "top left of his arm"),
    ],
)
def test_directions_and_counts_are_kept(text: str, kept: str) -> None:
    from dialogs.anonymise import anonymise

    r = anonymise(text)
    assert kept in r.text, r.text


_POSITIONS = ["Top Left", "Ground Right", "2 Up Right", "3 up left", "ground left", "First Floor Right",
              "Top Flat Left", "Middle Left", "1F Right"]
_STREETS = ["Netherhall Drive", "Gasworks Terrace", "Tiger Lane", "Heol Tŷ Newydd", "Allison Street",
            "clachan road"]


@_SETTINGS
@given(st.sampled_from(_POSITIONS), st.integers(1, 299), st.sampled_from(_STREETS),
       st.sampled_from(["lives at ", "home visit to ", "Address: ", "domestic at "]))
def test_any_tenement_position_before_a_street_is_hidden(position: str, number: int, street: str,
                                                          cue: str) -> None:
    secret = f"{position}, {number} {street}"
    text = f"Mum {cue}{secret}, with the children."
    assert_hidden(text, text.index(secret), len(secret))
