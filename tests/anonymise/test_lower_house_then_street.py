"""A house named in lower case and its street, with no number, after a place word: "seen at windrush
cottage, smokehouse lane". Everyday words, shops and towns before a street are no house."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("sw visit - seen at hollybrook cottage, tanpit lane. house cold", "hollybrook cottage, tanpit lane"),
        ("going round glenmorven, quarry meadow after school", "glenmorven, quarry meadow"),
        ("staying at bryn y mor, harbour road with her aunt", "bryn y mor, harbour road"),
        ("moved to the old smithy, forge brow last week", "the old smithy, forge brow"),
        ("visited carreglwyd, heol y bryn. no answer", "carreglwyd, heol y bryn"),
    ],
)
def test_a_lower_case_house_and_its_street_are_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


@given(house=st.sampled_from(["mossgiel", "ashgrove farm", "the old mill", "tigh na mara", "penrhiw cottage"]),
       street=st.sampled_from(["tanners lane", "kiln road", "well brow", "chapel row", "heol y felin"]),
       cue=st.sampled_from(["seen at", "going round", "moved to", "visit to"]))
@_SETTINGS
def test_any_house_like_name_then_a_street_after_a_place_word_is_hidden(house: str, street: str, cue: str) -> None:
    address = f"{house}, {street}"
    text = f"hv note - {cue} {address}. mum tired"
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize(
    "text",
    ["went to tesco, high street", "went to leeds, park road", "back to bed, then road trip",
     "she was at home, elm road is too busy"],
)
def test_shops_towns_and_everyday_words_before_a_street_are_no_house(text: str) -> None:
    r = anonymise(text)
    assert text.split(",")[0] in r.text, r.text
