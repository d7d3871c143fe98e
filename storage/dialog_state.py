"""Dialog state rows: any replica can continue any conversation, and a restart loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, insert, update
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from storage.db import affected
from storage.models import DialogState
from storage.types import utcnow


class StaleDialog(Exception):
    """Another request moved this dialog on first (a double click or a second replica)."""


# Built once (every command and step runs them): constructing the expressions cost more than running them.
# The writes are Core statements on the table, run on the session's connection: the ORM's bulk-update
# path (WHERE evaluated in Python, identity-map sync) cost more than the UPDATE itself.
_TABLE = DialogState.__table__  # type: ignore[attr-defined]
_WHOSE = (
    _TABLE.c.org_id == bindparam("w_org_id"),
    _TABLE.c.channel == bindparam("w_channel"),
    _TABLE.c.user_id == bindparam("w_user_id"),
    _TABLE.c.conversation == bindparam("w_conversation"),
    _TABLE.c.status == "active",
)
_FIND_ACTIVE = select(DialogState).where(*_WHOSE).order_by(col(DialogState.id).desc()).limit(1)
_INSERT = insert(_TABLE).returning(_TABLE.c.id)
# Runs before anything of the dialog is loaded, so no object in the session can be out of date after it.
_REPLACE_ACTIVE = update(_TABLE).where(*_WHOSE).values(status="replaced", updated_at=bindparam("now"))
_ADVANCE = (update(_TABLE).where(_TABLE.c.id == bindparam("a_id"), _TABLE.c.version == bindparam("a_version"))
            .values(step=bindparam("step"), answers=bindparam("answers"), status=bindparam("status"),
                    version=bindparam("version"), updated_at=bindparam("updated_at")))


def find_active(session: Session, org_id: str, channel: str, user_id: str, conversation: str) -> DialogState | None:
    params = {"w_org_id": org_id, "w_channel": channel, "w_user_id": user_id, "w_conversation": conversation}
    return session.execute(_FIND_ACTIVE, params).scalar_one_or_none()


def get(session: Session, dialog_id: int) -> DialogState | None:
    return session.get(DialogState, dialog_id)


def start(session: Session, *, org_id: str, channel: str, user_id: str, conversation: str, flow: str,
          step: str, answers: dict[str, Any] | None = None) -> DialogState:
    # One active dialog per person and conversation: starting again closes the old one.
    whose = {"w_org_id": org_id, "w_channel": channel, "w_user_id": user_id, "w_conversation": conversation}
    session.connection().execute(_REPLACE_ACTIVE, {**whose, "now": utcnow()})
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
    values: dict[str, Any] = {"step": step, "answers": answers, "status": status, "version": state.version + 1,
                              "updated_at": utcnow()}
    result = session.connection().execute(_ADVANCE, {"a_id": state.id, "a_version": state.version, **values})
    if not affected(result):
        raise StaleDialog(f"dialog {state.id} moved on already")
    # The row now holds exactly these values: record them as loaded (not as changes to flush) instead of
    # reading the row back.
    for key, value in values.items():
        set_committed_value(state, key, value)
    return state


def count_active(session: Session) -> int:
    from sqlalchemy import func

    return int(session.execute(select(func.count()).select_from(DialogState).where(
        col(DialogState.status) == "active")).scalar_one())
