"""Digest times are local wall-clock times: 09:00 Europe/London is 09:00 UTC in winter, 08:00 in summer."""

from __future__ import annotations

import pytest

from dialogs.schedule import Schedule, latest_digest_due, next_digest_due, week_label, weeks_before
from tests.scheduler.conftest import at

LONDON = Schedule()


@pytest.mark.parametrize(("now", "due"), [
    # Spring: clocks go forward on Sunday 30 March 2025.
    ("2025-03-26T12:00:00", "2025-03-24T09:00:00"),  # Monday before: GMT
    ("2025-04-02T12:00:00", "2025-03-31T08:00:00"),  # Monday after: BST
    # Autumn: clocks go back on Sunday 26 October 2025.
    ("2025-10-22T12:00:00", "2025-10-20T08:00:00"),  # Monday before: BST
    ("2025-10-29T12:00:00", "2025-10-27T09:00:00"),  # Monday after: GMT
])
def test_monday_nine_in_london_either_side_of_a_clock_change(now: str, due: str) -> None:
    assert latest_digest_due(LONDON, at(now)) == at(due)


def test_the_digest_is_not_due_a_second_early() -> None:
    assert latest_digest_due(LONDON, at("2025-03-31T07:59:59")) == at("2025-03-24T09:00:00")
    assert latest_digest_due(LONDON, at("2025-03-31T08:00:00")) == at("2025-03-31T08:00:00")
    assert next_digest_due(LONDON, at("2025-03-25T00:00:00")) == at("2025-03-31T08:00:00")


def test_a_week_across_the_change_is_168_local_hours_not_utc_hours() -> None:
    bounds = weeks_before(LONDON, at("2025-03-31T08:00:00"), 2)
    assert bounds == [at("2025-03-17T09:00:00"), at("2025-03-24T09:00:00"), at("2025-03-31T08:00:00")]
    assert week_label(LONDON, bounds[-1]) == "2025-W14"


def test_another_zone_day_and_time() -> None:
    s = Schedule(timezone="America/New_York", digest_day="fri", digest_time="16:30")
    # US clocks went forward on 9 March 2025: 16:30 EST = 21:30Z, 16:30 EDT = 20:30Z.
    assert latest_digest_due(s, at("2025-03-08T00:00:00")) == at("2025-03-07T21:30:00")
    assert latest_digest_due(s, at("2025-03-15T00:00:00")) == at("2025-03-14T20:30:00")
