"""A named house in a lower-case note, after a place cue ("she's at glebe house", "staying at tregarth
farm"), is an address when its name is no everyday word; "at nans house", "at dads house", "at safe house"
and "at the house" stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("just had her on the phone she's at glebe house with some lad", "glebe house"),
        ("says he is staying at tregarth farm for now", "tregarth farm"),
        ("dropped off outside penhallow cottage at 6", "penhallow cottage"),
    ],
)
def test_a_lower_case_house_name_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    assert any(e.type is EntityType.ADDRESS for e in anonymise(text).entities)


@pytest.mark.parametrize(
    "text",
    [
        "she's at nans house tonight",
        "stayed at dads house at the weekend",
        "moved to safe house last week",
        "he was at the house when police came",
        "meeting at nain house on sunday",
        "they were at party house again",
    ],
)
def test_everyday_houses_are_kept(text: str) -> None:
    r = anonymise(text)
    assert not any(e.type is EntityType.ADDRESS for e in r.entities), r.text


@_SETTINGS
@given(st.sampled_from(["glebe", "tregarth", "bryncoch", "penhallow", "trevose", "caerwen"]),
       st.sampled_from(["house", "cottage", "farm", "lodge", "manor", "grange", "farmhouse"]),
       st.sampled_from(["she's at ", "staying at ", "went to ", "came from "]),
       st.sampled_from([" with ghost", " tonight", ".", ", says she's ok"]))
def test_a_lower_case_house_name_never_survives(name: str, house: str, cue: str, tail: str) -> None:
    text = f"{cue}{name} {house}{tail}"
    assert_hidden(text, len(cue), len(name) + 1 + len(house))
