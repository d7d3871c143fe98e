"""The seam between Sharewise and the Bot Framework SDK (botbuilder-python 4.17.1).

Every botbuilder import in Sharewise is in this module or `openid.py`. The channel logic
(`channel.py`, `delivery.py`, `cards.py`, `inbound.py`) speaks only the Bot Framework wire schema as plain
dicts, through the two protocols in `ports.py`: `Turn` (reply into the current conversation, update a
card) and `Connector` (send, update and open conversations anywhere). Moving to the Microsoft 365 Agents
SDK (`microsoft-agents-hosting-aiohttp` / `-teams`) means rewriting this file and `openid.py`; stored
conversation references are ConversationReference JSON and carry over as they are.

What this module adds to a plain `CloudAdapter.process`:
- it checks the request itself: 415 without JSON, 400 for malformed activities or card data, 401 for a
  missing or invalid token (any failure to validate fails closed), and refuses all traffic without an
  app id unless local development is explicitly allowed;
- it writes invoke responses itself, which works around the 4.17.1 defect that serialises them twice
  (HTTP 500 for `deliveryMode: expectReplies` and `adaptiveCard/action`);
- it keeps one connector client per service URL (and one token client) instead of building two msrest
  clients on every turn, which is most of a bare CloudAdapter's per-turn cost.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsActivityHandler
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import (
    Activity,
    AdaptiveCardInvokeResponse,
    AdaptiveCardInvokeValue,
    ChannelAccount,
    ConversationAccount,
    ConversationParameters,
    ConversationReference,
)
from botbuilder.schema.teams import TeamInfo, TeamsChannelAccount
from botframework.connector.aio import ConnectorClient
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    UserTokenClient,
)

from bot.logging_setup import log
from bot.offload import Offload
from bot.settings import Settings
from bot.teams import aio_sender, openid, retry
from bot.teams.channel import TeamsChannel
from bot.teams.direct import Direct, DirectTurn
from bot.teams.inbound import Inbound, Malformed, card_action, is_card_action, parse

INBOUND_KEY = "sharewise.inbound"
JOB = "teams.turn"
#: Seconds a message waits for the work process to have room (Teams allows 15 for the whole request);
#: after that its turn runs in this process, which slows answers down rather than dropping the message.
ROOM_WAIT = 5.0
MAX_BODY = 512 * 1024


class _Config:
    """The attribute names ConfigurationBotFrameworkAuthentication reads."""

    def __init__(self, settings: Settings, metadata_url: str) -> None:
        self.APP_ID = settings.microsoft_app_id
        self.APP_PASSWORD = settings.microsoft_app_password
        self.APP_TYPE = settings.microsoft_app_type
        self.APP_TENANTID = settings.microsoft_app_tenant_id
        if settings.microsoft_openid_metadata_url:
            # A custom key source (tests, sovereign clouds) switches botbuilder to its fully parameterised
            # mode, which then needs every public-cloud value spelt out.
            tenant = settings.microsoft_app_tenant_id or AuthenticationConstants.DEFAULT_CHANNEL_AUTH_TENANT
            self.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL = metadata_url
            self.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL = (
                AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL)
            self.TO_CHANNEL_FROM_BOT_LOGIN_URL = AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL_PREFIX + tenant
            self.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE = AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE
            self.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER
            self.OAUTH_URL = AuthenticationConstants.OAUTH_URL
            self.CALLER_ID = "urn:botframework:azure"


class _CachingFactory(ConnectorFactory):  # type: ignore[misc]
    def __init__(self, inner: ConnectorFactory, cache: dict[tuple[str, str], ConnectorClient],
                 directs: dict[int, Direct], app_id: str) -> None:
        self._inner = inner
        self._cache = cache
        self._directs = directs
        self._app_id = app_id

    async def create(self, service_url: str, audience: str | None = None) -> ConnectorClient:
        key = (f"{self._app_id}|{audience or ''}", service_url)
        client = self._cache.get(key)
        if client is None:
            client = await self._inner.create(service_url, audience)
            # On the event loop, not blocking `requests` in the thread pool.
            self._directs[id(client)] = aio_sender.use_aiohttp(client)
            self._cache[key] = client
        return client


class _CachingAuthentication(BotFrameworkAuthentication):  # type: ignore[misc]
    """Botbuilder's authentication, with connector and token clients reused across turns."""

    def __init__(self, inner: BotFrameworkAuthentication) -> None:
        self._inner = inner
        self.connectors: dict[tuple[str, str], ConnectorClient] = {}
        #: Per connector client (by id): the same session and credentials for JSON calls (`direct.py`).
        self.directs: dict[int, Direct] = {}
        self._token_clients: dict[str, UserTokenClient] = {}

    @staticmethod
    def _app_id(claims: ClaimsIdentity) -> str:
        claims_map = claims.claims if claims else {}
        return str(claims_map.get(AuthenticationConstants.AUDIENCE_CLAIM)
                   or claims_map.get(AuthenticationConstants.APP_ID_CLAIM) or "")

    async def authenticate_request(self, activity: Activity, auth_header: str | None) -> AuthenticateRequestResult:
        result = await self._inner.authenticate_request(activity, auth_header)
        result.connector_factory = _CachingFactory(result.connector_factory, self.connectors, self.directs,
                                                   self._app_id(result.claims_identity))
        return result

    async def authenticate_streaming_request(self, auth_header: str, channel_id_header: str) -> Any:
        return await self._inner.authenticate_streaming_request(auth_header, channel_id_header)

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return _CachingFactory(self._inner.create_connector_factory(claims_identity), self.connectors,
                               self.directs, self._app_id(claims_identity))

    async def create_user_token_client(self, claims_identity: ClaimsIdentity) -> UserTokenClient:
        app_id = self._app_id(claims_identity)
        client = self._token_clients.get(app_id)
        if client is None:
            client = await self._inner.create_user_token_client(claims_identity)
            self._token_clients[app_id] = client
        return client

    def create_bot_framework_client(self) -> Any:
        return self._inner.create_bot_framework_client()

    def get_originating_audience(self) -> str:
        return str(self._inner.get_originating_audience())

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        return await self._inner.authenticate_channel_request(auth_header)

    async def close(self) -> None:
        for client in self.connectors.values():
            await client.__aexit__(None, None, None)
        self.connectors.clear()


