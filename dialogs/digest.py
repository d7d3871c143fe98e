"""The weekly digests: one per team channel, one for the DSLs. Counts only — no names, no case text.

Figures cover the seven days before the digest's due time, so a digest sent late (a server that was
down) says the same as it would have on time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from dialogs.chart import bar_chart
from dialogs.decision_form import OUTCOME_LABELS, OUTCOMES
from dialogs.messages import Card, Image
from dialogs.posts import render
from dialogs.rulesets import Rule, Ruleset
from dialogs.schedule import Schedule, weeks_before
from storage import stats

CHART_ALT = "Bar chart: questions asked (blue) and decisions recorded (green) each week over the last quarter."


@dataclass(frozen=True, slots=True)
class Figures:
    week_end: str
    this_week: int
    last_week: int
    decided: int
    outcomes: tuple[tuple[str, int], ...]
    open: int
    escalations: int
    answered: int
    median: str
    overdue: int
    chart_consultations: tuple[int, ...]
    chart_decisions: tuple[int, ...]


def duration(seconds: float) -> str:
    """Plain words for a response time: "40 minutes", "3 hours 20 minutes", "2 days 4 hours"."""
    minutes = max(1, round(seconds / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)

    def unit(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    if days:
        return unit(days, "day") + (f" {unit(hours, 'hour')}" if hours else "")
    if hours:
        return unit(hours, "hour") + (f" {unit(mins, 'minute')}" if mins else "")
    return unit(mins, "minute")


def figures(session: Session, schedule: Schedule, org_id: str, due: datetime,
            posted_to: str | None = None) -> Figures:
    bounds = weeks_before(schedule, due, schedule.chart_weeks)
    start = bounds[-2]
    per_week_c = stats.consultations_per_week(session, org_id, bounds, posted_to)
    per_week_d = stats.decisions_per_week(session, org_id, bounds, posted_to)
    by_outcome = stats.outcomes(session, org_id, start, due, posted_to)
    times = stats.response_times(session, org_id, start, due, posted_to)
    middle = stats.median(times)
    return Figures(
        week_end=due.astimezone(schedule.zone).strftime("%A %-d %B"),
        this_week=per_week_c[-1], last_week=per_week_c[-2],
        decided=sum(by_outcome.values()),
        outcomes=tuple((OUTCOME_LABELS[k], by_outcome[k]) for k, _ in OUTCOMES if by_outcome.get(k)),
        open=stats.open_consultations(session, org_id, due, posted_to),
        escalations=stats.escalations_raised(session, org_id, start, due, posted_to),
        answered=len(times), median=duration(middle) if middle is not None else "",
        overdue=stats.overdue_escalations(session, org_id, due) if posted_to is None else 0,
        chart_consultations=tuple(per_week_c), chart_decisions=tuple(per_week_d),
    )


def rule_of_the_week(ruleset: Ruleset, due: datetime, schedule: Schedule) -> Rule:
    """Rotates through the active ruleset, one rule per ISO week."""
    year, week, _ = due.astimezone(schedule.zone).isocalendar()
    return ruleset.rules[(year * 53 + week) % len(ruleset.rules)]


def chart(f: Figures, url: str = "") -> Image:
    return Image(CHART_ALT, bar_chart(f.chart_consultations, f.chart_decisions), url)


def team_card(f: Figures, rule: Rule, image: Image | None = None) -> Card:
    return Card("digest-team", f"Weekly digest: week to {f.week_end}",
                (render("digest_team.txt.j2", f=f), render("digest_rule.txt.j2", rule=rule)), image=image)


def dsl_card(f: Figures, rule: Rule, channels: int, image: Image | None = None) -> Card:
    return Card("digest-dsl", f"DSL digest: week to {f.week_end}",
                (render("digest_dsl.txt.j2", f=f, channels=channels), render("digest_rule.txt.j2", rule=rule)),
                image=image)


def previews(session: Session, schedule: Schedule, ruleset: Ruleset, due: datetime,
             org_id: str | None = None) -> list[tuple[str, Card]]:
    """Every digest the scheduler would send for the week ending `due`, labelled by where it goes."""
    since = due - timedelta(weeks=schedule.chart_weeks)
    rule = rule_of_the_week(ruleset, due, schedule)
    channels = [t for t in stats.team_channels(session, since, due) if org_id in (None, t[0])]
    out: list[tuple[str, Card]] = []
    for org, platform, channel in channels:
        f = figures(session, schedule, org, due, channel)
        out.append((f"{org} · {platform} team channel {channel}", team_card(f, rule, chart(f))))
    for org, platform in stats.org_platforms(session, since, due):
        if org_id in (None, org):
            f = figures(session, schedule, org, due)
            count = sum(1 for t in channels if t[0] == org and t[1] == platform)
            out.append((f"{org} · {platform} DSL channel", dsl_card(f, rule, count, chart(f))))
    return out
