"""Pre-go-live checks of the configuration and what it can reach (`sharewise doctor`).

Each check says what it found and, when something is wrong, what to do about it. A check never puts a
secret into what it says: not a token, not a password, not a database URL (which can hold a password).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import col

from bot.settings import Settings
from dialogs.actors import Role
from dialogs.rulesets import RulesetError, load_ruleset
from storage.db import make_engine, normalise_url, session_scope
from storage.migrate import status
from storage.models import RoleGrant

SLACK_BOT_TOKEN = re.compile(r"xoxb-[0-9]+-[0-9]+-[A-Za-z0-9]+")
SLACK_APP_TOKEN = re.compile(r"xapp-[0-9]+-[A-Za-z0-9]+-[0-9]+-[A-Za-z0-9]+")
SLACK_SIGNING_SECRET = re.compile(r"[0-9a-f]{32}")
SLACK_CLIENT_ID = re.compile(r"[0-9]+\.[0-9]+")
SLACK_CLIENT_SECRET = re.compile(r"[0-9a-f]{32}")
GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")

SLACK_CREDENTIALS = "Basic Information → App Credentials in your Slack app's settings"
SLACK_TOKENS = "OAuth & Permissions in your Slack app's settings"
AZURE_BOT = "your Azure Bot's Configuration page"


class Outcome(Enum):
    OK = "✓"
    FAIL = "✗"
    WARN = "!"  # could not be checked from here, or allowed but worth knowing: never fails the run


@dataclass(frozen=True)
class Check:
    name: str
    outcome: Outcome
    found: str
    fix: str = ""

    def line(self) -> str:
        text = f"{self.outcome.value} {self.name}: {self.found}"
        return f"{text} — {self.fix}" if self.fix else text


def ok(name: str, found: str) -> Check:
    return Check(name, Outcome.OK, found)


def fail(name: str, found: str, fix: str) -> Check:
    return Check(name, Outcome.FAIL, found, fix)


def warn(name: str, found: str, fix: str = "") -> Check:
    return Check(name, Outcome.WARN, found, fix)


def _shaped(pattern: re.Pattern[str], value: str) -> bool:
    return pattern.fullmatch(value) is not None


def describe_database(url: str) -> str:
    """Where the database is, without the user name or password."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() == "sqlite":
        return f"SQLite file {parsed.database}" if parsed.database else "SQLite in memory"
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.get_backend_name()} database {parsed.database} on {parsed.host}{port}"


# --- database and ruleset -------------------------------------------------------------------------


def check_database(settings: Settings) -> tuple[list[Check], Engine | None]:
    where = describe_database(settings.database_url)
    parsed = make_url(normalise_url(settings.database_url))
    if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).exists():
        # Connecting would create an empty file and hide the mistake.
        return [fail("Database", f"no file at {parsed.database}",
                     "run `sharewise db upgrade` to create it, or correct DATABASE_URL")], None
    engine = make_engine(settings.database_url, **({} if parsed.get_backend_name() == "sqlite"
                                                   else {"connect_args": {"connect_timeout": 5}}))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        engine.dispose()
        return [fail("Database", f"cannot reach the {where} ({type(exc).__name__})",
                     "check DATABASE_URL, that the server is running and that it accepts connections from here")
                ], None
    checks = [ok("Database", f"reached the {where}")]
    st = status(engine)
    problem = st.problem()
    if problem:
        checks.append(fail("Migrations", f"schema at {st.current or 'nothing'}, this version needs {st.head}",
                           problem))
    else:
        checks.append(ok("Migrations", f"schema is current ({st.current})"))
    return checks, engine


def check_ruleset(settings: Settings) -> Check:
    try:
        ruleset = load_ruleset(settings.sharewise_ruleset)
    except RulesetError as exc:
        return fail("Ruleset", str(exc), "set SHAREWISE_RULESET to a built-in ruleset or fix the file named")
    return ok("Ruleset", f"{settings.sharewise_ruleset} loads ({len(ruleset.rules)} rules)")


def check_dsls(settings: Settings, engine: Engine | None) -> Check:
    configured = [u for u in settings.policy.dsl_users if u]
    granted = 0
    if engine is not None:
        try:
            with session_scope(engine) as s:
                granted = len(s.execute(select(col(RoleGrant.user_id)).where(
                    col(RoleGrant.role) == Role.DSL.value)).all())
        except Exception:  # the migrations check already says what is wrong with the schema
            granted = 0
    if configured or granted:
        return ok("DSLs", f"{len(configured)} from SHAREWISE_DSL_USERS, {granted} granted in chat")
    return fail("DSLs", "no designated safeguarding lead is configured",
                "set SHAREWISE_DSL_USERS to the chat user ids of your DSLs (comma-separated)")


