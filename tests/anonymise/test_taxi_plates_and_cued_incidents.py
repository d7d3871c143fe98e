"""A taxi's licence plate number after "plate", and a log's short number "of" its day after a cue word."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("driver Abel Ward, badge 7781, plate 3312, silver Skoda", "3312"),
        ("the private hire car (plate no. 418) waited outside school", "418"),
        ("PH plate: 07731 seen on the CCTV at the rank", "07731"),
        ("the log was opened as ref 57 of 03/09/24 by the call handler", "57 of 03/09/24"),
        ("see incident 212 of 11/02 for the earlier call", "212 of 11/02"),
    ],
)
def test_the_number_is_hidden(text: str, number: str) -> None:
    out = anonymise(text).text
    assert number not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "she came in a grey 66 plate corsa",
        "he ate his dinner off a plate 3 times a day",
        "plate 2 of 4 in the photo pack",
        "3 of 4/5 children were present",
        "he scored 150 of 200 on the test",
    ],
)
def test_plates_and_counts_with_no_licence_number_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


def test_the_cue_word_stays_readable() -> None:
    out = anonymise("log 42 of 03/02 was closed").text
    assert out.startswith("log ") and "42" not in out


@settings(max_examples=40, deadline=None)
@given(number=st.integers(min_value=100, max_value=999999))
def test_any_licence_plate_number_is_hidden(number: int) -> None:
    text = f"complaint about the taxi with plate {number} outside the school gates"
    out = anonymise(text).text
    assert str(number) not in out
    assert out.startswith("complaint about the taxi with plate ") and out.endswith(" outside the school gates")


def test_a_model_number_after_an_age_plate_stays_readable() -> None:
    text = "she got into a red 19 plate 308 with two lads"
    assert anonymise(text).text == text
