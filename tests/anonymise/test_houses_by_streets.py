"""A named house told by the street it stands by is one home: "Rose Cottage by Mill Lane"."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("the children stay at Ivy Cottage by Granary Road with gran", "Ivy Cottage by Granary Road"),
        ("she now lives in The Old Rectory Flat by Bell Lane", "The Old Rectory Flat by Bell Lane"),
        ("dad is at the sexton's lodge by orchard row most days", "the sexton's lodge by orchard row"),
        ("placed at Tigh na Mara by Shore Road since May", "Tigh na Mara by Shore Road"),
    ],
)
def test_the_house_and_its_street_are_hidden_together(text: str, home: str) -> None:
    assert home in _addresses(text)
    assert " by " not in anonymise(text).text.split("[address]")[0][-6:]


@pytest.mark.parametrize(
    "text",
    [
        "she was kept in the council house by her dad",
        "he was hurt in her flat by his brother",
        "the youth club house by the park is shut",
    ],
)
def test_a_house_by_a_person_or_a_place_stays_readable(text: str) -> None:
    assert anonymise(text).text == text


def test_a_description_of_a_flat_keeps_its_words() -> None:
    out = anonymise("she was hit in her flat by Mill Lane yesterday").text
    assert out.startswith("she was hit in her flat by ")