def check_platforms(settings: Settings) -> Check:
    enabled = [name for name, on in (("Slack", settings.slack_enabled), ("Teams", settings.teams_enabled)) if on]
    if enabled:
        return ok("Platforms", " and ".join(enabled) + " configured")
    return fail("Platforms", "neither Slack nor Teams is configured",
                "set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN, or MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD")


# --- Slack ----------------------------------------------------------------------------------------


def slack_oauth(settings: Settings) -> bool:
    """Several workspaces install the app through OAuth; each installation brings its own bot token."""
    return bool(settings.slack_client_id) and not settings.slack_bot_token  # as bot.slack decides


def slack_socket_mode(settings: Settings) -> bool:
    return bool(settings.slack_app_token)


def check_slack_shapes(settings: Settings) -> Iterator[Check]:
    secret = settings.slack_signing_secret
    if secret:
        yield (ok("Slack signing secret", "present and well formed") if _shaped(SLACK_SIGNING_SECRET, secret)
               else fail("Slack signing secret", "present but not 32 hexadecimal characters",
                         f"copy the Signing Secret again from {SLACK_CREDENTIALS}"))
    elif slack_socket_mode(settings):
        yield ok("Slack signing secret", "not needed in Socket Mode")
    else:
        yield fail("Slack signing secret", "missing",
                   f"set SLACK_SIGNING_SECRET to the Signing Secret from {SLACK_CREDENTIALS}")

    token = settings.slack_bot_token
    if token:
        yield (ok("Slack bot token", "present and well formed") if _shaped(SLACK_BOT_TOKEN, token)
               else fail("Slack bot token", "present but not shaped like a bot token (xoxb-…)",
                         f"set SLACK_BOT_TOKEN to the Bot User OAuth Token from {SLACK_TOKENS}"))
    elif slack_oauth(settings):
        yield ok("Slack bot token", "not needed: each workspace's token comes from its OAuth installation")
    else:
        yield fail("Slack bot token", "missing",
                   f"set SLACK_BOT_TOKEN to the Bot User OAuth Token (xoxb-…) from {SLACK_TOKENS}")

    if settings.slack_app_token:
        yield (ok("Slack app token", "present and well formed (Socket Mode)")
               if _shaped(SLACK_APP_TOKEN, settings.slack_app_token)
               else fail("Slack app token", "present but not shaped like an app-level token (xapp-…)",
                         "set SLACK_APP_TOKEN to an app-level token with connections:write, from Basic "
                         "Information → App-Level Tokens; or unset it to use HTTP mode"))

    if slack_oauth(settings):
        yield (ok("Slack client id", "well formed") if _shaped(SLACK_CLIENT_ID, settings.slack_client_id)
               else fail("Slack client id", "not shaped like a Slack client id (digits.digits)",
                         f"copy the Client ID again from {SLACK_CREDENTIALS}"))
        client_secret = settings.slack_client_secret
        if not client_secret:
            yield fail("Slack client secret", "missing (needed with SLACK_CLIENT_ID)",
                       f"set SLACK_CLIENT_SECRET from {SLACK_CREDENTIALS}")
        else:
            yield (ok("Slack client secret", "present and well formed")
                   if _shaped(SLACK_CLIENT_SECRET, client_secret)
                   else fail("Slack client secret", "present but not 32 hexadecimal characters",
                             f"copy the Client Secret again from {SLACK_CREDENTIALS}"))


def check_slack_auth(settings: Settings) -> Check | None:
    """Ask Slack (`auth.test`, at SLACK_API_URL) whether it accepts the bot token."""
    if not _shaped(SLACK_BOT_TOKEN, settings.slack_bot_token):
        return None
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    base = settings.slack_api_url if settings.slack_api_url.endswith("/") else settings.slack_api_url + "/"
    client = WebClient(token=settings.slack_bot_token, base_url=base, timeout=5)
    client.retry_handlers = []  # one answer is enough for a check; do not wait through retries
    try:
        answer = client.auth_test()
    except SlackApiError as exc:
        code = str(exc.response.get("error", "unknown_error")) if exc.response is not None else "unknown_error"
        return fail("Slack auth.test", f"Slack refused the bot token ({code})",
                    "reinstall the app to your workspace and copy the new Bot User OAuth Token into SLACK_BOT_TOKEN")
    except Exception as exc:
        return warn("Slack auth.test", f"Slack could not be reached from here ({type(exc).__name__})",
                    "if this server should reach Slack, check outbound HTTPS to SLACK_API_URL")
    team = answer.get("team") or answer.get("team_id") or "your workspace"
    return ok("Slack auth.test", f"Slack accepts the bot token for {team}")


