"""Every table Sharewise keeps. Case text is stored only after anonymisation.

One module on purpose: the schema is reviewed as a whole by the people who run a DPIA over it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime, utcnow


def _ts(**kw: Any) -> Any:
    return Field(default_factory=utcnow, sa_type=UTCDateTime, **kw)


def _json() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class DialogState(SQLModel, table=True):
    """Where a practitioner is in a guided dialog. Holds answers already anonymised, never raw text."""

    __tablename__ = "dialog_state"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(index=True, max_length=200)
    channel: str = Field(max_length=20)
    user_id: str = Field(max_length=200)
    conversation: str = Field(max_length=300)
    flow: str = Field(max_length=50)
    step: str = Field(max_length=50)
    answers: dict[str, Any] = _json()
    status: str = Field(default="active", max_length=20, index=True)
    version: int = 0
    created_at: datetime = _ts()
    updated_at: datetime = _ts(index=True)

    __table_args__ = (
        Index("ix_dialog_active_user", "org_id", "channel", "user_id", "conversation", "status"),
    )


class Consultation(SQLModel, table=True):
    __tablename__ = "consultation"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(index=True, max_length=200)
    author_id: str = Field(index=True, max_length=200)
    channel: str = Field(max_length=20)
    subject: str = Field(max_length=10)  # child | adult
    summary: str = Field(sa_column=Column(Text, nullable=False))
    request: dict[str, Any] = _json()
    guidance: dict[str, Any] = _json()
    ruleset: str = Field(max_length=50)
    status: str = Field(default="open", max_length=20, index=True)  # open | decided | purged
    posted_to: str | None = Field(default=None, max_length=200)
    post_ref: str | None = Field(default=None, max_length=200, index=True)
    created_at: datetime = _ts(index=True)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)

    # Weekly digests count by organisation (and team channel) over a time range; on PostgreSQL the
    # included columns let those counts and joins run from the index alone (bench/digest_queries.py).
    __table_args__ = (
        Index("ix_consultation_org_created", "org_id", "created_at"),
        Index("ix_consultation_org_posted_created", "org_id", "posted_to", "created_at", postgresql_include=["id"]),
        Index("ix_consultation_org_status_posted", "org_id", "status", "posted_to", "created_at"),
    )


class Advice(SQLModel, table=True):
    __tablename__ = "advice"
    id: int | None = Field(default=None, primary_key=True)
    consultation_id: int = Field(foreign_key="consultation.id", index=True)
    author_id: str = Field(max_length=200)
    source: str = Field(max_length=20)  # thread | dsl
    text: str = Field(sa_column=Column(Text, nullable=False))
    external_id: str | None = Field(default=None, max_length=300, unique=True)
    created_at: datetime = _ts()


class Escalation(SQLModel, table=True):
    __tablename__ = "escalation"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(index=True, max_length=200)
    consultation_id: int = Field(foreign_key="consultation.id", index=True)
    requested_by: str = Field(max_length=200)
    urgent: bool = False
    question: str = Field(sa_column=Column(Text, nullable=False))
    status: str = Field(default="open", max_length=20, index=True)  # open | claimed | answered
    claimed_by: str | None = Field(default=None, max_length=200)
    claimed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    answer: str | None = Field(default=None, sa_column=Column(Text))
    recommendation: str | None = Field(default=None, max_length=30)
    answered_by: str | None = Field(default=None, max_length=200)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    deadline_at: datetime = Field(sa_type=UTCDateTime, index=True)
    post_ref: str | None = Field(default=None, max_length=200)
    created_at: datetime = _ts(index=True)

    __table_args__ = (Index("ix_escalation_org_created", "org_id", "created_at"),)


class Decision(SQLModel, table=True):
    """Golden rule 7: the decision and its reasons, whether to share or not. Never updated in place."""

    __tablename__ = "decision"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(index=True, max_length=200)
    consultation_id: int | None = Field(default=None, foreign_key="consultation.id", index=True)
    author_id: str = Field(index=True, max_length=200)
    channel: str = Field(max_length=20)
    subject: str = Field(max_length=10)
    outcome: str = Field(max_length=20, index=True)  # share | share_part | not_share
    what_shared: str = Field(sa_column=Column(Text, nullable=False))
    with_whom: str = Field(sa_column=Column(Text, nullable=False))
    shared_on: date | None = None
    purpose: str = Field(sa_column=Column(Text, nullable=False))
    lawful_basis: str = Field(max_length=50)
    special_condition: str | None = Field(default=None, max_length=50)
    consent: str = Field(max_length=30)
    consent_reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    informed: str = Field(max_length=20)
    informed_reason: str = Field(default="", sa_column=Column(Text, nullable=False))
    advice_taken: str = Field(default="", sa_column=Column(Text, nullable=False))
    reasons: str = Field(sa_column=Column(Text, nullable=False))
    requester_told: bool | None = None
    case_reference: str | None = Field(default=None, max_length=100)
    ruleset: str = Field(max_length=50)
    corrects_id: int | None = Field(default=None, foreign_key="decision.id", index=True)
    purged: bool = False
    created_at: datetime = _ts(index=True)

    # Digests count an organisation's decisions per week; this keeps that a range scan at a million rows.
    __table_args__ = (Index("ix_decision_org_created", "org_id", "created_at",
                            postgresql_include=["consultation_id", "corrects_id", "outcome"]),)


class AuditEvent(SQLModel, table=True):
    """Append-only and hash-chained per organisation. Details carry ids and counts, never content."""

    __tablename__ = "audit_event"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(max_length=200)
    seq: int
    at: datetime = _ts()
    actor: str = Field(max_length=200)
    action: str = Field(max_length=50, index=True)
    channel: str = Field(max_length=20)
    object_type: str = Field(default="", max_length=30)
    object_id: str = Field(default="", max_length=50)
    details: dict[str, Any] = _json()
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)

    __table_args__ = (UniqueConstraint("org_id", "seq", name="uq_audit_org_seq"),)


class AuditHead(SQLModel, table=True):
    """The tip of each organisation's chain; locking this row serialises appends across processes."""

    __tablename__ = "audit_head"
    org_id: str = Field(primary_key=True, max_length=200)
    seq: int = 0
    hash: str = Field(default="0" * 64, max_length=64)


