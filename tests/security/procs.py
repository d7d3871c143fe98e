"""`sharewise serve` as a process (tests/ops' Server), wired to the local Slack fake and a migrated database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import aiohttp
import pytest

from storage import migrate
from tests.conftest import create_pg_database
from tests.ops.conftest import Server, _drop_pg_database, clean_env
from tests.slack.conftest import DSL_CHANNEL, TEAM_CHANNEL
from tests.slack.driver import SECRET
from tests.slack.fake_api import FakeSlackApi


def serve_env(db_url: str, api: FakeSlackApi, **extra: str) -> dict[str, str]:
    return clean_env(DATABASE_URL=db_url, SLACK_SIGNING_SECRET=SECRET, SLACK_BOT_TOKEN="xoxb-test",
                     SLACK_API_URL=api.url, SLACK_TEAM_CHANNEL=TEAM_CHANNEL, SLACK_DSL_CHANNEL=DSL_CHANNEL,
                     SHAREWISE_DSL_USERS="UDSL1,UDSL2", SHAREWISE_SCHEDULER="false", LOG_LEVEL="DEBUG", **extra)


@pytest.fixture(params=["sqlite", "postgres"])
def migrated_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database brought to the current schema by the migrations, as an installer would, on each backend."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'sharewise.db'}"
        migrate.upgrade(url)
        yield url
        return
    url = create_pg_database("sw_sec")
    migrate.upgrade(url)
    yield url
    _drop_pg_database(url)


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[Server]]:
    started: list[Server] = []
    yield started
    for server in started:
        server.close()


async def start(servers: list[Server], env: dict[str, str], cwd: Path, http: aiohttp.ClientSession) -> Server:
    server = Server(env, cwd)
    servers.append(server)
    await server.wait_listening(http)
    return server
