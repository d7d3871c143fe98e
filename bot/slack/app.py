"""The Bolt app: one workspace by bot token, or many through Slack's OAuth install flow."""

from __future__ import annotations

import logging

from slack_bolt.async_app import AsyncApp
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryState
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.settings import Settings
from bot.slack.context import Slack
from bot.slack.listeners import register_all
from bot.slack.oauth_store import DbInstallationStore, DbOAuthStateStore

#: Kept in step with manifest/slack/manifest.yml (a test compares them).
# im:history: only to find our own post's metadata key in the bot's DM after a timed-out post (post_once.py).
BOT_SCOPES = ("channels:history", "chat:write", "chat:write.public", "commands", "files:write", "groups:history",
              "im:history", "im:write", "reactions:write")
INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"


def quiet_logger() -> logging.Logger:
    """Bolt logs request bodies at DEBUG; those can hold case text, so its logger never goes below INFO."""
    logger = logging.getLogger("sharewise.slack.bolt")
    logger.setLevel(logging.INFO)
    return logger




class _NotAfterTimeout(AsyncConnectionErrorRetryHandler):  # type: ignore[misc]
    """slack_sdk's default handler retries a read timeout as a connection error, but a call that timed out
    may have been acted on: a post or a file shared twice. Posts are made timeout-safe by `post_once`
    (which looks before posting again); everything else is not repeated after a timeout."""

    async def _can_retry_async(self, *, state: RetryState, request: HttpRequest,
                               response: HttpResponse | None = None, error: Exception | None = None) -> bool:
        if isinstance(error, TimeoutError):  # aiohttp's ServerTimeoutError is one too
            return False
        return bool(await super()._can_retry_async(state=state, request=request, response=response, error=error))


def web_client(settings: Settings, token: str | None) -> AsyncWebClient:
    client = AsyncWebClient(token=token or None, base_url=settings.slack_api_url,
                            timeout=int(settings.slack_api_timeout))
    # Slack's 429s say when to come back (Retry-After); 5xx are usually brief.
    client.retry_handlers = [_NotAfterTimeout(), AsyncRateLimitErrorRetryHandler(max_retry_count=3),
                             AsyncServerErrorRetryHandler(max_retry_count=2)]
    return client


def oauth_mode(settings: Settings) -> bool:
    return bool(settings.slack_client_id and settings.slack_client_secret and not settings.slack_bot_token)


def build_bolt(slack: Slack) -> AsyncApp:
    settings = slack.settings
    secret = settings.slack_signing_secret or None
    # `http.events_handler` is the only HTTP way into Bolt and refuses any request whose signature or
    # timestamp is wrong before Bolt sees it; Socket Mode requests are not signed at all. Bolt checking
    # the same HMAC again would only cost every request (acks included) a second parse and hash.
    common = {"signing_secret": secret, "request_verification_enabled": False,
              "logger": quiet_logger(), "process_before_response": False}
    if oauth_mode(settings):
        engine = slack.core.engine
        oauth = AsyncOAuthSettings(
            client_id=settings.slack_client_id, client_secret=settings.slack_client_secret,
            scopes=list(BOT_SCOPES), install_path=INSTALL_PATH, redirect_uri_path=REDIRECT_PATH,
            installation_store=DbInstallationStore(engine, settings.slack_client_id),
            state_store=DbOAuthStateStore(engine))
        app = AsyncApp(client=web_client(settings, None), oauth_settings=oauth, **common)  # type: ignore[arg-type]
    else:
        app = AsyncApp(client=web_client(settings, settings.slack_bot_token), **common)  # type: ignore[arg-type]
    register_all(app, slack)
    return app
