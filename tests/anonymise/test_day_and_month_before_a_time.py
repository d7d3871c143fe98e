"""A day and month with a clock's time after it ("ANPR hit 7/7 02:14") is a date; a score or a fraction with a time
after it stays."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType


@pytest.mark.parametrize(("text", "date"), [
    ("ANPR hit 7/7 02:14 - through the camera", "7/7"),
    ("seen by the school 3/4 15:30 with mum", "3/4"),
])
def test_a_day_and_month_before_a_time_is_hidden(text: str, date: str) -> None:
    r = anonymise(text)
    assert [e.text for e in r.entities if e.type is EntityType.DATE] == [date]
    assert date not in r.text
    assert text.split(date)[1].split()[0] in r.text  # the time stays readable


@pytest.mark.parametrize("text", ["scored 5/8 10:30 today", "pain 7/10 at 14:00", "pain 7/10 14:00 settled"])
def test_a_score_before_a_time_stays(text: str) -> None:
    assert anonymise(text).text == text


@given(st.integers(min_value=1, max_value=12), st.integers(min_value=1, max_value=12),
       st.integers(min_value=0, max_value=23), st.integers(min_value=0, max_value=59))
def test_no_day_and_month_before_a_time_survives(day: int, month: int, hour: int, minute: int) -> None:
    out = anonymise(f"camera hit {day}/{month} {hour:02d}:{minute:02d} on the bypass").text
    assert f"{day}/{month}" not in out
    assert f"{hour:02d}:{minute:02d} on the bypass" in out
