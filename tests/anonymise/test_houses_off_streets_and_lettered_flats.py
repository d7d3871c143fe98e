"""A named house and the street it stands off, with no place cue before it, and a lettered flat in a Welsh or
Gaelic named house ("flat B, Tŷ'r ...")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.house_off_streets import house_off_streets
from tests.anonymise.coverage import assert_gone_and_kept, found


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("PROPERTY: BRACKEN HOUSE OFF TANNERY ROAD, NO LOCK ON DOOR", "BRACKEN HOUSE OFF TANNERY ROAD",
         "NO LOCK ON DOOR"),
        ("Placement - Heron Cottage off Mill Lane since March", "Heron Cottage off Mill Lane", "since March"),
        ("placement flat B, Tŷ'r Gof, damp in kitchen", "flat B, Tŷ'r Gof", "damp in kitchen"),
    ],
)
def test_named_homes_are_one_address(text: str, address: str, kept: str) -> None:
    assert address in found(text, EntityType.ADDRESS), anonymise(text).text
    assert_gone_and_kept(text, [address], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "Town Hall off Market Street",  # a public place by its house word, no one's home
        "Community Hall off Kiln Road",
        "The House off Mill Lane",  # an article is no house's name
        "Heron House, off sick since monday",  # "off" takes no street
    ],
)
def test_the_rule_leaves_public_places_and_other_offs(text: str) -> None:
    assert list(house_off_streets(text)) == []


def test_a_house_off_a_street_in_a_sentence_keeps_the_sentence() -> None:
    text = "He moved out, he was feeling off after the visit to his mum"
    assert anonymise(text).text == text


@given(st.sampled_from(["Heron", "Bracken", "Lapwing", "Sorrel"]), st.sampled_from(["Cottage", "Lodge", "Farm"]),
       st.sampled_from(["Mill Lane", "Tannery Road", "Kiln Street"]))
def test_any_house_off_a_street_is_hidden(name: str, kind: str, street: str) -> None:
    text = f"PLACEMENT: {name} {kind} off {street}. Carer present."
    out = anonymise(text).text
    assert f"{name} {kind}" not in out and street not in out, out
    assert "Carer present." in out, out
