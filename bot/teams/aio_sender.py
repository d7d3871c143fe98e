"""Bot Connector calls over aiohttp, for the connector clients the adapter keeps per service URL.

msrest's default pipeline sends with blocking `requests` in the event loop's default thread pool (the
same threads the database calls use) and re-reads the proxy settings from the whole environment on every
send; msrest's own aiohttp sender drops the request's headers and body. This pipeline keeps msrest's
policies (user agent, response deserialiser, HTTP logging) and the app credentials, and sends through one
aiohttp session with keep-alive per service URL, on the event loop.
"""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies, proxy_bypass

import aiohttp
from msrest.pipeline import AsyncHTTPPolicy, AsyncHTTPSender, AsyncPipeline, Request, Response
from msrest.pipeline.universal import RawDeserializer
from msrest.universal_http.aiohttp import AioHttpClientResponse

from bot.teams.direct import Direct

#: As long as msrest's default connection timeout for the Bot Connector.
TIMEOUT = aiohttp.ClientTimeout(total=100)


class _Bearer(AsyncHTTPPolicy):  # type: ignore[misc]
    """What msrest's requests credentials policy does: the app's bearer token on every call, if it has an id."""

    def __init__(self, credentials: Any) -> None:
        super().__init__()
        self.credentials = credentials

    async def send(self, request: Request, **kwargs: Any) -> Response:
        if self.credentials is not None and self.credentials._should_set_token(None):
            # Cached by MSAL almost always; on a miss it fetches a token over blocking HTTP, so not on the loop.
            token = await asyncio.to_thread(self.credentials.get_access_token)
            request.http_request.headers["Authorization"] = f"Bearer {token}"
        assert self.next is not None  # the pipeline links every policy to the next before sending
        return await self.next.send(request, **kwargs)


class _AioSender(AsyncHTTPSender):  # type: ignore[misc]
    def __init__(self, base_url: str) -> None:
        self.session = aiohttp.ClientSession(timeout=TIMEOUT)
        # Proxy settings are read once per service URL, not on every send.
        parts = urlsplit(base_url)
        self.proxy = None if proxy_bypass(parts.hostname or "") else getproxies().get(parts.scheme or "https")

    async def __aenter__(self) -> _AioSender:
        return self

    async def __aexit__(self, *exc_details: Any) -> None:
        await self.session.close()

    def build_context(self) -> None:
        return None

    async def send(self, request: Request, **config: Any) -> Response:
        req = request.http_request
        raw = await self.session.request(req.method, req.url, headers=dict(req.headers), data=req.data,
                                         proxy=self.proxy)
        response = AioHttpClientResponse(req, raw)
        await response.load_body()
        raw.release()
        return Response(request, response)


def use_aiohttp(client: Any) -> Direct:
    """Swap a freshly built `botframework.connector.aio.ConnectorClient`'s pipeline for the aiohttp one;
    returns the same session and credentials for JSON calls that skip msrest (`direct.py`)."""
    config = client.config
    policies = [config.user_agent_policy, _Bearer(config.credentials), RawDeserializer(), config.http_logger_policy]
    sender = _AioSender(config.base_url)
    config.pipeline = AsyncPipeline(policies, sender)
    return Direct(config.base_url, sender.session, sender.proxy, config.credentials)