class RoleGrant(SQLModel, table=True):
    __tablename__ = "role_grant"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(max_length=200)
    user_id: str = Field(max_length=200)
    role: str = Field(max_length=20)  # dsl | deputy | admin
    granted_by: str = Field(max_length=200)
    created_at: datetime = _ts()

    __table_args__ = (UniqueConstraint("org_id", "user_id", "role", name="uq_role_grant"),)


class ProcessedRequest(SQLModel, table=True):
    """Idempotency keys: a platform retry or a double click finds its key here and does nothing."""

    __tablename__ = "processed_request"
    key: str = Field(primary_key=True, max_length=300)
    created_at: datetime = _ts(index=True)


class ScheduledJob(SQLModel, table=True):
    """Reminders, nudges and digests as rows with due and done times, claimed by one replica."""

    __tablename__ = "scheduled_job"
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=30)
    key: str = Field(max_length=300, unique=True)
    org_id: str = Field(max_length=200, index=True)
    due_at: datetime = Field(sa_type=UTCDateTime)
    payload: dict[str, Any] = _json()
    claimed_by: str | None = Field(default=None, max_length=100)
    claimed_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    attempts: int = 0
    last_error: str | None = Field(default=None, max_length=500)
    created_at: datetime = _ts()

    __table_args__ = (Index("ix_job_due", "done_at", "due_at"),)


class ConversationRef(SQLModel, table=True):
    """Where a platform can reach a user or channel later (Teams proactive messages)."""

    __tablename__ = "conversation_ref"
    id: int | None = Field(default=None, primary_key=True)
    org_id: str = Field(max_length=200)
    platform: str = Field(max_length=20)
    key: str = Field(max_length=300)
    ref: dict[str, Any] = _json()
    updated_at: datetime = _ts()

    __table_args__ = (UniqueConstraint("org_id", "platform", "key", name="uq_conv_ref"),)


class SlackInstallation(SQLModel, table=True):
    """A workspace installed through Slack's OAuth flow (multi-workspace mode)."""

    __tablename__ = "slack_installation"
    id: int | None = Field(default=None, primary_key=True)
    client_id: str = Field(max_length=100)
    enterprise_id: str | None = Field(default=None, max_length=50)
    team_id: str | None = Field(default=None, max_length=50, index=True)
    user_id: str | None = Field(default=None, max_length=50)
    data: dict[str, Any] = _json()
    installed_at: datetime = _ts()


class SlackOAuthState(SQLModel, table=True):
    __tablename__ = "slack_oauth_state"
    state: str = Field(primary_key=True, max_length=200)
    expires_at: datetime = Field(sa_type=UTCDateTime)
