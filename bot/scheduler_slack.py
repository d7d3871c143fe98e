"""Scheduled posts to Slack: `chat.postMessage` to the DSL channel, a team channel or a person's DM.

Small on purpose: the scheduler's cards are a title, plain-text sections, facts, an optional chart and
buttons. Every text is escaped for mrkdwn, so nothing in a card can become a mention or a link.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from dialogs.delivery import DeliveryError
from dialogs.messages import Card, Message, Notice, Post

TokenFor = Callable[[str], Awaitable[str | None]]


def mrkdwn(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _text(kind: str, text: str, limit: int) -> dict[str, Any]:
    return {"type": kind, "text": text if len(text) <= limit else text[: limit - 1] + "…"}


def blocks(message: Message) -> tuple[str, list[dict[str, Any]]]:
    """(fallback text, Block Kit blocks) for a card or a notice."""
    if isinstance(message, Notice):
        return mrkdwn(message.text)[:3000], [{"type": "section", "text": _text("mrkdwn", mrkdwn(message.text), 3000)}]
    card: Card = message
    out: list[dict[str, Any]] = [{"type": "header", "text": _text("plain_text", card.title, 150)}]
    out += [{"type": "section", "text": _text("mrkdwn", mrkdwn(s), 3000)} for s in card.sections if s.strip()]
    if card.facts:
        fields = [_text("mrkdwn", f"*{mrkdwn(f.label)}*\n{mrkdwn(f.value)}", 2000) for f in card.facts[:10]]
        out.append({"type": "section", "fields": fields})
    if card.image is not None and card.image.url:
        out.append({"type": "image", "image_url": card.image.url, "alt_text": card.image.alt[:2000]})
    buttons = []
    for a in card.actions:
        button: dict[str, Any] = {"type": "button", "action_id": a.id, "value": a.value,
                                  "text": _text("plain_text", a.label, 75)}
        if a.style in ("primary", "danger"):
            button["style"] = a.style
        buttons.append(button)
    if buttons:
        out.append({"type": "actions", "elements": buttons})
    return mrkdwn(card.title), out


class SlackDeliverer:
    """Implements `dialogs.delivery.Deliverer` for Slack."""

    def __init__(self, token: str, api_url: str, dsl_channel: str, team_channel: str,
                 token_for: TokenFor | None = None) -> None:
        self.client = AsyncWebClient(token=token or None, base_url=api_url)
        self.token = token
        self.dsl_channel, self.team_channel = dsl_channel, team_channel
        #: Multi-workspace installs: the bot token of the workspace (org) a post is for.
        self.token_for = token_for

    def target(self, post: Post, channel: str | None) -> str:
        if channel:
            return channel
        if post.audience == "user":
            return post.user_id or ""  # a user id as channel posts to the app's DM with them
        return self.dsl_channel if post.audience == "dsl" else self.team_channel

    async def deliver(self, org_id: str, post: Post, channel: str | None = None) -> str | None:
        where = self.target(post, channel)
        if not where:
            raise DeliveryError(f"no Slack channel configured for the {post.audience} audience")
        token = (await self.token_for(org_id) if self.token_for else None) or self.token
        text, body = blocks(post.message)
        kw: dict[str, Any] = {"thread_ts": post.thread_of.partition(":")[2]} if post.thread_of else {}
        resp = await self.client.chat_postMessage(channel=where, text=text, blocks=body, token=token or None,
                                                  unfurl_links=False, unfurl_media=False, **kw)
        return f"{resp.get('channel', where)}:{resp.get('ts', '')}"

    async def close(self) -> None:
        session = getattr(self.client, "session", None)
        if session is not None and not session.closed:
            await session.close()
