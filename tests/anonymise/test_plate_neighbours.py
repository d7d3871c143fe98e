"""Plates found by what stands beside them: spaced out in lower case after a vehicle label or a car, listed
with a plate already found, and a model's code before a plate that begins with letters."""

from __future__ import annotations

import pytest

from tests.anonymise.coverage import assert_no_plate, assert_plate


@pytest.mark.parametrize(
    "text, plate",
    [
        ("Vehicle: k 772 pen\nGrounds: smell of cannabis", "k 772 pen"),
        ("drives her in on a silver Volvo V70 estate ldt 289 c. Previous school", "ldt 289 c"),
        ("Drivers use ds72oda and bdc 214w. Young person seen", "bdc 214w"),
        ("Drivers use RZO 279B and syy22t. Young person seen", "syy22t"),
        ("a silver Nissan Micra K12 uwz 2276. Grandchildren", "uwz 2276"),
    ],
)
def test_a_plate_beside_its_cue_or_another_plate_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", ["give me a 2 min and a 3 sec", "the van had b 200 the kids in",
                                  "she is in year 7 and year 9"])
def test_short_counts_and_words_beside_numbers_are_no_plates(text: str) -> None:
    assert_no_plate(text)


def test_a_prefix_plate_followed_by_a_count_keeps_its_letters() -> None:
    assert_plate("reg R704 EBL 5 mins ago", "R704 EBL")
