"""Private replies that come later than Slack's 3-second ack: a direct message, with or without a file.

Files go up the way Slack asks since 2024 (`files.uploadV2`: `files.getUploadURLExternal`, the bytes to
the URL it returns, then `files.completeUploadExternal`), shared only into the person's DM with the bot.
"""

from __future__ import annotations

from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.web.async_client import AsyncWebClient

from bot.logging_setup import log
from bot.slack import blocks
from bot.slack.escape import fit
from dialogs.messages import Message, Notice


async def dm_channel(client: AsyncWebClient, user_id: str) -> str:
    opened = await client.conversations_open(users=user_id)
    return str((opened.get("channel") or {}).get("id", ""))


async def dm(client: AsyncWebClient, user_id: str, messages: list[Message]) -> None:
    for msg in messages:
        try:
            await client.chat_postMessage(channel=user_id, **blocks.message(msg))
        except SlackApiError as exc:
            log.warning("slack.dm_failed", error=str(exc.response.get("error")))


async def dm_file(client: AsyncWebClient, user_id: str, content: bytes, filename: str, note: Notice) -> bool:
    """Upload `content` into the person's DM with the bot; False (logged, never the content) if it failed."""
    try:
        channel = await dm_channel(client, user_id)
        await client.files_upload_v2(channel=channel, content=content, filename=filename, title=filename,
                                     initial_comment=fit(note.text, 3000))
    except SlackClientError as exc:  # an API error, or the upload URL refusing the bytes
        error = exc.response.get("error") if isinstance(exc, SlackApiError) else type(exc).__name__
        log.warning("slack.file_upload_failed", error=str(error))
        return False
    log.info("slack.file_sent", bytes=len(content))
    return True
