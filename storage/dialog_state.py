"""Dialog state rows: any replica can continue any conversation, and a restart loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import make_transient_to_detached
from sqlmodel import Session, col, select

from storage.db import affected
from storage.models import DialogState
from storage.types import utcnow


class StaleDialog(Exception):
    """Another request moved this dialog on first (a double click or a second replica)."""


# Built once (every command and step runs them): constructing the expressions cost more than running them.
_WHOSE = (
    col(DialogState.org_id) == bindparam("w_org_id"),
    col(DialogState.channel) == bindparam("w_channel"),
    col(DialogState.user_id) == bindparam("w_user_id"),
    col(DialogState.conversation) == bindparam("w_conversation"),
    col(DialogState.status) == "active",
)
_FIND_ACTIVE = select(DialogState).where(*_WHOSE).order_by(col(DialogState.id).desc()).limit(1)
_INSERT = insert(DialogState.__table__).returning(DialogState.__table__.c.id)  # type: ignore[attr-defined]
# synchronize_session=False: objects already loaded are not matched against the WHERE in Python (that
# evaluation cost more than the UPDATE); this runs before anything of the dialog is loaded.
_REPLACE_ACTIVE = (update(DialogState).where(*_WHOSE).values(status="replaced", updated_at=bindparam("now"))
                   .execution_options(synchronize_session=False))


def find_active(session: Session, org_id: str, channel: str, user_id: str, conversation: str) -> DialogState | None:
    params = {"w_org_id": org_id, "w_channel": channel, "w_user_id": user_id, "w_conversation": conversation}
    return session.execute(_FIND_ACTIVE, params).scalar_one_or_none()


def get(session: Session, dialog_id: int) -> DialogState | None:
    return session.get(DialogState, dialog_id)


def start(session: Session, *, org_id: str, channel: str, user_id: str, conversation: str, flow: str,
          step: str, answers: dict[str, Any] | None = None) -> DialogState:
    # One active dialog per person and conversation: starting again closes the old one.
    session.execute(_REPLACE_ACTIVE, {"w_org_id": org_id, "w_channel": channel, "w_user_id": user_id,
                                      "w_conversation": conversation, "now": utcnow()})
    now = utcnow()
    values: dict[str, Any] = {"org_id": org_id, "channel": channel, "user_id": user_id, "conversation": conversation,
              "flow": flow, "step": step, "answers": dict(answers or {}), "status": "active", "version": 0,
              "created_at": now, "updated_at": now}
    # A Core insert: the ORM's unit of work cost more than the INSERT itself on this, the busiest write.
    new_id = session.connection().execute(_INSERT, values).scalar_one()
    state = DialogState(id=new_id, **values)
    make_transient_to_detached(state)  # the row exists: the session holds it without reading it back
    session.add(state)
    return state


def advance(session: Session, state: DialogState, *, step: str, answers: dict[str, Any],
            status: str = "active") -> DialogState:
    """Move on with optimistic locking: the version we read must still be the version stored."""
    result = session.execute(
        update(DialogState)
        .where(col(DialogState.id) == state.id, col(DialogState.version) == state.version)
        .values(step=step, answers=answers, status=status, version=state.version + 1, updated_at=utcnow())
    )
    if not affected(result):
        raise StaleDialog(f"dialog {state.id} moved on already")
    session.expire(state)
    refreshed = session.get(DialogState, state.id)
    assert refreshed is not None
    return refreshed


def count_active(session: Session) -> int:
    from sqlalchemy import func

    return int(session.execute(select(func.count()).select_from(DialogState).where(
        col(DialogState.status) == "active")).scalar_one())
