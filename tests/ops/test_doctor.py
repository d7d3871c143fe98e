"""`sharewise doctor` catches each misconfiguration it claims to, and never prints a secret.

Slack's `auth.test` is answered by a local fake Web API (SLACK_API_URL points at it) that checks the
bearer token as Slack does and records every call.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot import doctor
from bot.doctor import Check, Outcome
from bot.settings import Settings
from storage import migrate
from storage.db import make_engine, session_scope
from storage.models import RoleGrant
from tests.ops.conftest import SETTING_NAMES, clean_env, free_port

SIGNING_SECRET = "5ec4e7a1b2c3d4e5f60718293a4b5c6d"
BOT_TOKEN = "xoxb-1111111111-2222222222222-S3cretB0tT0kenValue42xx"
APP_ID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
APP_PASSWORD = "Az~SecretAppPassword.ForTeams_0123456789"
CLIENT_SECRET = "c11e47a1b2c3d4e5f60718293a4b5c6d"

TEAMS = {"microsoft_app_id": APP_ID, "microsoft_app_password": APP_PASSWORD,
         "teams_team_channel": "19:team@thread.tacv2", "teams_dsl_channel": "19:dsl@thread.tacv2"}
SLACK = {"slack_signing_secret": SIGNING_SECRET, "slack_bot_token": BOT_TOKEN,
         "slack_team_channel": "C0TEAM0001", "slack_dsl_channel": "C0DSLS0001"}
DSLS = {"sharewise_dsl_users": "U0DSL0001"}


@dataclass
class FakeSlack:
    """Slack's Web API as far as auth.test goes: a bearer token it knows, or `invalid_auth`."""

    url: str
    accepted: set[str]
    calls: list[dict[str, str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def _no_outside_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in os.environ:
        if name.upper() in SETTING_NAMES:
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env file from the developer's folder


@pytest.fixture
async def fake_slack() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack(url="", accepted={BOT_TOKEN})

    async def auth_test(request: web.Request) -> web.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        fake.calls.append({"path": request.path, "token": token})
        if token in fake.accepted:
            return web.json_response({"ok": True, "url": "https://northshire.slack.com/", "team": "Northshire",
                                      "user": "sharewise", "team_id": "T0NORTH01", "user_id": "U0BOT0001",
                                      "bot_id": "B0BOT0001"})
        return web.json_response({"ok": False, "error": "invalid_auth"})

    app = web.Application()
    app.router.add_post("/api/auth.test", auth_test)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake.url = f"http://127.0.0.1:{port}/api/"
    yield fake
    await runner.cleanup()


@pytest.fixture
def sqlite_url(migrated_sqlite: str) -> str:
    return migrated_sqlite


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def checks(**values: Any) -> dict[str, Check]:
    results = doctor.run(settings(**values))
    names = [c.name for c in results]
    assert len(names) == len(set(names)), names
    return {c.name: c for c in results}


def failures(found: dict[str, Check]) -> dict[str, Check]:
    return {name: c for name, c in found.items() if c.outcome is Outcome.FAIL}


async def slack_checks(fake: FakeSlack, **values: Any) -> dict[str, Check]:
    merged = {"slack_api_url": fake.url, **values}
    return await asyncio.to_thread(checks, **merged)


# --- a sound configuration ------------------------------------------------------------------------


async def test_a_sound_configuration_passes_every_check(sqlite_url: str, fake_slack: FakeSlack) -> None:
    found = await slack_checks(fake_slack, database_url=sqlite_url, **SLACK, **TEAMS, **DSLS)
    assert failures(found) == {}
    assert all(c.outcome is Outcome.OK for c in found.values()), [c.line() for c in found.values()]
    assert {"Database", "Migrations", "Ruleset", "Platforms", "Slack signing secret", "Slack bot token",
            "Slack auth.test", "Slack consultations channel", "Slack escalations channel", "Teams app id",
            "Teams app password", "Teams consultations channel", "Teams escalations channel", "DSLs"} <= set(found)
    assert "Northshire" in found["Slack auth.test"].found
    assert fake_slack.calls == [{"path": "/api/auth.test", "token": BOT_TOKEN}]


# --- database and ruleset -------------------------------------------------------------------------


def test_an_unreachable_database_is_named_without_its_password() -> None:
    url = f"postgresql://sharewise:Hunter2DbPass@127.0.0.1:{free_port()}/sharewise"
    found = checks(database_url=url, **TEAMS, **DSLS)
    assert found["Database"].outcome is Outcome.FAIL
    assert "DATABASE_URL" in found["Database"].fix
    assert "Migrations" not in found
    assert all("Hunter2DbPass" not in c.line() for c in found.values())


def test_a_missing_sqlite_file_is_reported_not_created(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.db"
    found = checks(database_url=f"sqlite:///{path}", **TEAMS, **DSLS)
    assert found["Database"].outcome is Outcome.FAIL
    assert "sharewise db upgrade" in found["Database"].fix
    assert not path.exists()


def test_an_unmigrated_database_says_to_run_db_upgrade(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    make_engine(url).connect().close()  # the file exists, with no tables
    found = checks(database_url=url, **TEAMS, **DSLS)
    assert found["Database"].outcome is Outcome.OK
    assert found["Migrations"].outcome is Outcome.FAIL
    assert "sharewise db upgrade" in found["Migrations"].fix


def test_an_unknown_ruleset_fails(sqlite_url: str) -> None:
    found = checks(database_url=sqlite_url, sharewise_ruleset="no-such-rules", **TEAMS, **DSLS)
    assert found["Ruleset"].outcome is Outcome.FAIL
    assert "hmg-2018" in found["Ruleset"].found  # names the rulesets there are


def test_a_broken_ruleset_file_fails(sqlite_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "ours.yml"
    bad.write_text("id: ours\nrules: not-a-list\n")
    found = checks(database_url=sqlite_url, sharewise_ruleset=str(bad), **TEAMS, **DSLS)
    assert found["Ruleset"].outcome is Outcome.FAIL
    assert "ours.yml" in found["Ruleset"].found


def test_no_platform_configured_fails(sqlite_url: str) -> None:
    found = checks(database_url=sqlite_url, **DSLS)
    assert set(failures(found)) == {"Platforms"}
    assert "SLACK_SIGNING_SECRET" in found["Platforms"].fix


def test_no_dsl_fails(sqlite_url: str) -> None:
    found = checks(database_url=sqlite_url, **TEAMS)
    assert set(failures(found)) == {"DSLs"}
    assert "SHAREWISE_DSL_USERS" in found["DSLs"].fix


def test_a_dsl_granted_in_chat_counts(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'granted.db'}"
    migrate.upgrade(url)
    engine = make_engine(url)
    with session_scope(engine) as s:
        s.add(RoleGrant(org_id="T0NORTH01", user_id="U0DSL0002", role="dsl", granted_by="U0ADMIN01"))
    engine.dispose()
    found = checks(database_url=url, **TEAMS)
    assert found["DSLs"].outcome is Outcome.OK
    assert "1 granted in chat" in found["DSLs"].found


# --- Slack ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "check", "secret"), [
    ({"slack_signing_secret": "not-hex-but-32-characters-long!!"}, "Slack signing secret",
     "not-hex-but-32-characters-long!!"),
    ({"slack_signing_secret": SIGNING_SECRET[:-1]}, "Slack signing secret", SIGNING_SECRET[:-1]),
    ({"slack_bot_token": "xoxp-1111111111-2222222222222-UserT0kenNotAB0t"}, "Slack bot token",
     "UserT0kenNotAB0t"),
    ({"slack_app_token": "xapp-NotAnAppTokenValue"}, "Slack app token", "NotAnAppTokenValue"),
])
async def test_a_malformed_slack_credential_fails_without_being_printed(
        sqlite_url: str, fake_slack: FakeSlack, change: dict[str, str], check: str, secret: str) -> None:
    found = await slack_checks(fake_slack, database_url=sqlite_url, **{**SLACK, **change}, **DSLS)
    assert set(failures(found)) == {check}
    assert found[check].fix
    assert all(secret not in c.line() for c in found.values())


async def test_a_missing_signing_secret_fails_in_http_mode(sqlite_url: str, fake_slack: FakeSlack) -> None:
    found = await slack_checks(fake_slack, database_url=sqlite_url, **{**SLACK, "slack_signing_secret": ""},
                               slack_client_id="", **DSLS)
    # A bot token alone does not let Slack reach us: both lines say what is missing.
    assert set(failures(found)) == {"Platforms", "Slack signing secret"}
    assert "SLACK_SIGNING_SECRET" in found["Slack signing secret"].fix


async def test_a_missing_bot_token_fails_without_oauth(sqlite_url: str, fake_slack: FakeSlack) -> None:
    found = await slack_checks(fake_slack, database_url=sqlite_url, **{**SLACK, "slack_bot_token": ""}, **DSLS)
    assert set(failures(found)) == {"Slack bot token"}
    assert "Slack auth.test" not in found
    assert fake_slack.calls == []


async def test_oauth_needs_its_client_secret_not_a_bot_token(sqlite_url: str, fake_slack: FakeSlack) -> None:
    found = await slack_checks(fake_slack, database_url=sqlite_url, **{**SLACK, "slack_bot_token": ""},
                               slack_client_id="1234567890.9876543210", **DSLS)
    assert found["Slack bot token"].outcome is Outcome.OK
    assert set(failures(found)) == {"Slack client secret"}
    found = await slack_checks(fake_slack, database_url=sqlite_url, **{**SLACK, "slack_bot_token": ""},
                               slack_client_id="1234567890.9876543210", slack_client_secret=CLIENT_SECRET, **DSLS)
    assert failures(found) == {}


async def test_a_token_slack_refuses_fails_auth_test(sqlite_url: str, fake_slack: FakeSlack) -> None:
    fake_slack.accepted.clear()  # as after the app was uninstalled or the token revoked
    found = await slack_checks(fake_slack, database_url=sqlite_url, **SLACK, **DSLS)
    assert set(failures(found)) == {"Slack auth.test"}
    assert "invalid_auth" in found["Slack auth.test"].found
    assert fake_slack.calls == [{"path": "/api/auth.test", "token": BOT_TOKEN}]


def test_slack_out_of_reach_is_a_warning_not_a_failure(sqlite_url: str) -> None:
    found = checks(database_url=sqlite_url, slack_api_url=f"http://127.0.0.1:{free_port()}/api/", **SLACK, **DSLS)
    assert failures(found) == {}
    assert found["Slack auth.test"].outcome is Outcome.WARN


async def test_missing_slack_channels_fail(sqlite_url: str, fake_slack: FakeSlack) -> None:
    found = await slack_checks(fake_slack, database_url=sqlite_url,
                               **{**SLACK, "slack_team_channel": "", "slack_dsl_channel": " "}, **DSLS)
    assert set(failures(found)) == {"Slack consultations channel", "Slack escalations channel"}
    assert "SLACK_DSL_CHANNEL" in found["Slack escalations channel"].fix


# --- Teams ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("change", "check"), [
    ({"microsoft_app_id": "my-bot"}, "Teams app id"),
    ({"microsoft_app_password": ""}, "Teams app password"),
    ({"microsoft_app_password": APP_PASSWORD + " "}, "Teams app password"),
    ({"microsoft_app_type": "SingleTenant"}, "Teams tenant id"),
    ({"teams_dsl_channel": ""}, "Teams escalations channel"),
    ({"teams_team_channel": ""}, "Teams consultations channel"),
])
def test_a_teams_misconfiguration_fails(sqlite_url: str, change: dict[str, str], check: str) -> None:
    found = checks(database_url=sqlite_url, **{**TEAMS, **change}, **DSLS)
    assert set(failures(found)) == {check}
    assert all(APP_PASSWORD not in c.line() for c in found.values())


def test_a_single_tenant_app_with_its_tenant_passes(sqlite_url: str) -> None:
    found = checks(database_url=sqlite_url, **TEAMS, microsoft_app_type="SingleTenant",
                   microsoft_app_tenant_id="0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", **DSLS)
    assert failures(found) == {}


def test_local_development_mode_is_allowed_with_a_warning(sqlite_url: str) -> None:
    found = checks(database_url=sqlite_url, **{**TEAMS, "microsoft_app_id": "", "microsoft_app_password": ""},
                   sharewise_teams_allow_unauthenticated=True, **DSLS)
    assert failures(found) == {}
    assert found["Teams app id"].outcome is Outcome.WARN
    assert "production" in found["Teams app id"].fix


# --- the command --------------------------------------------------------------------------------------


def _env(**values: Any) -> dict[str, str]:
    return clean_env(**{k.upper(): str(v) for k, v in values.items()})


async def _doctor(env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).with_name("sharewise")), "doctor", env=env, cwd=cwd,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


