"""Statutory reviews' numbers: the serial and year after "DHR" is a reference, not a day and month."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("chronology requested for DHR 08/19 by the panel", "DHR 08/19"),
        ("Our ref: CSPR 3/23. Please reply by Friday", "CSPR 3/23"),
        ("the LCSPR 2024-06 report is attached", "LCSPR 2024-06"),
        ("police referral VPRF 552918 made", "VPRF 552918"),
    ],
)
def test_the_review_and_its_number_are_one_reference(text: str, ref: str) -> None:
    red = anonymise(text)
    assert any(e.text == ref and e.type.name == "REFERENCE" for e in red.entities), red.entities
    assert ref.split()[-1] not in red.text
    assert "reference]" in red.text


@pytest.mark.parametrize("text", ["the DHR panel meets on 15/12 at ten", "DHR training for all staff", "SCR findings",
                                  "the DHR 2024 annual report is out"])
def test_a_review_named_without_its_number_stays(text: str) -> None:
    red = anonymise(text)
    assert ("DHR" in text) <= ("DHR" in red.text)
    assert not any(e.type.name == "REFERENCE" for e in red.entities)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 99), st.integers(10, 30))
def test_any_serial_and_year_after_dhr_is_hidden(serial: int, year: int) -> None:
    red = anonymise(f"records sought for DHR {serial:02d}/{year} today")
    assert f"{serial:02d}/{year}" not in red.text
    assert "records sought for" in red.text
