"""Slack's OAuth install flow, stored in our own database (tables slack_installation, slack_oauth_state).

One row per installation; bots are read back from the newest installation for the workspace. The
database calls are synchronous, so they run in a worker thread.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from datetime import datetime, timedelta
from logging import Logger
from typing import Any

from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from sqlalchemy import delete, select
from sqlalchemy.engine import Engine

from storage.db import session_scope
from storage.models import SlackInstallation, SlackOAuthState
from storage.types import utcnow

LOGGER = logging.getLogger("sharewise.slack.oauth")


def _plain(data: dict[str, Any]) -> dict[str, Any]:
    """JSON-safe: datetimes as epoch seconds, which Installation() accepts back."""
    return {k: (v.timestamp() if isinstance(v, datetime) else v) for k, v in data.items()}


def _same(column: Any, value: str | None) -> Any:
    return column.is_(None) if value is None else column == value


class DbInstallationStore(AsyncInstallationStore):
    def __init__(self, engine: Engine, client_id: str) -> None:
        self.engine = engine
        self.client_id = client_id

    @property
    def logger(self) -> Logger:
        return LOGGER

    async def async_save(self, installation: Installation) -> None:
        row = SlackInstallation(client_id=self.client_id, enterprise_id=installation.enterprise_id,
                                team_id=installation.team_id, user_id=installation.user_id,
                                data=_plain(installation.to_dict_for_copying()))

        def save() -> None:
            with session_scope(self.engine) as s:
                s.add(row)
        await asyncio.to_thread(save)

    async def async_save_bot(self, bot: Bot) -> None:
        # Bots are derived from installations (async_find_bot), so there is nothing separate to keep.
        return None

    def _find(self, enterprise_id: str | None, team_id: str | None, user_id: str | None) -> dict[str, Any] | None:
        with session_scope(self.engine) as s:
            stmt = select(SlackInstallation).where(
                SlackInstallation.client_id == self.client_id,  # type: ignore[arg-type]
                _same(SlackInstallation.enterprise_id, enterprise_id), _same(SlackInstallation.team_id, team_id))
            if user_id is not None:
                stmt = stmt.where(SlackInstallation.user_id == user_id)  # type: ignore[arg-type]
            row = s.execute(stmt.order_by(SlackInstallation.id.desc()).limit(1)).scalars().first()  # type: ignore[union-attr]
            return dict(row.data) if row is not None else None

    async def async_find_installation(self, *, enterprise_id: str | None, team_id: str | None,
                                      user_id: str | None = None,
                                      is_enterprise_install: bool | None = False) -> Installation | None:
        if is_enterprise_install:
            team_id = None
        data = await asyncio.to_thread(self._find, enterprise_id, team_id, user_id)
        return Installation(**data) if data else None

    async def async_find_bot(self, *, enterprise_id: str | None, team_id: str | None,
                             is_enterprise_install: bool | None = False) -> Bot | None:
        inst = await self.async_find_installation(enterprise_id=enterprise_id, team_id=team_id,
                                                  is_enterprise_install=is_enterprise_install)
        return inst.to_bot() if inst is not None and inst.bot_token else None

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(self, *, enterprise_id: str | None, team_id: str | None,
                                        user_id: str | None = None) -> None:
        await asyncio.to_thread(self._delete, enterprise_id, team_id, user_id)

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await asyncio.to_thread(self._delete, enterprise_id, team_id, None)

    def _delete(self, enterprise_id: str | None, team_id: str | None, user_id: str | None) -> None:
        with session_scope(self.engine) as s:
            stmt = delete(SlackInstallation).where(
                SlackInstallation.client_id == self.client_id,  # type: ignore[arg-type]
                _same(SlackInstallation.enterprise_id, enterprise_id), _same(SlackInstallation.team_id, team_id))
            if user_id is not None:
                stmt = stmt.where(SlackInstallation.user_id == user_id)  # type: ignore[arg-type]
            s.execute(stmt)


class DbOAuthStateStore(AsyncOAuthStateStore):
    """A state is good once, for `expiration_seconds`: a replayed or stale callback is refused."""

    def __init__(self, engine: Engine, expiration_seconds: int = 600) -> None:
        self.engine = engine
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> Logger:
        return LOGGER

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(32)
        expires = utcnow() + timedelta(seconds=self.expiration_seconds)

        def issue() -> None:
            with session_scope(self.engine) as s:
                s.add(SlackOAuthState(state=state, expires_at=expires))
        await asyncio.to_thread(issue)
        return state

    async def async_consume(self, state: str) -> bool:
        def consume() -> bool:
            with session_scope(self.engine) as s:
                # One statement, so two callbacks racing with the same state cannot both succeed.
                result = s.execute(delete(SlackOAuthState).where(
                    SlackOAuthState.state == state, SlackOAuthState.expires_at > utcnow()))  # type: ignore[arg-type]
                return bool(result.rowcount)  # type: ignore[attr-defined]
        return await asyncio.to_thread(consume)
