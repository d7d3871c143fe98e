"""Two kinds of school joined by "and" in one name ("Gasworks Terrace Nursery and Primary", "Hillside
Infant & Nursery School") are hidden whole; "nursery and primary" as everyday words, and a name after
"and", are not taken as the school's."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Her children attend Gasworks Terrace Nursery and Primary.", "Gasworks Terrace Nursery and Primary"),
        ("Ysgol: Hillside Infant & Nursery School. Pupil in Bl 2", "Hillside Infant & Nursery School"),
        ("Moved to Oakfield Primary and Nursery School in May", "Oakfield Primary and Nursery School"),
    ],
)
def test_a_school_of_two_kinds_is_hidden_whole(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("went to nursery and primary in Leeds before moving", "nursery and primary"),
        ("Oakfield Primary and the police met on Monday.", "and the police met"),
    ],
)
def test_everyday_words_after_a_school_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text
