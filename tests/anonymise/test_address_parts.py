"""Addresses set out as comma-separated parts ("The Old Forge, Dyers Yard", "flat 17, cedar lodge, heol
caerau"), building plots ("Plot 9, Bishopsgate Terrace") and a house number before a postcode."""

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
        ("she lives at Plot 9, Bishopsgate Terrace with mum", "Plot 9, Bishopsgate Terrace"),
        ("Address: Plot 11, Castle Brae, Wigan, CV1 6PS", "Plot 11, Castle Brae"),
        ("makes him hold bags at The Old Forge, Dyers Yard. Has a second phone", "The Old Forge, Dyers Yard"),
        ("makes him hold bags at The Old Forge, Heol Pen-y-Cae.", "The Old Forge, Heol Pen-y-Cae"),
        ("grandparents Sevgi and Tuncay, 112 Ropewalk, HD1 2PT. They have", "112 Ropewalk"),
        ("his mum at flat 17, cedar lodge, heol caerau. pnc checked", "flat 17, cedar lodge, heol caerau"),
        ("staying at Flat 2, Ivy House, Mill Lane for now", "Flat 2, Ivy House, Mill Lane"),
    ],
)
def test_address_parts_after_a_found_part_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    "text",
    [
        "He was seen at 12 Elm Road, then the park, then the shops.",
        "Lives at 4 Mill Lane, Family Court hearing next week.",
        "Taken to The Old Bailey for the trial.",
        "There were 12 Year Nines, mostly boys, in the hall.",
    ],
)
def test_what_follows_an_address_is_not_taken_for_more_of_it(text: str) -> None:
    r = anonymise(text)
    hidden = "".join(e.text for e in r.entities if e.type is EntityType.ADDRESS)
    for word in ("park", "shops", "Family", "Bailey", "Nines", "boys"):
        assert word not in hidden, r.text


_NAMES = ["Dyers", "Castle", "Bishopsgate", "Ploughmans", "Cedar", "Rose", "Larkhill", "Windermere"]
_STREETS = ["Yard", "Terrace", "Brae", "Court", "Lane", "Road", "Close", "Fold"]
_HOUSES = ["Lodge", "House", "Cottage", "Farm"]


@st.composite
def addresses_in_parts(draw: st.DrawFn) -> str:
    """A flat, plot or old-house first part, then a house and/or street part after commas."""
    first = draw(st.sampled_from(["Flat", "Plot", "Apartment", "Unit"])) + f" {draw(st.integers(1, 99))}"
    if draw(st.booleans()):
        first = "The Old " + draw(st.sampled_from(["Forge", "Smithy", "Chapel", "Dairy", "Mill"]))
    parts = [first]
    if draw(st.booleans()):
        parts.append(f"{draw(st.sampled_from(_NAMES))} {draw(st.sampled_from(_HOUSES))}")
    parts.append(f"{draw(st.sampled_from(_NAMES))} {draw(st.sampled_from(_STREETS))}")
    text = ", ".join(parts)
    # Lower case needs a home: a flat, apartment or plot ("unit" and "block" are course words too).
    return text.lower() if first.startswith(("Flat", "Plot", "Apartment")) and draw(st.booleans()) else text


@_SETTINGS
@given(ids.surrounding, st.sampled_from(["lives at ", "placed at ", "from ", "address: "]), addresses_in_parts(),
       ids.separators, ids.surrounding)
def test_addresses_in_parts_never_survive(before: str, cue: str, address: str, sep: str, after: str) -> None:
    head = before + " " + cue
    assert_hidden(head + address + sep + after, len(head), len(address))