SECRETS = (SIGNING_SECRET, BOT_TOKEN, APP_PASSWORD, "Hunter2DbPass")


async def test_the_command_passes_a_sound_configuration(sqlite_url: str, fake_slack: FakeSlack,
                                                        tmp_path: Path) -> None:
    code, out, err = await _doctor(_env(database_url=sqlite_url, slack_api_url=fake_slack.url,
                                        **SLACK, **TEAMS, **DSLS), tmp_path)
    assert code == 0, out + err
    lines = out.strip().splitlines()
    assert lines[-1] == "All checks passed."
    assert all(line.startswith("✓ ") for line in lines[:-2])
    assert not any(secret in out + err for secret in SECRETS)


async def test_the_command_fails_and_says_what_to_do_without_printing_secrets(
        sqlite_url: str, tmp_path: Path) -> None:
    env = _env(database_url=f"postgresql://sharewise:Hunter2DbPass@127.0.0.1:{free_port()}/sharewise",
               slack_signing_secret=SIGNING_SECRET + "0", slack_bot_token=BOT_TOKEN.replace("xoxb", "xoxa"),
               microsoft_app_id=APP_ID, microsoft_app_password=APP_PASSWORD)
    code, out, err = await _doctor(env, tmp_path)
    assert code == 1
    failed = [line for line in out.splitlines() if line.startswith("✗ ")]
    assert {line.split(":")[0][2:] for line in failed} >= {
        "Database", "Slack signing secret", "Slack bot token", "Teams consultations channel", "DSLs"}
    assert all(" — " in line for line in failed)  # each failure says what to do
    assert "problems to fix before go-live" in out
    assert not any(secret in out + err for secret in (*SECRETS, SIGNING_SECRET + "0", BOT_TOKEN[4:]))


async def test_the_command_rejects_an_invalid_setting_without_echoing_it(tmp_path: Path) -> None:
    code, out, err = await _doctor(_env(port="SecretLookingPortValue", sharewise_escalation_hours="-3"), tmp_path)
    assert code == 1
    assert "✗ Setting PORT" in out and "✗ Setting SHAREWISE_ESCALATION_HOURS" in out
    assert "SecretLookingPortValue" not in out + err
