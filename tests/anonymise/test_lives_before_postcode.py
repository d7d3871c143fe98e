"""A home named with "the" or a Welsh or Gaelic house word straight after "lives", before its postcode."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden_as


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("grandad lives the old forge de4 3hh, drives", "the old forge"),
        ("she is living tigh na mara iv2 3ab since june", "tigh na mara"),
        ("mum lives ty gwyn sa1 4qq with the twins", "ty gwyn"),
    ],
)
def test_the_home_before_the_postcode_is_hidden(text: str, home: str) -> None:
    assert_hidden_as(text, home, EntityType.ADDRESS)


@pytest.mark.parametrize(
    ("text", "readable"),
    [("lives with nan ls1 4ab now", "lives with nan"), ("lives in Leeds, LS1 4AB", "lives in Leeds"),
     ("lives Leeds LS1 4AB", "Leeds")],
)
def test_no_home_is_made_of_other_words(text: str, readable: str) -> None:
    assert readable in anonymise(text).text
