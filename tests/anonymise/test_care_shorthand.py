"""Care and police shorthand that a capital opens ("Misper ref", "Hosp discharge", "Pre-birth assessment",
"Appointeeship in place", the Welsh "Nodyn:" for a note) stays visible, while the person beside it is hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("Nodyn: Lowri Pritchard was seen at home today.", "Nodyn", "Lowri Pritchard"),
        ("Hosp discharge planned for Mia Jones on Monday.", "Hosp", "Mia Jones"),
        ("Misper ref INC-26-220043 for Kai Brennan, found safe.", "Misper", "Kai Brennan"),
        ("Pre-birth assessment for Kelly Smith, pre-birth conference booked.", "Pre-birth", "Kelly Smith"),
        ("Appointeeship in place for Mr Davies since March.", "Appointeeship", "Davies"),
        ("Deputyship applied for by Sian Morgan.", "Deputyship", "Sian Morgan"),
    ],
)
def test_shorthand_stays_and_the_person_is_hidden(text: str, word: str, name: str) -> None:
    assert word in anonymise(text).text
    assert_hidden(text, text.index(name), len(name))
