"""Identifiers planted through every surface never reach the database, the server's log (at DEBUG, both
stdout and stderr of `sharewise serve`) or any message others can see.

Surfaces: the Slack command's text, every modal field, a colleague's thread reply; Teams card submissions
and a thread reply; and an export of the decisions. Only the practitioner's own private view (the Slack modal,
their personal chat with the bot) may show what they typed back to them before it is anonymised.
"""

from __future__ import annotations

import asyncio
import subprocess
from datetime import date
from pathlib import Path

import aiohttp
from sqlalchemy import select
from sqlmodel import SQLModel

from storage.db import make_engine
from storage.models import Consultation
from tests.ops.conftest import SHAREWISE, clean_env, free_port, run_cli
from tests.security.procs import http, serve_env
from tests.security.wire import SlackJourney, TeamsJourney, slack_driver
from tests.slack.conftest import COLLEAGUE, TEAM_CHANNEL
from tests.slack.fake_api import FakeSlackApi
from tests.teams.conftest import TEAM_CHANNEL as TEAMS_CHANNEL
from tests.teams.conftest import User, _start
from tests.teams.fake_connector import FakeConnector

__all__ = ["http"]

PERSON = ("Jamie Smith (NHS number 943 476 5919, born 12/03/2016) at St Mary's Primary School, LS6 2AB; "
          "mum Kerry Smith on 07700 900123, kerry.smith@example.com")
IDENTIFIERS = ("Jamie", "Smith", "Kerry", "943 476 5919", "9434765919", "12/03/2016", "St Mary", "LS6 2AB",
               "07700 900123", "kerry.smith@example.com")
PRIVATE_SLACK = {"views.open", "views.update", "views.push"}


def leaks(text: str) -> list[str]:
    return [i for i in IDENTIFIERS if i.lower() in text.lower()]


def database_text(url: str) -> str:
    engine = make_engine(url)
    out: list[str] = []
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            for row in conn.execute(select(table)):
                out.extend(str(v) for v in row)
    engine.dispose()
    return "\n".join(out)


async def test_planted_identifiers_appear_nowhere(tmp_path: Path, api: FakeSlackApi,
                                                  http: aiohttp.ClientSession) -> None:
    url = f"sqlite:///{tmp_path / 'privacy.db'}"
    assert run_cli(["db", "upgrade"], clean_env(DATABASE_URL=url), tmp_path).returncode == 0
    connector = FakeConnector()
    runner, connector.url = await _start(connector.app())
    port = free_port()
    env = serve_env(url, api, SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED="true", TEAMS_TEAM_CHANNEL=TEAMS_CHANNEL,
                    PORT=str(port), HOST="127.0.0.1")
    log_path = tmp_path / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([SHAREWISE, "serve"], env=env, cwd=tmp_path, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):  # wait for the port: there is no event to await from another process
            try:
                async with http.get(base + "/healthz") as r:
                    if r.status == 200:
                        break
            except aiohttp.ClientConnectionError:
                pass
            assert proc.poll() is None, log_path.read_text()
            await asyncio.sleep(0.05)

        # Slack: the command's text, every field of the modal, a colleague's reply in the thread.
        journey = SlackJourney(slack_driver(base, http), api, "UPRIV", channel=TEAM_CHANNEL, situation=PERSON)
        await journey.to_request()
        view = await journey.step({"requester": f"Housing officer for {PERSON}", "information": PERSON,
                                   "purpose": f"Safe move for {PERSON}", "special": "no"})
        while {b.get("block_id") for b in view["blocks"] if b.get("type") == "input"} == {"answer", "note"}:
            view = await journey.step({"answer": "unsure", "note": PERSON})
        view = await journey.step({"consent": "refused", "consent_reason": PERSON})
        r = await journey.slack.interactive(journey.slack.view_click(view, "UPRIV", "step:consult", "consult"))
        assert r.status == 200
        ts = (await api.wait_for("chat.postMessage", 1))[0].answer["ts"]
        engine = make_engine(url)
        for _ in range(500):  # stored just after Slack's answer; a fresh read each time (no old snapshot)
            with engine.connect() as conn:
                if conn.execute(select(Consultation.post_ref)).scalar_one_or_none():
                    break
            await asyncio.sleep(0.02)
        engine.dispose()
        reply = {"type": "message", "channel": TEAM_CHANNEL, "user": COLLEAGUE, "ts": "1700000100.000001",
                 "thread_ts": ts, "text": f"I know {PERSON}; refer today."}
        assert (await journey.slack.event(reply, "EvPriv")).status == 200
        await api.wait_for("reactions.add", 1)
        journey.refresh()
        await journey.step({})
        await journey.step({"outcome": "share", "lawful_basis": "public_task", "informed": "no",
                            "informed_reason": PERSON, "advice_taken": PERSON, "reasons": PERSON})

        # Teams: card submissions and a thread reply.
        alice = User(connector.url + "/", "29:alice", "aad-alice", "Alice", "a:alice-personal")
        bob = User(connector.url + "/", "29:bob", "aad-bob", "Bob", "a:bob-personal")
        teams = TeamsJourney(http, base, connector, alice, bob, TEAMS_CHANNEL)
        assert "recorded" in await teams.run(
            situation=PERSON, reply=f"Call {PERSON}",
            request={"requester": PERSON, "information": PERSON, "purpose": PERSON},
            decision={"outcome": "share", "what_shared": PERSON, "with_whom": "MASH", "shared_on": "2026-01-10",
                      "purpose": PERSON, "lawful_basis": "public_task", "special_condition": "none",
                      "consent": "not_sought_unsafe", "consent_reason": PERSON, "informed": "no",
                      "informed_reason": PERSON, "advice_taken": PERSON, "reasons": PERSON,
                      "requester_told": "", "case_reference": ""})
    finally:
        proc.terminate()
        proc.wait(20)
        await runner.cleanup()

    today = date.today().isoformat()
    exported = run_cli(["export", "--from", "2020-01-01", "--to", today, "--format", "json"],
                       clean_env(DATABASE_URL=url), tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.count('"reasons"') == 2  # both decisions were exported

    seen_by_others = [c.raw for c in api.calls if c.method not in PRIVATE_SLACK] + \
        [c.text for c in connector.calls if alice.personal_conv not in c.path]
    log_text = log_path.read_text()
    assert len(log_text.splitlines()) > 20  # the log saw the traffic (one event per request at least)
    assert not leaks(database_text(url)), leaks(database_text(url))
    assert not leaks(log_text), [line for line in log_text.splitlines() if leaks(line)][:3]
    assert not leaks(exported.stdout), leaks(exported.stdout)
    for text in seen_by_others:
        assert not leaks(text), (leaks(text), text[:300])
    assert any("refer today" in t for t in [database_text(url)])  # the advice itself was kept, without names
