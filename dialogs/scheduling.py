"""Reminders, nudges and digests as scheduled jobs: plan them as rows, then run each one exactly once.

`plan` turns records into `scheduled_job` rows with stable keys (re-planning is harmless). `run_due`
claims due rows one at a time, builds the posts, delivers them, and marks each job done in the same
transaction that records its last send and appends its audit event. A job that was half sent when its
replica died resumes with the posts not yet recorded as sent.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import structlog
from sqlalchemy.engine import Engine
from sqlmodel import Session

from dialogs import digest, reminders
from dialogs.delivery import Deliverers, DeliveryError
from dialogs.messages import Post
from dialogs.policy import Policy
from dialogs.retention import Retention, purge_expired
from dialogs.rulesets import load_ruleset
from dialogs.schedule import Schedule, latest_digest_due, week_label
from storage import audit, jobs, records, roles, stats
from storage.db import session_scope
from storage.jobs import NewJob
from storage.models import ScheduledJob

log = structlog.get_logger("sharewise.scheduler")

REMIND, DEPUTIES, NUDGE = "remind.escalation", "remind.deputies", "nudge.consultation"
DIGEST_TEAM, DIGEST_DSL, PLANNED = "digest.team", "digest.dsl", "plan.digest"
RETENTION = "retention.purge"
#: Retention runs once a day at this UTC hour, when chat is quiet.
RETENTION_HOUR_UTC = 2
ACTOR = "sharewise"
MAX_ATTEMPTS = 10
NUDGE_WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class Outgoing:
    key: str
    post: Post
    channel: str | None = None


@dataclass(slots=True)
class Work:
    platform: str
    outgoing: list[Outgoing] = field(default_factory=list)
    #: (action, object_type, object_id, details) appended when the job is done.
    audit: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)
    note: str | None = None


class Scheduling:
    """The synchronous half: planning, claiming, building and recording (each its own transaction)."""

    def __init__(self, engine: Engine, policy: Policy, schedule: Schedule, platforms: Collection[str],
                 retention: Retention | None = None) -> None:
        self.engine, self.policy, self.schedule = engine, policy, schedule
        self.platforms = frozenset(platforms)
        self.retention = retention
        self.ruleset = load_ruleset(policy.ruleset)

    # -- planning ------------------------------------------------------------------------------------
    def plan(self, now: datetime) -> int:
        with session_scope(self.engine) as s:
            new = self._plan_escalations(s) + self._plan_nudges(s, now) + self._plan_digests(s, now)
            new += self._plan_retention(now)
            return jobs.ensure(s, new)

    def _plan_retention(self, now: datetime) -> list[NewJob]:
        """One purge a day: a row per UTC day, so a replica that was down runs the missed one once."""
        if self.retention is None:
            return []
        due = now.replace(hour=RETENTION_HOUR_UTC, minute=0, second=0, microsecond=0)
        if due > now:
            due -= timedelta(days=1)
        return [NewJob(RETENTION, f"retention:purge:{due.date().isoformat()}", "*", due, {})]

    def _plan_escalations(self, s: Session) -> list[NewJob]:
        out: list[NewJob] = []
        for e, platform in stats.unplanned_escalations(s, "remind:escalation:", ":2", self.platforms):
            body = {"escalation_id": e.id, "platform": platform}
            out.append(NewJob(REMIND, f"remind:escalation:{e.id}:1", e.org_id, e.deadline_at, body))
            out.append(NewJob(DEPUTIES, f"remind:escalation:{e.id}:2", e.org_id,
                              e.deadline_at + self.schedule.deputy_delay(e.urgent), body))
        return out

    def _plan_nudges(self, s: Session, now: datetime) -> list[NewJob]:
        """Consultations from the last NUDGE_WINDOW_DAYS beyond their nudge time: after an outage of weeks
        they are still nudged once, but a first start on an old database does not nudge about last year."""
        due = timedelta(days=self.policy.nudge_days)
        since = now - due - timedelta(days=NUDGE_WINDOW_DAYS)
        return [NewJob(NUDGE, f"nudge:consultation:{c.id}", c.org_id, c.created_at + due,
                       {"consultation_id": c.id, "platform": c.channel})
                for c in stats.unplanned_nudges(s, "nudge:consultation:", since, self.platforms)]

    def _plan_digests(self, s: Session, now: datetime) -> list[NewJob]:
        """This week's digests, planned once a week (a marker row) from the channels active this quarter.

        Only the latest due digest is planned: after a long outage the most recent week is sent once,
        not a backlog of stale weeks.
        """
        due = latest_digest_due(self.schedule, now)
        week = week_label(self.schedule, due)
        marker = f"plan:digest:{week}"
        if jobs.exists(s, marker):
            return []
        since = due - timedelta(weeks=self.schedule.chart_weeks)
        out = [NewJob(PLANNED, marker, "*", due, {}, done_at=now)]
        per_org: dict[tuple[str, str], int] = {}
        for org, platform, channel in stats.team_channels(s, since, due):
            if platform in self.platforms:
                per_org[(org, platform)] = per_org.get((org, platform), 0) + 1
                out.append(NewJob(DIGEST_TEAM, f"digest:{org}:{platform}:{channel}:{week}", org, due,
                                  {"platform": platform, "channel": channel, "token": secrets.token_urlsafe(24)}))
        for org, platform in stats.org_platforms(s, since, due):
            if platform in self.platforms:
                out.append(NewJob(DIGEST_DSL, f"digest:{org}:{platform}:dsl:{week}", org, due,
                                  {"platform": platform, "channels": per_org.get((org, platform), 0),
                                   "token": secrets.token_urlsafe(24)}))
        return out

    # -- claiming and recording -------------------------------------------------------------------------
    def claim(self, worker: str, now: datetime) -> ScheduledJob | None:
        with session_scope(self.engine) as s:
            return jobs.claim_next(s, worker, now, timedelta(seconds=self.schedule.lease_seconds))

    def save_payload(self, job: ScheduledJob, worker: str, payload: dict[str, Any]) -> bool:
        with session_scope(self.engine) as s:
            return jobs.save_payload(s, job.id or 0, worker, payload)

    def record(self, job: ScheduledJob, worker: str, payload: dict[str, Any], work: Work, now: datetime,
               last: bool) -> bool:
        """Record one send; the last one also marks the job done and audits it, all in one transaction."""
        with session_scope(self.engine) as s:
            if not last:
                return jobs.save_payload(s, job.id or 0, worker, payload)
            if not jobs.finish(s, job.id or 0, worker, now, payload, work.note):
                s.rollback()
                return False
            for action, object_type, object_id, details in work.audit:
                audit.append(s, org_id=job.org_id, actor=ACTOR, action=action, channel=work.platform,
                             object_type=object_type, object_id=object_id, details=details)
            return True

    def retry(self, job: ScheduledJob, worker: str, now: datetime, error: str) -> None:
        with session_scope(self.engine) as s:
            if job.attempts >= MAX_ATTEMPTS:
                jobs.finish(s, job.id or 0, worker, now, note=f"gave up: {error}"[:500])
                audit.append(s, org_id=job.org_id, actor=ACTOR, action="scheduled.failed",
                             channel=str(job.payload.get("platform", "")), object_type="job",
                             object_id=str(job.id), details={"kind": job.kind, "attempts": job.attempts})
                return
            backoff = timedelta(minutes=min(2 ** job.attempts, 360))
            jobs.retry_later(s, job.id or 0, worker, now + backoff, error)

    def release(self, worker: str) -> None:
        with session_scope(self.engine) as s:
            jobs.release(s, worker)

    # -- what each kind of job says --------------------------------------------------------------------
    def prepare(self, job: ScheduledJob) -> Work:
        if job.kind == RETENTION:
            return self._purge(job)
        with session_scope(self.engine) as s:
            work = Work(str(job.payload.get("platform", "")), payload=dict(job.payload))
            build = {REMIND: self._remind, DEPUTIES: self._deputies, NUDGE: self._nudge,
                     DIGEST_TEAM: self._digest, DIGEST_DSL: self._digest}.get(job.kind)
            if build is None:
                work.note = f"unknown job kind {job.kind}"
            else:
                build(s, job, work)
            return work

    def _purge(self, job: ScheduledJob) -> Work:
        """Posts nothing; each organisation's purge commits with its own tombstone in the audit chain."""
        work = Work("")
        if self.retention is not None:
            report = purge_expired(self.engine, self.retention, now=job.due_at)
            work.note = f"purged {report.total} records, {report.request_keys} request keys"
        return work

    def _remind(self, s: Session, job: ScheduledJob, work: Work) -> None:
        e = records.escalation(s, job.org_id, int(job.payload["escalation_id"]))
        if e is None or e.status == "answered":
            work.note = "answered in time"
            return
        work.outgoing.append(Outgoing("dsl", Post("dsl", reminders.escalation_reminder(e, self.schedule))))
        work.audit.append(("escalation.reminded", "escalation", str(e.id), {"status": e.status, "urgent": e.urgent}))

    def _deputies(self, s: Session, job: ScheduledJob, work: Work) -> None:
        e = records.escalation(s, job.org_id, int(job.payload["escalation_id"]))
        if e is None or e.status == "answered":
            work.note = "answered before deputies were needed"
            return
        deputies = list(dict.fromkeys([*self.policy.deputy_users, *roles.users_with(s, job.org_id, "deputy")]))
        if not deputies:
            work.note = "no deputy list set"
            log.warning("scheduler.no_deputies", escalation=e.id, org_id=job.org_id)
            return
        card = reminders.deputy_alert(e, self.schedule)
        work.outgoing += [Outgoing(f"user:{u}", Post("user", card, user_id=u)) for u in deputies]
        work.audit.append(("escalation.deputies_alerted", "escalation", str(e.id),
                           {"deputies": len(deputies), "status": e.status}))

    def _nudge(self, s: Session, job: ScheduledJob, work: Work) -> None:
        c = records.consultation(s, job.org_id, int(job.payload["consultation_id"]))
        if c is None or c.status != "open" or c.id is None:
            work.note = "decision already recorded"
            return
        post = Post("user", reminders.nudge(c, self.schedule), user_id=c.author_id)
        work.outgoing.append(Outgoing(f"user:{c.author_id}", post))
        work.audit.append(("consultation.nudged", "consultation", str(c.id), {"days": self.policy.nudge_days}))

    def _digest(self, s: Session, job: ScheduledJob, work: Work) -> None:
        team = job.kind == DIGEST_TEAM
        channel = str(job.payload["channel"]) if team else None
        f = digest.figures(s, self.schedule, job.org_id, job.due_at, channel)
        work.payload["chart"] = {"consultations": list(f.chart_consultations),
                                 "decisions": list(f.chart_decisions)}
        image = digest.chart(f, chart_url(self.schedule, job))
        rule = digest.rule_of_the_week(self.ruleset, job.due_at, self.schedule)
        if team:
            card = digest.team_card(f, rule, image)
            work.outgoing.append(Outgoing(f"team:{channel}", Post("team", card), channel))
        else:
            card = digest.dsl_card(f, rule, int(job.payload.get("channels", 0)), image)
            work.outgoing.append(Outgoing("dsl", Post("dsl", card)))
        work.audit.append(("digest.sent", "digest", week_label(self.schedule, job.due_at),
                           {"scope": "team" if team else "dsl", "questions": f.this_week, "decisions": f.decided}))


