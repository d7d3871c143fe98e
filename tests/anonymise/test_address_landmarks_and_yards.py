"""What a note writes round a found address that still belongs to it: a landmark or shop in brackets, the dwelling at
the back, a hotel chain's branch, a showmen's numbered yard before it, and ", number N" after a lower-case street."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("mum now rents 41 Kiln Street (opposite the bowling green) with him", "(opposite the bowling green)"),
        ("the boys hang round 8 Cooper Lane (next to the laundrette) after school", "(next to the laundrette)"),
        ("she stays at 72 FERRY ROAD (BEHIND THE CHURCH) most weekends", "(BEHIND THE CHURCH)"),
        ("he is at the flat above 16 Brewer Street (the bookies) again", "(the bookies)"),
        ("dad lives at 30 Tanner Road - the caravan at the back since May", "the caravan at the back"),
        ("nan has 9 Orchard Close, the annexe round the side, to herself", "the annexe round the side"),
        ("placed in room 12, the Canal Street Premier Inn by the council", "Premier Inn"),
        ("she was moved to 4 Mill Road Travelodge last night", "Travelodge"),
    ],
)
def test_what_belongs_to_the_address_is_hidden_with_it(text: str, part: str) -> None:
    found = _addresses(text)
    assert any(part in a for a in found), found
    assert part not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("the family winters on yard 6, Fairground Yard with the rides", "yard 6"),
        ("WE VISITED YARD 2, GALLOPERS YARD ON MONDAY", "YARD 2"),
        ("mum says the landlord threw them out of pinder wy, number 40 last week", "pinder wy, number 40"),
        ("the car sits on cobbler row, number 215 most nights", "cobbler row, number 215"),
    ],
)
def test_the_yard_and_the_number_in_words_are_hidden(text: str, hidden: str) -> None:
    assert hidden not in anonymise(text).text, anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the taxi office (next to the station) closes at ten",
        "a caravan at the back of the field was empty",
        "we met at the travelodge near the motorway",
        "the kids played in the yard 3 times this week",
        "on the main road, number 3 bus goes past",
        "her favourite food (the chippy) is a treat on Fridays",
    ],
)
def test_the_same_words_with_no_address_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


@settings(max_examples=40, deadline=None)
@given(
    number=st.integers(min_value=1, max_value=299),
    landmark=st.sampled_from(["next to the garage", "opposite the park", "behind the co-op", "near the bus stop"]),
)
def test_any_bracketed_landmark_after_a_numbered_street_is_hidden(number: int, landmark: str) -> None:
    text = f"the family moved to {number} Weaver Street ({landmark}) in spring"
    out = anonymise(text).text
    assert landmark not in out and "Weaver" not in out
    assert out.startswith("the family moved to ") and out.endswith(" in spring")
