"""`POST /slack/events` on the shared aiohttp app, plus the OAuth install routes in multi-workspace mode.

Every request is checked before Bolt sees it: a bad or stale signature is 401, and a payload type we do
not handle is 400, so neither can reach the core.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier

from bot.logging_setup import log
from bot.offload import Offload
from bot.slack import fast_path, payload_shape
from bot.slack.context import Slack

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

EVENT_TYPES = {"url_verification", "event_callback"}
#: Only what the app registers: no global shortcuts, and modals are not opened with notify_on_close.
INTERACTIVE_TYPES = {"block_actions", "view_submission", "message_action"}


def _json_object(text: str) -> dict[str, Any] | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nesting deeper than the parser's stack
        return None
    return data if isinstance(data, dict) else None


def _known(body: str, content_type: str, slack: Slack) -> tuple[bool, dict[str, list[str]], dict[str, Any] | None]:
    """Whether we handle this payload, with the form and interactive payload parsed on the way."""
    if "json" in content_type:
        data = _json_object(body)
        return data is not None and payload_shape.event(data), {}, None  # only url_verification, event_callback
    form = parse_qs(body, keep_blank_values=True)
    if "payload" in form:
        data = _json_object(form["payload"][0])
        return data is not None and payload_shape.interactive(data), form, data  # only INTERACTIVE_TYPES
    if "command" in form:
        return form["command"][0] in slack.registered["commands"] and payload_shape.command(form), form, None
    return "ssl_check" in form, form, None


def events_handler(bolt: AsyncApp, slack: Slack, work: Offload) -> Handler:
    verifier = SignatureVerifier(slack.settings.slack_signing_secret)

    async def handle(request: web.Request) -> web.StreamResponse:
        body = await request.text()
        stamp = request.headers.get("X-Slack-Request-Timestamp", "")
        signature = request.headers.get("X-Slack-Signature", "")
        if not (stamp.isdigit() and signature and verifier.is_valid(body, stamp, signature)):
            log.warning("slack.signature_refused")
            return web.json_response({"error": "invalid request"}, status=401)
        known, form, interactive = _known(body, request.content_type, slack)
        if not known:
            log.warning("slack.unknown_payload")
            return web.json_response({"error": "unsupported payload"}, status=400)
        fast = None
        if "command" in form:
            fast = await fast_path.try_command(bolt, work, form)
        elif interactive is not None:
            fast = await fast_path.try_submission(bolt, slack, work, interactive)
        if fast is not None:
            return fast
        return await to_aiohttp_response(await bolt.async_dispatch(await to_bolt_request(request)))

    return handle


def oauth_handlers(bolt: AsyncApp) -> tuple[Handler, Handler]:
    flow = bolt.oauth_flow
    assert flow is not None

    async def install(request: web.Request) -> web.StreamResponse:
        return await to_aiohttp_response(await flow.handle_installation(await to_bolt_request(request)))

    async def callback(request: web.Request) -> web.StreamResponse:
        return await to_aiohttp_response(await flow.handle_callback(await to_bolt_request(request)))

    return install, callback
