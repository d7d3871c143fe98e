"""The house number after the street, a comma and "no.", the floor alone in brackets after a flat, and a prison
service's capitalised number."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("her aunt's address is tannery wynd, no. 17. will visit", "tannery wynd, no. 17"),
        ("Was staying at Osier Row, No 204, until Friday", "Osier Row, No 204"),
        ("he lives SALTPAN CLOSE, NO. 9. no contact", "SALTPAN CLOSE, NO. 9"),
        ("the landlord at KILNHOUSE, NO. 4. says rent is late", "KILNHOUSE, NO. 4"),
    ],
)
def test_the_street_and_its_number_after_the_comma_are_hidden(text: str, address: str) -> None:
    assert address in _addresses(text)
    out = anonymise(text).text
    assert address not in out


@pytest.mark.parametrize(
    "text",
    [
        "she supports Rovers, no. 2 in the league",
        "he went down the road, no. 5 bus was late",
        "met at Tesco, no. 5 on her list of jobs",
        "on the way, no. 3 was the worst",
        "Reviewed the plan, no. 4 of 6 actions done",
    ],
)
def test_a_comma_and_a_number_that_are_no_address_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("bailed to flat 6 41 Weir Street (top), reporting daily", "(top)"),
        ("moved into 12 Sluice Lane (basement) last week", "(basement)"),
        ("she has flat 3 9 Tenter Road (ground floor) now", "(ground floor)"),
    ],
)
def test_the_floor_in_brackets_goes_with_the_flat(text: str, floor: str) -> None:
    assert any(a.endswith(floor) for a in _addresses(text))
    assert floor not in anonymise(text).text


def test_a_bracket_that_says_more_than_the_floor_stays() -> None:
    out = anonymise("lives at 4 Weir Street (top of the hill) with mum").text
    assert "(top of the hill)" in out


def test_the_prison_service_number_in_capitals_is_hidden_but_the_verb_stays() -> None:
    assert "5521" not in anonymise("prisoner NIPS 5521 moved wings").text
    assert anonymise("she nips 2000 steps to the shop").text == "she nips 2000 steps to the shop"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["tannery", "osier", "flax", "ropewalk"]), st.sampled_from(["wynd", "row", "lane", "road"]),
       st.integers(min_value=1, max_value=999))
def test_any_lower_street_with_its_number_after_is_hidden(name: str, kind: str, number: int) -> None:
    text = f"nan's address is {name} {kind}, no. {number}. ring first"
    out = anonymise(text).text
    assert name not in out and str(number) not in out
    assert out.endswith("ring first")
