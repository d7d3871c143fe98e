"""Schools and plates the fresh13 round taught by shape: who a school is for is part of its name ("Madani
Academy for Girls", "Royal School for the Deaf"); a university technical college goes by "UTC"; a faith
named with "in" ("St Teilo's Church in Wales High School")."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Nargis Panjshiri (Madani Academy for Girls); Ruixue Luo (mother)", "Madani Academy for Girls"),
        ("He boards at the Royal School for the Deaf in term time.", "Royal School for the Deaf"),
        ("Victim: Vinnie Bamford, 17/1/09, Riverside UTC\nDetails: robbed", "Riverside UTC"),
        ("Year 12 at Kingsway University Technical College since September", "Kingsway University Technical College"),
        ("Daughter at St Teilo's Church in Wales High School. Crime ref to follow.",
         "St Teilo's Church in Wales High School"),
    ],
)
def test_schools_with_these_shapes_are_hidden_whole(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Call booked for 14:00 UTC with the interpreter.", "14:00 UTC"),
        ("Oakfield Primary for Monday's meeting, then home.", "for Monday's meeting"),
        ("She moved in Wales last year.", "in Wales"),
    ],
)
def test_nearby_words_that_are_not_the_school_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text
