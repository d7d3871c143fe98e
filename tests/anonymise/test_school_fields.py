"""A school typed in a form's school field in lower case, named for its street, and typed again in the note."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden_as


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Referral\nSchool: tannery rd prim\nChild: Kia", "tannery rd prim"),
        ("Ysgol: heol y felin juniors / Plentyn: Sion", "heol y felin juniors"),
        ("School: quarry lane; year 4", "quarry lane"),
    ],
)
def test_the_field_value_is_hidden(text: str, school: str) -> None:
    assert_hidden_as(text, school, EntityType.SCHOOL)


def test_the_same_name_later_in_the_note_is_hidden() -> None:
    red = anonymise("School: kiln hill prim\nshe was collected from kiln hill prim by nan at 3")
    assert "kiln hill" not in red.text
    assert "collected from" in red.text


@pytest.mark.parametrize(
    "text",
    ["School: no concerns raised\nnext review May", "School: aware and supportive", "School: not attending"],
)
def test_ordinary_field_values_stay(text: str) -> None:
    assert anonymise(text).text.split("\n")[0] == text.split("\n")[0]
