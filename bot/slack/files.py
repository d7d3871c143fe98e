"""Private replies that come later than Slack's 3-second ack: a direct message, with or without a file.

Text goes through `post_once` into the bot's DM channel with the person, so a timed-out post is looked for
and not posted twice. A file is not: `files.completeUploadExternal` has no key of ours to look for, so an
upload that times out is not retried (the person is told to try again).

Files go up the way Slack asks since 2024 (`files.uploadV2`: `files.getUploadURLExternal`, the bytes to
the URL it returns, then `files.completeUploadExternal`), shared only into the person's DM with the bot.
"""

from __future__ import annotations

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import blocks
from bot.slack.escape import fit
from bot.slack.post_once import PostUnconfirmed, open_dm, post_once
from dialogs.messages import Message, Notice


async def dm(client: AsyncWebClient, user_id: str, messages: list[Message]) -> None:
    try:
        channel = await open_dm(client, user_id)
        for msg in messages:
            await post_once(client, channel, **blocks.message(msg))
    except SlackApiError as exc:
        log.warning("slack.dm_failed", error=str(exc.response.get("error")))
    except TimeoutError:  # the DM channel could not be opened: nothing was posted
        log.warning("slack.dm_failed", error="timeout")
    except PostUnconfirmed:
        log.warning("slack.dm_unconfirmed")


async def dm_file(client: AsyncWebClient, user_id: str, content: bytes, filename: str, note: Notice) -> bool:
    """Upload `content` into the person's DM with the bot; False (logged, never the content) if it failed."""
    try:
        channel = await open_dm(client, user_id)
        await client.files_upload_v2(channel=channel, content=content, filename=filename, title=filename,
                                     initial_comment=fit(note.text, 3000))
    except SlackClientError as exc:  # an API error, or the upload URL refusing the bytes
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
        log.warning("slack.file_upload_failed", error=str(error))
        return False
    except (TimeoutError, aiohttp.ClientError) as exc:  # it may have landed: not retried, the person is told
        log.warning("slack.file_upload_unconfirmed", error=type(exc).__name__)
        return False
    log.info("slack.file_sent", bytes=len(content))
    return True