class _Turn:
    """`ports.Turn` over a botbuilder TurnContext."""

    def __init__(self, context: TurnContext) -> None:
        self.context = context
        self.inbound: Inbound = context.turn_state[INBOUND_KEY]
        self.reference: dict[str, Any] = TurnContext.get_conversation_reference(context.activity).serialize()

    async def reply(self, activity: dict[str, Any]) -> str:
        response = await self.context.send_activity(Activity().deserialize(activity))
        return str(response.id) if response is not None and response.id else ""

    async def update(self, activity_id: str, activity: dict[str, Any]) -> None:
        act = Activity().deserialize(activity)
        act.id = activity_id
        act.conversation = self.context.activity.conversation
        await self.context.update_activity(act)


class _Handler(TeamsActivityHandler):  # type: ignore[misc]
    def __init__(self, channel: TeamsChannel) -> None:
        self.channel = channel

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        await self.channel.on_message(_Turn(turn_context))

    async def on_teams_members_added(self, teams_members_added: list[TeamsChannelAccount], team_info: TeamInfo,
                                     turn_context: TurnContext) -> None:
        bot_id = turn_context.activity.recipient.id if turn_context.activity.recipient else None
        added = any(m.id == bot_id for m in teams_members_added)
        await self.channel.on_installed(_Turn(turn_context), added)

    async def on_adaptive_card_invoke(self, turn_context: TurnContext,
                                      invoke_value: AdaptiveCardInvokeValue) -> AdaptiveCardInvokeResponse:
        data = (invoke_value.action or {}).get("data")
        card = await self.channel.on_card_invoke(_Turn(turn_context), data)
        return AdaptiveCardInvokeResponse(status_code=200, type="application/vnd.microsoft.card.adaptive",
                                          value=card)


def _check_card_data(inbound: Inbound) -> None:
    """Refuse malformed card data with 400 before any turn starts (and before any retry is recorded)."""
    if inbound.type == "message" and is_card_action(inbound.value):
        card_action(inbound.value)
    elif inbound.type == "invoke" and inbound.name == "adaptiveCard/action":
        value = inbound.value
        action = value.get("action") if isinstance(value, dict) else None
        if not isinstance(action, dict):
            raise Malformed("adaptiveCard/action needs value.action")
        card_action(action.get("data"))


def _json_error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


