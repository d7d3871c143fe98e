"""One fixture starts the whole bot in-process (bot.server.build_app on a TestServer) with its Slack Web
API pointed at a local fake; tests drive it only through signed HTTP requests."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import SQLModel

from bot.server import build_app
from bot.settings import Settings
from storage.db import make_engine
from tests.slack.driver import SECRET, SlackDriver
from tests.slack.fake_api import FakeSlackApi

PRACTITIONER, COLLEAGUE, DSL1, DSL2, ADMIN = "UPRAC", "UCOLL", "UDSL1", "UDSL2", "UADMIN"
TEAM_CHANNEL, DSL_CHANNEL = "CTEAM", "CDSL"


@dataclass
class Bot:
    slack: SlackDriver
    api: FakeSlackApi
    engine: Engine
    settings: Settings

    async def eventually(self, query: Any, timeout: float = 10.0) -> Any:
        """The first truthy result of a database query: the server stores some things just after it
        answers Slack (e.g. where a post landed), so a test waits for that, not for a fixed time."""
        async def poll() -> Any:
            while True:
                with self.engine.connect() as conn:
                    found = conn.execute(query).scalar_one_or_none()
                if found:
                    return found
                await asyncio.sleep(0.01)
        return await asyncio.wait_for(poll(), timeout)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                    for t in SQLModel.metadata.sorted_tables}

    def dump_text(self) -> str:
        """Every value of every column of every table, as text."""
        out: list[str] = []
        with self.engine.connect() as conn:
            for t in SQLModel.metadata.sorted_tables:
                for row in conn.execute(select(t)):
                    out.extend(str(v) for v in row)
        return "\n".join(out)


def settings_for(db_url: str, api_url: str, **extra: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": db_url, "slack_signing_secret": SECRET, "slack_bot_token": "xoxb-test",
        "slack_api_url": api_url, "slack_dsl_channel": DSL_CHANNEL, "slack_team_channel": TEAM_CHANNEL,
        "sharewise_dsl_users": f"{DSL1},{DSL2}", "sharewise_admin_users": ADMIN, "log_level": "WARNING",
        "sharewise_scheduler": False,  # its reminders and digests are tested on their own
        **extra}
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
async def api() -> AsyncIterator[FakeSlackApi]:
    fake = FakeSlackApi()
    await fake.start()
    yield fake
    await fake.close()


@pytest.fixture
def db_engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
async def start_bot(db_url: str, api: FakeSlackApi, db_engine: Engine) -> AsyncIterator[Callable[..., Any]]:
    """Start the bot with settings of the test's own (`start_bot(slack_api_timeout=1.0)`)."""
    clients: list[TestClient] = []  # type: ignore[type-arg]

    async def start(**extra: Any) -> Bot:
        settings = settings_for(db_url, api.url, **extra)
        client = TestClient(TestServer(await build_app(settings), host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return Bot(SlackDriver(client), api, db_engine, settings)

    yield start
    for client in clients:
        await client.close()


@pytest.fixture
async def bot(start_bot: Callable[..., Any]) -> Bot:
    return await start_bot()  # type: ignore[no-any-return]
