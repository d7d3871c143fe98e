"""Inbound Bot Framework activities, checked and reduced to what Sharewise reads.

Anything malformed raises `Malformed` (the endpoint answers 400) before any turn runs. Card clicks come
back as `CardAction`s: the action id, the card they belong to and the field values, type-checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.teams.cards import INPUT_PREFIX
from dialogs.messages import Submission

THREAD_MARK = ";messageid="
MAX_TEXT = 20_000
_ACTION_ID = re.compile(r"[a-z][a-z0-9_.]{0,39}")
_REF = re.compile(r"(consultation|escalation|decision):(\d{1,12})")
_AT_TAG = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)


class Malformed(ValueError):
    """The request is not an activity Sharewise can read (answered with 400)."""


@dataclass(frozen=True, slots=True)
class Person:
    """Someone other than the bot @mentioned in a message (an admin naming a new DSL)."""

    id: str
    aad: str = ""
    name: str = ""


@dataclass(frozen=True, slots=True)
class Inbound:
    type: str
    id: str
    channel_id: str
    service_url: str
    conversation_id: str
    conversation_type: str
    tenant_id: str
    from_id: str
    from_aad: str
    from_name: str
    recipient_id: str
    text: str = ""
    value: Any = None
    reply_to_id: str = ""
    name: str = ""
    mentions: tuple[str, ...] = ()
    #: Other people @mentioned, in order.
    people: tuple[Person, ...] = ()

    @property
    def user_id(self) -> str:
        """The stable id Sharewise knows a person by: their Entra (AAD) object id, else the Teams id."""
        return self.from_aad or self.from_id

    @property
    def org_id(self) -> str:
        return self.tenant_id or "teams"

    @property
    def personal(self) -> bool:
        return self.conversation_type == "personal"

    @property
    def base_conversation(self) -> str:
        """The channel (or chat) without the thread marker."""
        return self.conversation_id.split(THREAD_MARK, 1)[0]

    @property
    def in_thread(self) -> bool:
        return THREAD_MARK in self.conversation_id

    def command_text(self) -> str:
        """The typed text without @mentions, squeezed to single spaces."""
        text = self.text
        for mention in self.mentions:
            text = text.replace(mention, " ")
        text = _AT_TAG.sub(" ", text)
        return " ".join(text.split())


def _dict(data: dict[str, Any], key: str, required: bool = True) -> dict[str, Any]:
    value = data.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict):
        raise Malformed(f"{key} must be an object")
    return value


def _str(data: dict[str, Any], key: str, required: bool = False, limit: int = 1000) -> str:
    value = data.get(key)
    if value is None:
        if required:
            raise Malformed(f"{key} is required")
        return ""
    if not isinstance(value, str) or len(value) > limit:
        raise Malformed(f"{key} must be a string of at most {limit} characters")
    if required and not value.strip():
        raise Malformed(f"{key} must not be empty")
    return value


def parse(data: Any) -> Inbound:
    if not isinstance(data, dict):
        raise Malformed("an activity must be a JSON object")
    kind = _str(data, "type", required=True, limit=50)
    service_url = _str(data, "serviceUrl", required=True, limit=500)
    if not service_url.startswith(("https://", "http://")):
        raise Malformed("serviceUrl must be an http(s) URL")
    conv = _dict(data, "conversation")
    sender = _dict(data, "from", required=kind in ("message", "invoke"))
    recipient = _dict(data, "recipient", required=False)
    channel_data = _dict(data, "channelData", required=False)
    tenant = channel_data.get("tenant")
    tenant_id = _str(conv, "tenantId", limit=200) or (
        _str(tenant, "id", limit=200) if isinstance(tenant, dict) else "")
    entities = data.get("entities") or []
    if not isinstance(entities, list):
        raise Malformed("entities must be a list")
    recipient_id = _str(recipient, "id", limit=300)
    mentions = tuple(
        str(e["text"]) for e in entities
        if isinstance(e, dict) and e.get("type") == "mention" and isinstance(e.get("text"), str)
        and isinstance(e.get("mentioned"), dict) and e["mentioned"].get("id") == recipient_id)
    people = tuple(
        Person(_str(m, "id", limit=300), _str(m, "aadObjectId", limit=300), _str(m, "name", limit=300))
        for m in (e.get("mentioned") for e in entities if isinstance(e, dict) and e.get("type") == "mention")
        if isinstance(m, dict) and isinstance(m.get("id"), str) and m["id"] and m["id"] != recipient_id)
    return Inbound(
        type=kind, id=_str(data, "id", limit=300), channel_id=_str(data, "channelId", limit=50),
        service_url=service_url, conversation_id=_str(conv, "id", required=True, limit=500),
        # Teams always names the type; other Bot Framework clients (the Emulator) talk one-to-one unless grouped.
        conversation_type=_str(conv, "conversationType", limit=50) or (
            "groupChat" if conv.get("isGroup") is True else "personal"),
        tenant_id=tenant_id,
        from_id=_str(sender, "id", required=kind in ("message", "invoke"), limit=300),
        from_aad=_str(sender, "aadObjectId", limit=300), from_name=_str(sender, "name", limit=300),
        recipient_id=recipient_id, text=_str(data, "text", limit=MAX_TEXT), value=data.get("value"),
        reply_to_id=_str(data, "replyToId", limit=300), name=_str(data, "name", limit=100),
        mentions=mentions, people=people,
    )


@dataclass(frozen=True, slots=True)
class CardAction:
    action: str
    dialog_id: int | None = None
    version: int | None = None
    carry: dict[str, str] = field(default_factory=dict)
    ref: tuple[str, int] | None = None
    target: int | None = None
    values: dict[str, str | list[str]] = field(default_factory=dict)

    def submission(self) -> Submission:
        return Submission(self.action, dict(self.values), self.dialog_id, self.version, dict(self.carry))


def _opt_int(data: dict[str, Any], key: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 10**12:
        raise Malformed(f"{key} must be a whole number")
    return value


def is_card_action(value: Any) -> bool:
    return isinstance(value, dict) and "sw" in value


def card_action(data: Any) -> CardAction:
    """Read the `data` of an Action.Submit / Action.Execute (inputs merged in by Teams)."""
    if not isinstance(data, dict):
        raise Malformed("card data must be an object")
    action = data.get("sw")
    if not isinstance(action, str) or not _ACTION_ID.fullmatch(action):
        raise Malformed("unknown card action format")
    carry = data.get("carry") or {}
    if not isinstance(carry, dict) or len(carry) > 10 or not all(
            isinstance(k, str) and isinstance(v, str) and len(v) <= MAX_TEXT for k, v in carry.items()):
        raise Malformed("carry must map names to text")
    ref = None
    if "ref" in data:
        m = _REF.fullmatch(str(data["ref"]))
        if not isinstance(data["ref"], str) or m is None:
            raise Malformed("ref must look like kind:id")
        ref = (m.group(1), int(m.group(2)))
    target = None
    if "value" in data:
        raw = data["value"]
        if not isinstance(raw, str) or not raw.isdigit() or len(raw) > 12:
            raise Malformed("value must be a record id")
        target = int(raw)
    values: dict[str, str | list[str]] = {}
    for key, value in data.items():
        if not key.startswith(INPUT_PREFIX):
            continue
        name = key[len(INPUT_PREFIX):]
        if isinstance(value, str) and len(value) <= MAX_TEXT:
            values[name] = value
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            values[name] = [str(v) for v in value]
        else:
            raise Malformed("field values must be text")
    return CardAction(action, _opt_int(data, "dialog_id"), _opt_int(data, "version"), dict(carry), ref,
                      target, values)
