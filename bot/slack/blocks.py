"""Neutral cards and notices as Block Kit for channel messages, DMs and the App Home tab.

Every text is escaped (see `escape`). Section and header texts are plain_text where Slack allows it, so
nothing typed can turn into bold, a link or a mention; facts use mrkdwn only for the bold label.
"""

from __future__ import annotations

from typing import Any

from bot.slack.escape import chunks, fit
from dialogs.messages import Action, Card, Fact, Message, Notice

Block = dict[str, Any]

SECTION_TEXT = 3000
HEADER_TEXT = 150
FIELD_TEXT = 2000
FIELDS_PER_SECTION = 10
BUTTON_TEXT = 75
BUTTON_VALUE = 2000
FALLBACK_TEXT = 3000
MESSAGE_BLOCKS = 50
TONE_MARK = {"info": "", "success": "✅ ", "warning": "⚠️ ", "urgent": "🚨 "}


def plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": fit(text, limit) or " ", "emoji": True}


def header(title: str) -> Block:
    return {"type": "header", "text": plain(title, HEADER_TEXT)}


def sections(text: str) -> list[Block]:
    return [{"type": "section", "text": {"type": "plain_text", "text": piece, "emoji": True}}
            for piece in chunks(text, SECTION_TEXT)]


def facts(items: tuple[Fact, ...]) -> list[Block]:
    blocks: list[Block] = []
    fields = [{"type": "mrkdwn", "verbatim": True,
               "text": f"*{fit(f.label, 200)}*\n" + fit(f.value, FIELD_TEXT - 210)} for f in items]
    for i in range(0, len(fields), FIELDS_PER_SECTION):
        blocks.append({"type": "section", "fields": fields[i:i + FIELDS_PER_SECTION]})
    return blocks


def button(action: Action, action_id: str, value: str | None = None) -> Block:
    b: Block = {"type": "button", "action_id": action_id, "text": plain(action.label, BUTTON_TEXT),
                "value": (value if value is not None else action.value)[:BUTTON_VALUE]}
    if action.style in ("primary", "danger"):
        b["style"] = action.style
    return b


def notice_blocks(n: Notice) -> list[Block]:
    return sections(TONE_MARK[n.tone] + n.text)


def card_blocks(card: Card, with_actions: bool = True) -> list[Block]:
    blocks: list[Block] = [header(card.title)]
    for s in card.sections:
        blocks.extend(sections(s))
    blocks.extend(facts(card.facts))
    if card.image is not None and card.image.url:
        # Slack fetches images itself, so only a chart served at a URL can be shown.
        blocks.append({"type": "image", "image_url": card.image.url, "alt_text": fit(card.image.alt, 2000) or " "})
    if with_actions and card.actions:
        blocks.append({"type": "actions", "block_id": "actions",
                       "elements": [button(a, a.id) for a in card.actions[:25]]})
    return blocks[:MESSAGE_BLOCKS]


def message(msg: Message) -> dict[str, Any]:
    """Arguments for chat.postMessage / chat.update: blocks plus an escaped fallback `text`."""
    if isinstance(msg, Notice):
        return {"text": fit(TONE_MARK[msg.tone] + msg.text, FALLBACK_TEXT), "blocks": notice_blocks(msg)}
    return {"text": fit(msg.title, FALLBACK_TEXT), "blocks": card_blocks(msg)}


def home_view(card: Card) -> dict[str, Any]:
    return {"type": "home", "blocks": card_blocks(card)[:100]}

