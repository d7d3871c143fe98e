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


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("waiting outside the school in a white talaria e bike NIA 157. her insta", "NIA 157"),
        ("round a blk vauxhall insignia the reg was YR 4445 he puts it online", "4445"),
        ("SUSP SAFWAN KUNDI 11th October 1978. LEFT IN FGJ 544 V. KIDS AT HOME", "FGJ 544"),
        ("older male drops them off in a v 7769 most nights", "7769"),
        ("drove her there in a green kawasaki q754 xzv n back in a kga 905 j. insta", "kga 905"),
    ],
)
def test_plates_on_bikes_after_a_label_and_in_logs_are_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    ["she rode her bike 12 miles", "bike 2 was stolen", "in yr 10 at school", "reg 12 yr old", "he got in bed 123",
     "she went back in a bit", "CAME IN AT 10"],
)
def test_distances_years_and_beds_stay(text: str) -> None:
    assert anonymise(text).text == text