def check_slack_channels(settings: Settings) -> Iterator[Check]:
    for name, value, purpose in (("SLACK_TEAM_CHANNEL", settings.slack_team_channel, "consultations"),
                                 ("SLACK_DSL_CHANNEL", settings.slack_dsl_channel, "escalations")):
        if value.strip():
            yield ok(f"Slack {purpose} channel", "set")
        else:
            yield fail(f"Slack {purpose} channel", f"{name} is not set",
                       f"set {name} to the channel id (C…) where {purpose} are posted, and invite the app there")


# --- Teams ----------------------------------------------------------------------------------------


def check_teams(settings: Settings) -> Iterator[Check]:
    if not settings.microsoft_app_id and settings.sharewise_teams_allow_unauthenticated:
        yield warn("Teams app id", "none: local development mode accepts Teams traffic without a token",
                   "never use SHAREWISE_TEAMS_ALLOW_UNAUTHENTICATED in production; set MICROSOFT_APP_ID there")
    elif _shaped(GUID, settings.microsoft_app_id):
        yield ok("Teams app id", "present and well formed")
    else:
        yield fail("Teams app id", "not a GUID",
                   f"set MICROSOFT_APP_ID to the Microsoft App ID from {AZURE_BOT}")
        return
    if settings.microsoft_app_id:
        password = settings.microsoft_app_password
        if not password or password != password.strip():
            found = "missing" if not password else "has spaces at its start or end"
            yield fail("Teams app password", found,
                       f"set MICROSOFT_APP_PASSWORD to a client secret of the app named on {AZURE_BOT}")
        else:
            yield ok("Teams app password", "present")
        if settings.microsoft_app_type == "SingleTenant":
            yield (ok("Teams tenant id", "present and well formed")
                   if _shaped(GUID, settings.microsoft_app_tenant_id)
                   else fail("Teams tenant id", "a single-tenant app needs its tenant id (a GUID)",
                             "set MICROSOFT_APP_TENANT_ID to your Microsoft Entra tenant id"))
    for name, value, purpose in (("TEAMS_TEAM_CHANNEL", settings.teams_team_channel, "consultations"),
                                 ("TEAMS_DSL_CHANNEL", settings.teams_dsl_channel, "escalations")):
        if value.strip():
            yield ok(f"Teams {purpose} channel", "set")
        else:
            yield fail(f"Teams {purpose} channel", f"{name} is not set",
                       f"set {name} to the channel's conversation id (19:…@thread.tacv2) for {purpose}")


# --- all together -----------------------------------------------------------------------------------


def run(settings: Settings, echo: Callable[[Check], None] | None = None) -> list[Check]:
    """Every check, in the order an installer would fix them; `echo` sees each as soon as it is known."""
    results: list[Check] = []

    def add(check: Check | None) -> None:
        if check is not None:
            results.append(check)
            if echo is not None:
                echo(check)

    db_checks, engine = check_database(settings)
    for c in db_checks:
        add(c)
    try:
        add(check_ruleset(settings))
        add(check_platforms(settings))
        if settings.slack_enabled or settings.slack_bot_token:  # a token alone is a half-done set-up
            for c in check_slack_shapes(settings):
                add(c)
            add(check_slack_auth(settings))
            for c in check_slack_channels(settings):
                add(c)
        if settings.teams_enabled or settings.microsoft_app_password:
            for c in check_teams(settings):
                add(c)
        add(check_dsls(settings, engine))
    finally:
        if engine is not None:
            engine.dispose()
    return results


def platform_problems(settings: Settings) -> list[str]:
    """What keeps the configured platforms from working, for /readyz (shapes only; no network)."""
    checks: list[Check] = [check_platforms(settings)]
    if settings.slack_enabled:
        checks.extend(check_slack_shapes(settings))
    if settings.teams_enabled:
        checks.extend(c for c in check_teams(settings) if not c.name.endswith("channel"))
    return [f"{c.name}: {c.found}" for c in checks if c.outcome is Outcome.FAIL]
