"""Many workspaces: Slack's OAuth install flow, with installations and states kept in our database."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import pytest
from aiohttp.test_utils import TestClient, TestServer
from slack_sdk.oauth.installation_store.models.installation import Installation
from sqlalchemy import select

from bot.server import build_app
from bot.slack.oauth_store import DbInstallationStore, DbOAuthStateStore
from storage.db import make_engine
from storage.models import SlackInstallation
from tests.slack.conftest import settings_for
from tests.slack.driver import SlackDriver
from tests.slack.fake_api import FakeSlackApi


async def test_installation_store_round_trip(db_url: str) -> None:
    engine = make_engine(db_url)
    store = DbInstallationStore(engine, "client-1")
    await store.async_save(Installation(app_id="A1", team_id="T9", bot_token="xoxb-nine", bot_id="B9",
                                        bot_user_id="UB9", bot_scopes=["commands", "chat:write"], user_id="U1"))
    bot = await store.async_find_bot(enterprise_id=None, team_id="T9")
    assert bot is not None and bot.bot_token == "xoxb-nine" and bot.bot_scopes == ["commands", "chat:write"]
    inst = await store.async_find_installation(enterprise_id=None, team_id="T9", user_id="U1")
    assert inst is not None and inst.app_id == "A1"
    assert await store.async_find_bot(enterprise_id=None, team_id="T-other") is None
    assert await DbInstallationStore(engine, "client-2").async_find_bot(enterprise_id=None, team_id="T9") is None
    await store.async_delete_all(enterprise_id=None, team_id="T9")
    assert await store.async_find_bot(enterprise_id=None, team_id="T9") is None
    engine.dispose()


async def test_oauth_state_is_good_once_and_not_after_expiry(db_url: str) -> None:
    engine = make_engine(db_url)
    states = DbOAuthStateStore(engine)
    state = await states.async_issue()
    assert await states.async_consume(state) is True
    assert await states.async_consume(state) is False
    assert await states.async_consume("made-up") is False
    expired = await DbOAuthStateStore(engine, expiration_seconds=-1).async_issue()
    assert await states.async_consume(expired) is False
    engine.dispose()


@pytest.fixture
async def oauth_client(db_url: str, api: FakeSlackApi) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    settings = settings_for(db_url, api.url, slack_bot_token="", slack_client_id="111.222",
                            slack_client_secret="shh")
    client = TestClient(TestServer(await build_app(settings), host="127.0.0.1"))
    await client.start_server()
    yield client
    await client.close()


async def test_a_workspace_installs_through_oauth_and_then_works(oauth_client: TestClient, api: FakeSlackApi,
                                                                 db_url: str) -> None:  # type: ignore[type-arg]
    page = await oauth_client.get("/slack/install")
    assert page.status == 200
    state = re.search(r"state=([\w-]+)", await page.text())
    assert state is not None
    # The state cookie is Secure; a browser sends it back over https, so the test hands it back itself.
    cookie = page.headers["Set-Cookie"].split(";", 1)[0]
    done = await oauth_client.get(f"/slack/oauth_redirect?code=the-code&state={state.group(1)}",
                                  headers={"Cookie": cookie})
    assert done.status == 200, await done.text()
    assert api.of("oauth.v2.access")
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(select(SlackInstallation.team_id)).scalars().all() == ["T2"]
    engine.dispose()

    # the new workspace's requests now run with its own token
    driver = SlackDriver(oauth_client)
    form = {"team_id": "T2", "channel_id": "C2", "user_id": "U2", "user_name": "u2", "command": "/seek-advice",
            "text": "", "trigger_id": "trig-2", "api_app_id": "A1"}
    r = await driver.post(urlencode(form), "application/x-www-form-urlencoded")
    assert r.status == 200
    opened = await api.wait_for("views.open")
    assert opened[0].token == "xoxb-installed"

    replayed = await oauth_client.get(f"/slack/oauth_redirect?code=the-code&state={state.group(1)}",
                                      headers={"Cookie": cookie})
    assert replayed.status in (400, 401)  # a state is good once
    assert len(api.of("oauth.v2.access")) == 1
