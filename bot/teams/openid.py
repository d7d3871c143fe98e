"""Signing keys for Bot Framework tokens, fetched without blocking the event loop, failing closed.

botbuilder 4.17.1 fetches the OpenID metadata and key set with blocking `requests.get` calls and no
timeout, on the event loop, the first time a token arrives and once a day after. Here the same cache
entries are filled asynchronously with a short timeout; when the keys cannot be fetched, validation
fails at once (the request gets 401) and the next attempt waits a few seconds, so an unreachable
metadata host can neither stall the server nor let a token through.
"""

from __future__ import annotations

import time
from datetime import datetime

import aiohttp
from botframework.connector.auth import AuthenticationConstants
from botframework.connector.auth.jwt_token_extractor import JwtTokenExtractor, _OpenIdMetadata

FETCH_TIMEOUT_S = 5.0
RETRY_AFTER_S = 10.0


class AsyncOpenIdMetadata(_OpenIdMetadata):  # type: ignore[misc]
    def __init__(self, url: str) -> None:
        super().__init__(url)
        self._failed_at = 0.0

    async def _refresh(self) -> None:
        if time.monotonic() - self._failed_at < RETRY_AFTER_S:
            raise PermissionError("signing keys unavailable")
        timeout = aiohttp.ClientTimeout(total=FETCH_TIMEOUT_S)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as http:
                async with http.get(self.url) as resp:
                    resp.raise_for_status()
                    keys_url = (await resp.json(content_type=None))["jwks_uri"]
                async with http.get(keys_url) as resp:
                    resp.raise_for_status()
                    keys = (await resp.json(content_type=None))["keys"]
        except Exception as exc:
            self._failed_at = time.monotonic()
            raise PermissionError("signing keys unavailable") from exc
        if not isinstance(keys, list):
            raise PermissionError("signing keys malformed")
        self.keys = keys
        self.last_updated = datetime.now()


def install(channel_metadata_url: str = "") -> str:
    """Put async fetchers in botbuilder's metadata cache; returns the channel metadata URL in use."""
    channel = channel_metadata_url or AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
    for url in (channel, AuthenticationConstants.TO_BOT_FROM_EMULATOR_OPENID_METADATA_URL):
        if not isinstance(JwtTokenExtractor.metadataCache.get(url), AsyncOpenIdMetadata):
            JwtTokenExtractor.metadataCache[url] = AsyncOpenIdMetadata(url)
    return channel
