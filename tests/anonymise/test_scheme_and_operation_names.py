"""A national scheme named with a given name ("Ask for Angela") and a police operation's name stay readable; the same
given names used for people are still hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    "text",
    [
        "Ask for Angela posters are up in every toilet",
        "bar staff know what to do if a woman says ask for Angela",
        "Operation Encompass call from police this morning",
        "Op Makesafe training for the night porters",
    ],
)
def test_scheme_names_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mum asked for Angela to ring her back", "Angela"),
        ("she asked for Angela Hughes at reception", "Hughes"),
        ("Angela said the boy was upset", "Angela"),
    ],
)
def test_the_same_names_for_people_are_hidden(text: str, name: str) -> None:
    assert name not in anonymise(text).text
