"""Where Teams can reach people, channels and earlier posts later: rows in `conversation_ref`.

Keys: `user:<aad or Teams id>` (the person's personal chat with the bot), `channel:<conversation id>`
(a team channel), `post:<kind>:<id>` (where the card about a record landed, so it can be updated in
place). Values are Bot Framework ConversationReference JSON (camelCase, as `ref.serialize()` writes it),
so any replica, after any restart, can send, and a move to another Teams SDK can read them as they are.

Also here: claiming an inbound activity once, so Teams' retries are harmless across replicas.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage import idempotency
from storage.db import session_scope
from storage.models import ConversationRef, ProcessedRequest
from storage.types import utcnow

PLATFORM = "teams"


class RefStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # What this replica last wrote per key: most turns would write the same reference again.
        self._written: dict[tuple[str, str], str] = {}

    async def get(self, org_id: str, key: str) -> dict[str, Any] | None:
        return await asyncio.to_thread(self._get, org_id, key)

    async def put(self, org_id: str, key: str, ref: dict[str, Any]) -> None:
        blob = json.dumps(ref, sort_keys=True)
        if self.wrote((org_id, key), blob):
            return
        await asyncio.to_thread(self._put, org_id, key, ref)
        self.written((org_id, key), blob)

    def _get(self, org_id: str, key: str) -> dict[str, Any] | None:
        with session_scope(self.engine) as s:
            row = s.execute(select(ConversationRef).where(
                ConversationRef.org_id == org_id, ConversationRef.platform == PLATFORM,  # type: ignore[arg-type]
                ConversationRef.key == key)).scalar_one_or_none()  # type: ignore[arg-type]
            return dict(row.ref) if row is not None else None

    def _put(self, org_id: str, key: str, ref: dict[str, Any]) -> None:
        with session_scope(self.engine) as s:
            _upsert(s, org_id, key, ref)

    # -- retries ---------------------------------------------------------------------------------------
    async def claim(self, key: str, remember: tuple[str, str, dict[str, Any]] | None = None) -> bool:
        """Claim an activity once; with `remember` = (org id, key, reference), store that reference in the
        same transaction (unless this replica already wrote the same one), so a turn costs one round trip."""
        claim = Claim(self, key, remember)
        try:
            await asyncio.to_thread(self._claim, claim)
        except idempotency.AlreadyClaimed:
            return False
        claim.committed()
        return True

    async def release(self, key: str) -> None:
        """Forget a claim whose turn failed, so the platform's retry is handled, not dropped."""
        await asyncio.to_thread(self._release, key)

    def _claim(self, claim: Claim) -> None:
        with session_scope(self.engine) as s:
            claim.run(s)

    def claim_within(self, key: str, remember: tuple[str, str, dict[str, Any]] | None) -> Claim:
        """The same claim, made inside another unit of work (the turn's own) instead of one of its own."""
        return Claim(self, key, remember)

    def wrote(self, where: tuple[str, str], blob: str) -> bool:
        """Whether this replica last wrote exactly this reference (as JSON) under (org id, key)."""
        return self._written.get(where) == blob

    def written(self, where: tuple[str, str], blob: str) -> None:
        self._written[where] = blob

    def _release(self, key: str) -> None:
        with session_scope(self.engine) as s:
            s.execute(delete(ProcessedRequest).where(ProcessedRequest.key == key[:300]))  # type: ignore[arg-type]


_UPSERTS: dict[str, Any] = {}


def _upsert_statement(dialect: str) -> Any:
    # Built once per dialect, with bound parameters: building it on every turn cost more than running it.
    if dialect not in _UPSERTS:
        insert = sqlite_insert if dialect == "sqlite" else pg_insert
        stmt = insert(ConversationRef.__table__).values(  # type: ignore[attr-defined]
            org_id=bindparam("org_id"), platform=PLATFORM, key=bindparam("key"), ref=bindparam("ref"),
            updated_at=bindparam("at"))
        _UPSERTS[dialect] = stmt.on_conflict_do_update(
            index_elements=["org_id", "platform", "key"],
            set_={"ref": stmt.excluded.ref, "updated_at": stmt.excluded.updated_at})
    return _UPSERTS[dialect]


def _upsert(s: Session, org_id: str, key: str, ref: dict[str, Any]) -> None:
    """Insert or update in one statement (SQLite and PostgreSQL both speak ON CONFLICT), so neither a
    read first nor a savepoint is needed, and two replicas writing the same key at once both succeed."""
    conn = s.connection()
    conn.execute(_upsert_statement(conn.dialect.name), {"org_id": org_id, "key": key[:300], "ref": ref,
                                                        "at": utcnow()})


class Claim:
    """Claiming an activity once, with where to reach its sender, inside a unit of work: its own
    (`RefStore.claim`) or the turn's, as the `first` step handed to the core. A repeat raises
    `AlreadyClaimed`, which rolls that transaction back, so nothing is done twice."""

    def __init__(self, refs: RefStore, key: str, remember: tuple[str, str, dict[str, Any]] | None) -> None:
        self.refs, self.key = refs, key
        self.blob = json.dumps(remember[2], sort_keys=True) if remember else ""
        # Most turns would write the same reference again: only a new or changed one is written.
        self.remember = remember if remember is not None and not refs.wrote(remember[:2], self.blob) else None
        self.made = False

    def run(self, s: Session) -> None:
        if self.key and not idempotency.claim_once(s, self.key):
            raise idempotency.AlreadyClaimed(self.key)
        if self.remember is not None:
            _upsert(s, *self.remember)
        self.made = bool(self.key)

    def committed(self) -> None:
        """Call once the turn's transaction has committed: the reference need not be written again."""
        if self.remember is not None:
            self.refs.written(self.remember[:2], self.blob)
