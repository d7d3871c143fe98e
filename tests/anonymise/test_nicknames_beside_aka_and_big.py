"""A capitalised word before "aka" and a name is the same person's other name ("Bandit aka Afonso Antunes"),
and "Big" or "Lil" before a name in mid-sentence is a street name ("said Big Kwabena sells it"). Roles before
"aka" and services named "Young ..." stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("concern is Bandit aka Afonso Antunes, on snapchat", "Bandit"),
        ("concern is Smiley aka Yousef Tabbara.", "Smiley"),
        ("he said Big Kwabena sells it at the park", "Big Kwabena"),
        ("and Lil Tobenna was there again", "Lil Tobenna"),
    ],
)
def test_nicknames_beside_aka_or_after_big_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["Mum aka the boss said so", "She goes to Young Carers on Tuesdays"])
def test_roles_and_services_stay(text: str) -> None:
    first = text.split()[0] if text.startswith("Mum") else "Carers"
    assert first in anonymise(text).text