def chart_url(schedule: Schedule, job: ScheduledJob) -> str:
    """An unguessable address for a digest's chart, served by our own server (Slack fetches images)."""
    if not schedule.public_url or not job.payload.get("token"):
        return ""
    return f"{schedule.public_url.rstrip('/')}/charts/{job.id}-{job.payload['token']}.png"


async def run_job(sched: Scheduling, deliverers: Deliverers, worker: str, job: ScheduledJob,
                  now: datetime) -> bool:
    """Deliver one claimed job. True when it is done; False when it will be tried again."""
    try:
        work = await asyncio.to_thread(sched.prepare, job)
        sent: dict[str, str] = dict(work.payload.get("sent", {}))
        todo = [o for o in work.outgoing if o.key not in sent]
        if not todo:
            return await asyncio.to_thread(sched.record, job, worker, work.payload, work, now, True)
        deliverer = deliverers.get(work.platform)
        if deliverer is None:
            raise DeliveryError(f"no deliverer for platform {work.platform!r}")
        if work.payload != job.payload and not await asyncio.to_thread(sched.save_payload, job, worker, work.payload):
            return False  # our lease was taken over: the other replica does it
        for i, item in enumerate(todo):
            ref = await deliverer.deliver(job.org_id, item.post, item.channel)
            sent[item.key] = ref or ""
            payload = {**work.payload, "sent": dict(sent)}
            last = i == len(todo) - 1
            if not await asyncio.to_thread(sched.record, job, worker, payload, work, now, last):
                log.warning("scheduler.lease_lost", job=job.id, kind=job.kind)
                return False
        log.info("scheduler.job_done", job=job.id, kind=job.kind, posts=len(todo))
        return True
    except Exception as exc:
        log.warning("scheduler.job_failed", job=job.id, kind=job.kind, attempts=job.attempts,
                    error=type(exc).__name__)
        await asyncio.to_thread(sched.retry, job, worker, now, f"{type(exc).__name__}: {exc}"[:300])
        return False


async def run_due(sched: Scheduling, deliverers: Deliverers, worker: str, now: datetime,
                  stopping: Callable[[], bool] = lambda: False) -> int:
    """Plan, then run every job due at `now`, one at a time, until none is left or we are told to stop."""
    await asyncio.to_thread(sched.plan, now)
    done = 0
    while not stopping():
        job = await asyncio.to_thread(sched.claim, worker, now)
        if job is None:
            break
        if await run_job(sched, deliverers, worker, job, now):
            done += 1
    return done
