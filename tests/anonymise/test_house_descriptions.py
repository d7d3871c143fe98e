"""How the one house in a street is told after its address: its look in brackets, its annexe after a dash."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("officers went to 8 Quarry Lane (mid terrace, green door) twice", "(mid terrace, green door)"),
        ("she is renting 41 Forge Street (semi-detached) from May", "(semi-detached)"),
        ("left at 6 Kiln Row (red front door, bins outside) at noon", "(red front door, bins outside)"),
        ("he stays at 22 Tanner Road - the granny flat most weekends", "the granny flat"),
        ("new tenancy at 3 Weir Close (annexe) agreed", "(annexe)"),
    ],
)
def test_the_description_is_hidden_with_the_address(text: str, hidden: str) -> None:
    red = anonymise(text)
    assert hidden not in red.text
    assert any(hidden in e.text and e.type.name == "ADDRESS" for e in red.entities)


@pytest.mark.parametrize(
    ("text", "readable"),
    [
        ("she is at 31 Kiln Road (her nan's) for now", "(her nan's)"),
        ("lives at 4 Mill Lane (see chronology) with mum", "(see chronology)"),
        ("the blue door was kicked in last night", "blue door"),
        ("an annexe is being built at the school", "annexe"),
    ],
)
def test_other_brackets_and_words_stay(text: str, readable: str) -> None:
    assert readable in anonymise(text).text


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["end terrace", "semi", "detached", "blue door", "grey gate"]),
       st.sampled_from(["", ", bins out front", ", dog in garden"]))
def test_any_description_bracket_is_hidden(look: str, rest: str) -> None:
    text = f"visit to 12 Hollin Road ({look}{rest}) done, mum was in"
    red = anonymise(text)
    assert look not in red.text
    assert "done, mum was in" in red.text


@pytest.mark.parametrize(
    ("text", "readable"),
    [("Victim: Amara Bello\nPerp: Dale Finch (3/4/88)", "Perp:"), ("Subject: Dale Finch\nVeh ab12 cde", "Veh"),
     ("Plentyn: Sion Pugh (4/4/19)", "Plentyn:"), ("his car seen at 14 Kiln Road 3x last week", "3x")],
)
def test_form_labels_and_counts_stay_readable(text: str, readable: str) -> None:
    assert readable in anonymise(text).text
