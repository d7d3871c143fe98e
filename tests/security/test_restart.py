"""The server killed with SIGKILL mid-dialog and started again resumes every open dialog: dialog state lives
in the database, and the modal's metadata (dialog id and version) is all a submission needs."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import aiohttp

from tests.ops.conftest import Server
from tests.security.procs import http, migrated_url, serve_env, servers, start
from tests.security.wire import SlackJourney, input_ids, slack_driver
from tests.slack.fake_api import FakeSlackApi

__all__ = ["http", "migrated_url", "servers"]


async def test_kill_9_mid_dialog_then_restart_resumes_every_open_dialog(
        migrated_url: str, api: FakeSlackApi, http: aiohttp.ClientSession, servers: list[Server],
        tmp_path: Path) -> None:
    env = serve_env(migrated_url, api)
    first = await start(servers, env, tmp_path, http)
    driver = slack_driver(first.base, http)
    at_start = SlackJourney(driver, api, "UKILL1")
    at_situation = SlackJourney(driver, api, "UKILL2")
    at_request = SlackJourney(driver, api, "UKILL3")
    await at_start.start()
    await at_situation.start()
    await at_situation.step({"immediate_risk": "no"})
    await at_request.to_request()  # step 3 of the modal

    first.proc.send_signal(signal.SIGKILL)
    assert first.proc.wait(10) == -signal.SIGKILL

    second = await start(servers, env, tmp_path, http)
    for journey in (at_start, at_situation, at_request):
        journey.slack = slack_driver(second.base, http)
    # Each submits the next step on the view it already had open, with the same metadata.
    assert input_ids(await at_start.step({"immediate_risk": "no"})) == {"situation", "subject"}
    assert "Check before anything is shared" in json.dumps(await at_situation.step({"subject": "child"}))
    assert "recorded" in await at_request.from_request_to_decision()
    assert "Traceback" not in first.log() + second.log()
