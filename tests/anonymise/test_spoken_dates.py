"""Dates read aloud with the month as an ordinal ("16th of the 3rd 2025", "the 1st of the 1st")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@st.composite
def spoken_dates(draw: st.DrawFn) -> str:
    day, month = draw(st.integers(1, 31)), draw(st.integers(1, 12))
    year = draw(st.sampled_from(["", f" {draw(st.integers(1930, 2029))}"]))
    return f"{_ordinal(day)} of the {_ordinal(month)}{year}"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("visited baby Winifred born the 16th of the 3rd 2025 at home", "16th of the 3rd 2025"),
        ("his birthday is the 1st of the 1st 2013. Home Office ref", "1st of the 1st 2013"),
        ("date of birth 12th of the 10th 1992 address 106 Castle Brae", "12th of the 10th 1992"),
    ],
)
def test_spoken_dates_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize("text", ["the 2nd of the 6th form went to the museum", "1st of the 3rd years to arrive"])
def test_ordinals_that_count_something_else_are_kept(text: str) -> None:
    assert all(e.type is not EntityType.DATE for e in anonymise(text).entities)


@_SETTINGS
@given(ids.surrounding, ids.separators, spoken_dates(), st.sampled_from([" at home", ".", ", ", " and", "\n"]))
def test_spoken_dates_never_survive(before: str, sep: str, date: str, after: str) -> None:
    head = before + sep + "born the "
    assert_hidden(head + date + after, len(head), len(date))
