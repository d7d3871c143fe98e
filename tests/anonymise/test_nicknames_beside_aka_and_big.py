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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("On Monday I saw Toby Tindale, who I know as Shanks, push her", "Shanks"),
        ("I saw him, who I know as Mad Dog, push her into a van", "Mad Dog"),
        ("He wouldn't give Skids's real name to the officer", "Skids"),
    ],
)
def test_nicknames_someone_knows_a_person_by_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["she knows as much as we do", "I know as a fact that it was late"])
def test_know_as_in_ordinary_talk_stays(text: str) -> None:
    assert anonymise(text).text == text
