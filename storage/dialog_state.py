"""Dialog state rows: any replica can continue any conversation, and a restart loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlmodel import Session

from storage.models import DialogState
from storage.types import utcnow


class StaleDialog(Exception):
    """Another request moved this dialog on first (a double click or a second replica)."""


def find_active(session: Session, org_id: str, channel: str, user_id: str, conversation: str) -> DialogState | None:
    stmt = (
        select(DialogState)
        .where(
            DialogState.org_id == org_id,  # type: ignore[arg-type]
            DialogState.channel == channel,  # type: ignore[arg-type]
            DialogState.user_id == user_id,  # type: ignore[arg-type]
            DialogState.conversation == conversation,  # type: ignore[arg-type]
            DialogState.status == "active",  # type: ignore[arg-type]
        )
        .order_by(DialogState.id.desc())  # type: ignore[union-attr]
        .limit(1)
    )
    return session.execute(stmt).scalar_one_or_none()


def get(session: Session, dialog_id: int) -> DialogState | None:
    return session.get(DialogState, dialog_id)


def start(session: Session, *, org_id: str, channel: str, user_id: str, conversation: str, flow: str,
          step: str, answers: dict[str, Any] | None = None) -> DialogState:
    # One active dialog per person and conversation: starting again closes the old one.
    session.execute(
        update(DialogState)
        .where(
            DialogState.org_id == org_id,  # type: ignore[arg-type]
            DialogState.channel == channel,  # type: ignore[arg-type]
            DialogState.user_id == user_id,  # type: ignore[arg-type]
            DialogState.conversation == conversation,  # type: ignore[arg-type]
            DialogState.status == "active",  # type: ignore[arg-type]
        )
        .values(status="replaced", updated_at=utcnow())
    )
    state = DialogState(org_id=org_id, channel=channel, user_id=user_id, conversation=conversation,
                        flow=flow, step=step, answers=dict(answers or {}))
    session.add(state)
    session.flush()
    return state


def advance(session: Session, state: DialogState, *, step: str, answers: dict[str, Any],
            status: str = "active") -> DialogState:
    """Move on with optimistic locking: the version we read must still be the version stored."""
    result = session.execute(
        update(DialogState)
        .where(DialogState.id == state.id, DialogState.version == state.version)  # type: ignore[arg-type]
        .values(step=step, answers=answers, status=status, version=state.version + 1, updated_at=utcnow())
    )
    if not result.rowcount:  # type: ignore[attr-defined]
        raise StaleDialog(f"dialog {state.id} moved on already")
    session.expire(state)
    refreshed = session.get(DialogState, state.id)
    assert refreshed is not None
    return refreshed


def count_active(session: Session) -> int:
    from sqlalchemy import func

    return int(session.execute(select(func.count()).select_from(DialogState).where(
        DialogState.status == "active")).scalar_one())  # type: ignore[arg-type]
