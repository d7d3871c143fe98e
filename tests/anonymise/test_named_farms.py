"""Named country homes in capitals after a word of living there ("LIVING AT SEAL ROCK FARM"), and in lower
case a two-word farm ("at rathlin view farm") or a house name run into its street ("at samphire cottage
strandline road"). Whose house it is, or what kind, stays readable."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("MUM TOOK THEM AWAY, LIVING AT SEAL ROCK FARM. EWO VISIT", "SEAL ROCK FARM"),
        ("HE CAME FROM HOLLY BANK COTTAGE.", "HOLLY BANK COTTAGE"),
        ("cuckooing at rathlin view farm, tenant says", "rathlin view farm"),
        ("cuckooing at samphire cottage strandline road, tenant", "samphire cottage strandline road"),
        ("parked by sea thrift cottage sea pink row all night", "sea thrift cottage sea pink row"),
    ],
)
def test_a_named_country_home_is_hidden_whole(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    "text",
    [
        "AT NANS FARM ALL WEEKEND. AT THE OLD FARM.",
        "WENT TO MARSH FARM INFANT SCHOOL",
        "she was at her dads cottage down the road",
        "went to the farm by the road",
        "stayed at the city farm lane end",
        "she is at my nans cottage sea view road",
    ],
)
def test_whose_or_what_kind_of_house_stays(text: str) -> None:
    assert _addresses(text) == []


def test_a_welsh_house_name_after_a_place_word_needs_no_comma() -> None:
    text = "says hes at his nan's at Pen y Don but his PO seen him"
    assert "Pen y Don" in _addresses(text)
    assert "Pen y Don" not in anonymise(text).text


def test_a_linking_y_with_no_place_word_stays() -> None:
    text = "the bus y Mum took was late"
    assert anonymise(text).text == text
