"""/readyz tells a load balancer to stop sending work the moment shutdown begins, and says why."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from bot.server import build_app
from bot.settings import Settings


async def test_readyz_turns_503_as_soon_as_shutdown_begins(migrated_sqlite: str) -> None:
    settings = Settings(_env_file=None, database_url=migrated_sqlite, sharewise_scheduler=False,  # type: ignore[call-arg]
                        sharewise_teams_allow_unauthenticated=True)
    app = await build_app(settings)
    async with TestClient(TestServer(app)) as client:
        assert (await client.get("/readyz")).status == 200
        await app.shutdown()  # what SIGTERM starts, before requests in flight are waited for
        response = await client.get("/readyz")
        assert response.status == 503
        assert (await response.json())["problems"] == {"server": "shutting down"}
        assert (await client.get("/healthz")).status == 200


def test_log_level_is_read_in_any_case() -> None:
    assert Settings(_env_file=None, log_level="debug").log_level == "DEBUG"  # type: ignore[call-arg]
