"""The room, pitch, lettered flat, floor or house name before an address ("Room 23, 143 Hawksley Avenue",
"Pitch 30, Albert Terrace", "Ground Floor Flat, 214 Sage Court", "Upper Flat, 41 Tanner Street", "The
Stables, Riverside Walk"), a street before a postcode in lower case and "St" ending a street before a new sentence."""

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
        ("Home address: Room 23, 143 Hawksley Avenue, Dudley", "Room 23, 143 Hawksley Avenue"),
        ("Attended Pitch 30, Albert Terrace, B10 6DB after a 999 call", "Pitch 30, Albert Terrace"),
        ("lives pitch 8, heol y bryn, ex4 0fj. partner", "pitch 8, heol y bryn"),
        ("living with a friend at Flat A, 93A Clarence Road since May", "Flat A, 93A Clarence Road"),
        ("Attended Ground Floor Flat, 214 Sage Court, NG7 8JF after", "Ground Floor Flat, 214 Sage Court"),
        ("they only moved to The Stables, Riverside Walk at half term", "The Stables, Riverside Walk"),
        ("lives the coach house, pit lane, le22nl. partner", "the coach house, pit lane"),
        ("she thinks he followed her to 3 Brook St. He drives a Volvo", "3 Brook St"),
        ("Caravan 12, Meadow View, DN5 7QT", "Caravan 12, Meadow View"),
        ("complaint from her at Upper Flat, 41 Tanner Street that", "Upper Flat, 41 Tanner Street"),
        ("crew on scene at lower flat, 9 mill way. found on floor", "lower flat, 9 mill way"),
        ("Address Rear Flat 2, 17 Orchard Road, LS6 2AB.", "Rear Flat 2, 17 Orchard Road"),
        ("Fleeing: Garden Flat, 5 Quarry Hill", "Garden Flat, 5 Quarry Hill"),
        ("Staying at a friend's, Flat B, Attlee Tower, Pinfold Street. Phone", "Flat B, Attlee Tower, Pinfold Street"),
        ("currently at Flat A, Lowry House, Chapel Fold, WF1 3QQ.", "Flat A, Lowry House, Chapel Fold"),
        ("of Flat 3F3, 204 Heol Penrhiw, EC1V 0QP, for", "Flat 3F3, 204 Heol Penrhiw"),
        ("moved to flat pf2, 18 warrender park road last week", "flat pf2, 18 warrender park road"),
        ("Registered keeper of Meadow View, Tanyard Lane, DE23 6NX.", "Meadow View, Tanyard Lane"),
    ],
)
def test_the_unit_before_an_address_is_hidden_with_it(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He was in room 4 at school and then went to 12 Elm Road.", "room 4"),
        ("She stayed at her dad's house, 12 Elm Road, over the weekend.", "dad's"),
        ("Went to the church hall, then 3 Mill Lane.", "church"),
        ("Went round the back, then 3 Mill Lane.", "the back"),
        ("12 St Mary's Road is the address.", "is the address"),
        ("Excluded from St Wilfrid's High School in 2009, then moved.", "Excluded from"),
        ("She enjoyed the view, then walked to 3 Mill Lane.", "enjoyed the view"),
    ],
)
def test_ordinary_words_near_an_address_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text


_UNITS = ["Room", "Pitch", "Flat", "Caravan", "Bedsit", "room", "pitch", "flat"]
_FLOORS = [
    "Ground Floor Flat", "First Floor Flat", "Top Floor Flat", "Basement Flat", "ground floor flat", "Upper Flat",
    "Lower Flat", "Top Flat", "rear flat", "Front Flat", "garden flat",
]
_BLOCKS = ["Lowry House", "Attlee Tower", "Nye Bevan House", "Meadow View", "Cedar Heights", "Albion Mansions"]
_STREETS = ["Hawksley Avenue", "Gasworks Lane", "Albert Terrace", "Gorsey Bank", "Tithebarn Lane", "Crumlin Road"]


@st.composite
def unit_addresses(draw: st.DrawFn) -> str:
    """A room, pitch or lettered flat (maybe in a named block), or a floor, then a house number and/or a
    street."""
    if draw(st.booleans()):
        unit = draw(st.sampled_from(_FLOORS))
    else:
        # Edinburgh names a flat by floor and door: "3F2", "GF1", "PF1".
        edinburgh = st.tuples(st.sampled_from(["1", "2", "3", "4", "G", "P"]), st.integers(1, 4)).map(
            lambda fd: f"{fd[0]}F{fd[1]}")
        ident = draw(st.one_of(st.integers(1, 40).map(str), st.sampled_from("ABCD"), edinburgh))
        unit = f"{draw(st.sampled_from(_UNITS))} {ident}"
        if draw(st.booleans()):
            # The block the flat is in: "Flat A, Lowry House, ...".
            unit += f", {draw(st.sampled_from(_BLOCKS))}"
    street = draw(st.sampled_from(_STREETS))
    # "Gorsey Bank" is a street only after a house number; "Road" and "Lane" are streets on their own.
    numbered = street.endswith("Bank") or draw(st.booleans())
    number = f"{draw(st.integers(1, 250))} " if numbered else ""
    return f"{unit}, {number}{street}"


@_SETTINGS
@given(unit_addresses(), st.sampled_from(["at ", "Address: ", "attended ", "moved to ", ""]),
       st.sampled_from([" since May.", ", ", " after a call.", f", {'Leeds'} "]), ids.postcodes())
def test_a_unit_part_never_survives(address: str, cue: str, tail: str, postcode: str) -> None:
    text = f"{cue}{address}{tail}{postcode if tail.endswith(' ') else ''}"
    assert_hidden(text, len(cue), len(address))
    r = anonymise(text)
    assert any(e.type is EntityType.ADDRESS for e in r.entities), r.text
