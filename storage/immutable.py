"""Saved decisions never change in place. A correction is a new record; only retention may blank one.

Enforced here, under every code path that goes through a Session: changing or deleting a Decision row
raises `ImmutableRecord` unless the session is inside `retention_purge()`. (Raw SQL on the database
itself is outside our reach; that is what the hash-chained audit log is for.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from storage.models import Decision

_PURGE = "sharewise.retention_purge"
_TABLE = Decision.__table__  # type: ignore[attr-defined]


class ImmutableRecord(Exception):
    """Someone tried to change a saved decision."""


@contextmanager
def retention_purge(session: Session) -> Iterator[None]:
    """The one path allowed to blank expired decisions' free text."""
    session.info[_PURGE] = True
    try:
        yield
    finally:
        session.info.pop(_PURGE, None)


@event.listens_for(Session, "before_flush")
def _no_edits(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Decision):
            raise ImmutableRecord(f"decision {obj.id} cannot be deleted; record a correction instead")
    if session.info.get(_PURGE):
        return
    for obj in session.dirty:
        if isinstance(obj, Decision) and session.is_modified(obj):
            raise ImmutableRecord(f"decision {obj.id} cannot be changed; record a correction instead")


@event.listens_for(Session, "do_orm_execute")
def _no_bulk_edits(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    # An ORM statement carries an annotated copy of the table, so compare by name, not identity.
    if getattr(getattr(state.statement, "table", None), "name", None) != _TABLE.name:
        return
    if state.is_delete:
        raise ImmutableRecord("decisions cannot be deleted; record a correction instead")
    if not state.session.info.get(_PURGE):
        raise ImmutableRecord("decisions cannot be changed; record a correction instead")
