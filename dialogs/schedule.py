"""When scheduled work falls due: the digest's local weekday and time, deputy alert delays, leases.

Times are computed in the organisation's zone with zoneinfo, so "Monday 09:00 Europe/London" is 09:00 UTC
in winter and 08:00 UTC in summer, with no arithmetic on the clock to drift across a change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True, slots=True)
class Schedule:
    timezone: str = "Europe/London"
    digest_day: str = "mon"
    digest_time: str = "09:00"
    #: After an escalation's deadline, how long the DSL-channel reminder has before deputies are told.
    deputy_after_hours: float = 4.0
    urgent_deputy_after_hours: float = 1.0
    #: Where this server is reached from outside (for chart images in Slack); empty: no image in Slack.
    public_url: str = ""
    #: How long a replica holds a claimed job before another may try it (longer than any send takes).
    lease_seconds: float = 300.0
    #: How many weeks the digest chart covers (a quarter).
    chart_weeks: int = 13

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def local_time(self) -> time:
        hours, _, minutes = self.digest_time.partition(":")
        return time(int(hours), int(minutes or 0))

    def deputy_delay(self, urgent: bool) -> timedelta:
        return timedelta(hours=self.urgent_deputy_after_hours if urgent else self.deputy_after_hours)


def digest_due_at(schedule: Schedule, day: datetime) -> datetime:
    """The digest instant (UTC) on the local calendar date of `day`."""
    local = datetime.combine(day.date(), schedule.local_time, tzinfo=schedule.zone)
    return local.astimezone(UTC)


def latest_digest_due(schedule: Schedule, now: datetime) -> datetime:
    """The most recent digest instant at or before `now` (UTC)."""
    local_now = now.astimezone(schedule.zone)
    back = (local_now.weekday() - DAYS.index(schedule.digest_day)) % 7
    candidate = digest_due_at(schedule, local_now - timedelta(days=back))
    if candidate > now:
        candidate = digest_due_at(schedule, local_now - timedelta(days=back + 7))
    return candidate


def next_digest_due(schedule: Schedule, now: datetime) -> datetime:
    latest = latest_digest_due(schedule, now).astimezone(schedule.zone)
    return digest_due_at(schedule, latest + timedelta(days=7))


def week_label(schedule: Schedule, due: datetime) -> str:
    """ISO week of the digest's local date, e.g. 2025-W14 (used in job keys)."""
    year, week, _ = due.astimezone(schedule.zone).isocalendar()
    return f"{year}-W{week:02d}"


def weeks_before(schedule: Schedule, due: datetime, count: int) -> list[datetime]:
    """count+1 boundaries (UTC) of the `count` local weeks ending at `due`, oldest first."""
    local = due.astimezone(schedule.zone)
    return [digest_due_at(schedule, local - timedelta(days=7 * n)) for n in range(count, -1, -1)]