class TeamsAdapter:
    """Serves POST /api/messages and implements `ports.Connector`."""

    def __init__(self, settings: Settings, channel_factory: Any, work: Offload | None = None) -> None:
        self.settings = settings
        self.work = work
        if work is not None:
            work.register(JOB, self.run_job)
        self.app_id = settings.microsoft_app_id
        self.enabled = bool(self.app_id or settings.sharewise_teams_allow_unauthenticated)
        metadata_url = openid.install(settings.microsoft_openid_metadata_url)
        self.auth = _CachingAuthentication(ConfigurationBotFrameworkAuthentication(_Config(settings, metadata_url)))
        self.adapter = CloudAdapter(self.auth)
        self.channel: TeamsChannel = channel_factory(self)
        self.bot = _Handler(self.channel)

    # -- inbound ---------------------------------------------------------------------------------------
    async def handle(self, request: web.Request) -> web.Response:
        if not self.enabled:
            return _json_error(401, "Teams is not configured on this server")
        if "application/json" not in request.headers.get("Content-Type", ""):
            return _json_error(415, "expected application/json")
        header = request.headers.get("Authorization", "")
        if self.app_id and not header.startswith("Bearer "):
            return _json_error(401, "missing bearer token")
        try:
            raw = await request.read()
            if len(raw) > MAX_BODY:
                return _json_error(413, "activity too large")
            body = json.loads(raw)
            inbound = parse(body)
            _check_card_data(inbound)
            activity = Activity().deserialize(body)
        except Malformed as exc:
            log.info("teams.malformed_activity", reason=str(exc)[:120])
            return _json_error(400, "malformed activity")
        except Exception as exc:  # bad JSON, msrest DeserializationError and friends
            log.info("teams.malformed_activity", reason=type(exc).__name__)
            return _json_error(400, "malformed activity")
        try:
            # With no app id (local development only) botbuilder gives anonymous claims; any header is ignored.
            auth = await self.auth.authenticate_request(activity, header if self.app_id else None)
            # botbuilder 4.17.1 validates `exp` only when present: a token without one would never expire.
            if self.app_id and "exp" not in (auth.claims_identity.claims or {}):
                raise PermissionError("token has no expiry")
        except Exception as exc:  # every way a token can fail (garbage, expired, wrong key, no keys) is a 401
            log.warning("teams.unauthorised", reason=type(exc).__name__)
            return _json_error(401, "unauthorised")
        if self.work is not None and inbound.type == "message" and body.get("deliveryMode") != "expectReplies":
            # Nothing of the turn goes back in this response: answer now, reply through the connector.
            await self.work.submit(JOB, {"activity": body}, wait=ROOM_WAIT)
            return web.Response(status=201)
        try:
            invoke = await self.adapter.process_activity(auth, activity, self._turn(inbound))
        except Malformed:
            return _json_error(400, "malformed activity")
        except Exception as exc:
            log.error("teams.turn_failed", activity_type=inbound.type, error=type(exc).__name__)
            return _json_error(500, "internal error")
        if invoke is None:
            return web.Response(status=201)
        payload = invoke.body
        if hasattr(payload, "serialize"):  # an msrest model; 4.17.1 sometimes hands over a dict already
            payload = payload.serialize()
        if payload is None:
            return web.Response(status=int(invoke.status))
        return web.json_response(payload, status=int(invoke.status))

    async def run_job(self, payload: dict[str, Any]) -> None:
        """A message turn after its 201 (`offload`), from an activity `handle` has authenticated; it may run
        in the work process. Replies go straight to the connector as JSON (`direct.py`)."""
        body = payload["activity"]
        client = await self._client(str(body["serviceUrl"]))
        await self.channel.on_message(DirectTurn(body, parse(body), self.auth.directs[id(client)]))

    def _turn(self, inbound: Inbound) -> Any:
        async def logic(context: TurnContext) -> None:
            context.turn_state[INBOUND_KEY] = inbound
            await self.bot.on_turn(context)

        return logic

    # -- ports.Connector -------------------------------------------------------------------------------
    async def _client(self, service_url: str) -> ConnectorClient:
        claims = self.adapter.create_claims_identity(self.app_id)
        factory = self.auth.create_connector_factory(claims)
        return await factory.create(service_url, self.auth.get_originating_audience())

    async def send(self, service_url: str, conversation_id: str, activity: dict[str, Any]) -> str:
        client = await self._client(service_url)
        act = Activity().deserialize(activity)
        act.conversation = ConversationAccount(id=conversation_id)
        response = await retry.with_retries(
            "send", lambda: client.conversations.send_to_conversation(conversation_id, act))
        return str(response.id or "")

    async def update(self, service_url: str, conversation_id: str, activity_id: str,
                     activity: dict[str, Any]) -> None:
        client = await self._client(service_url)
        act = Activity().deserialize(activity)
        act.id = activity_id
        act.conversation = ConversationAccount(id=conversation_id)
        await retry.with_retries("update", lambda: client.conversations.update_activity(conversation_id, activity_id,
                                                                                         act), idempotent=True)

    async def create_personal(self, service_url: str, tenant_id: str, bot_id: str, user_id: str,
                              aad_object_id: str) -> dict[str, Any]:
        client = await self._client(service_url)
        params = ConversationParameters(is_group=False, bot=ChannelAccount(id=bot_id),
                                        members=[ChannelAccount(id=user_id)], tenant_id=tenant_id or None,
                                        channel_data={"tenant": {"id": tenant_id}} if tenant_id else None)
        created = await client.conversations.create_conversation(params)
        ref = ConversationReference(
            channel_id="msteams", service_url=service_url, bot=ChannelAccount(id=bot_id),
            user=ChannelAccount(id=user_id, aad_object_id=aad_object_id or None),
            conversation=ConversationAccount(id=created.id, conversation_type="personal",
                                             tenant_id=tenant_id or None))
        return dict(ref.serialize())

    async def member(self, service_url: str, conversation_id: str, user_id: str) -> dict[str, Any] | None:
        client = await self._client(service_url)
        try:
            found = await client.conversations.get_conversation_member(conversation_id, user_id)
        except Exception as exc:  # not a member there, or the lookup failed: the caller asks for an id instead
            log.info("teams.member_lookup_failed", error=type(exc).__name__)
            return None
        return dict(found.serialize()) if found is not None else None

    async def close(self) -> None:
        await self.auth.close()
