"""A nickname someone is known by to a team, who a voice note is from before "I'm", a lower-case companion at
a clause's end, and a plate named alone as the vehicle someone came or went in; typos, moods, seats and speeds
stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Known to the street outreach team as Big Man. Mobile on file.", "Big Man"),
        ("Known to the street outreach team as Wonky.", "Wonky"),
        ("voice note: hi it's Garret I'm outside the house now", "Garret"),
        ("margery not back, last seen getting into a car with kenno. her insta is on file", "kenno"),
        ("dumped a sofa by the bins again, came in a le 3779, his lad helped", "le 3779"),
        ("Last seen: 11th June near Midhurst in a hem 284t", "hem 284t"),
    ],
)
def test_nicknames_companions_and_plates_ridden_in_are_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    ["he went out with somone.", "he went out with freinds.", "he sat in a row 3 seat", "she drove in a 100 mph zone",
     "he got in a bad mood", "it is known to the police as a hotspot", "its me im here"],
)
def test_typos_seats_speeds_and_moods_stay(text: str) -> None:
    assert anonymise(text).text == text
