"""Typed records commands in the personal chat: `export`, `purge`, and `dsl` / `admin` role changes.

The core authorises and audits each one; this module reads the words, names the person an admin means,
and sends the answer (an export as a small file attached to the reply).
"""

from __future__ import annotations

import asyncio
import re
from typing import Any, cast

from bot.settings import Settings
from bot.teams import cards
from bot.teams.delivery import Delivery
from bot.teams.inbound import Person
from bot.teams.ports import Connector, Turn
from dialogs import chat_records
from dialogs.actors import Actor, allowed
from dialogs.messages import Notice, Reply
from dialogs.retention import purge_for
from dialogs.roles_admin import Op, change_dsl, grant_role, revoke_role
from dialogs.runtime import Sharewise

COMMAND = re.compile(r"^/?(?P<word>export|purge|dsl|admin)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: An Entra object id (what Sharewise knows Teams people by), or a Teams user id (`29:…`).
AAD = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)
TEAMS_ID = re.compile(r"29:[A-Za-z0-9_\-]{1,200}")
#: Teams refuses bot messages much over ~28 KB, so only small exports travel inline as a data: URI.
INLINE_LIMIT = 16 * 1024
PRIVATE_ONLY = Notice("Please use that in your private chat with Sharewise.")
NOT_FOUND = Notice("I could not look up that person. Please type their Microsoft Entra object ID instead "
                   "(Entra admin centre → Users → the person → Object ID).", tone="warning")


class RecordsCommands:
    def __init__(self, core: Sharewise, settings: Settings, delivery: Delivery, connector: Connector) -> None:
        self.core = core
        self.settings = settings
        self.delivery = delivery
        self.connector = connector

    @staticmethod
    def matches(text: str) -> bool:
        return COMMAND.match(text) is not None

    async def handle(self, turn: Turn, text: str, actor: Actor) -> None:
        m = COMMAND.match(text)
        assert m is not None
        if not turn.inbound.personal:
            await turn.reply(cards.activity(PRIVATE_ONLY))
            return
        word, rest = m.group("word").lower(), m.group("rest").strip()
        if word == "export":
            await self._export(turn, rest, actor)
        elif word == "purge":
            await self._purge(turn, rest, actor)
        else:
            await self._roles(turn, word, rest, actor)

    async def _export(self, turn: Turn, rest: str, actor: Actor) -> None:
        tz = self.settings.sharewise_timezone
        parsed = chat_records.parse_export(rest, chat_records.today_in(tz))
        if isinstance(parsed, Notice):
            await turn.reply(cards.activity(parsed))
            return
        start, end, fmt = parsed
        done = await asyncio.to_thread(chat_records.export_for_chat, self.core.engine, actor, start, end, fmt, tz,
                                       INLINE_LIMIT)
        if done.content:
            note = next(m for m in done.reply.messages if isinstance(m, Notice))
            await turn.reply(cards.file_activity(note, done.filename, done.mime, done.content))
            return
        await self.delivery.reply(turn, done.reply)

    async def _purge(self, turn: Turn, rest: str, actor: Actor) -> None:
        dry_run = chat_records.parse_purge(rest)
        if dry_run is None:
            await turn.reply(cards.activity(chat_records.PURGE_USAGE))
            return
        reply = await asyncio.to_thread(
            lambda: purge_for(self.core.engine, self.settings.retention, actor, dry_run=dry_run))
        await self.delivery.reply(turn, reply)

    async def _roles(self, turn: Turn, role: str, rest: str, actor: Actor) -> None:
        words = rest.split()
        op = words[0].lower() if words else ""
        if op not in ("add", "remove", "list") or (role == "admin" and op == "list"):
            await turn.reply(cards.activity(chat_records.ROLES_USAGE))
            return
        user_id, label = "", ""
        if op != "list":
            found = await self._person(turn, words[1:])
            if found is None and allowed(actor, "roles.change", org_id=actor.org_id):
                await turn.reply(cards.activity(NOT_FOUND if turn.inbound.people or words[1:]
                                                else chat_records.ROLES_USAGE))
                return
            user_id, label = found or ("", "")
        reply: Reply
        if role == "dsl":
            reply = await asyncio.to_thread(change_dsl, self.core, actor, cast(Op, op), user_id, label)
        else:
            change = grant_role if op == "add" else revoke_role
            reply = await asyncio.to_thread(change, self.core, actor, user_id, "admin")
        await self.delivery.reply(turn, reply)

    async def _person(self, turn: Turn, words: list[str]) -> tuple[str, str] | None:
        """(the id Sharewise knows them by, how to name them) for the person an admin mentioned or typed."""
        inbound = turn.inbound
        person: Person | None = inbound.people[0] if inbound.people else None
        typed = words[0] if words and not person else ""
        if person is None and AAD.fullmatch(typed):
            return typed.lower(), typed.lower()
        if person is None and not TEAMS_ID.fullmatch(typed):
            return None
        person = person or Person(typed)
        if person.aad:
            return person.aad, person.name or person.aad
        member: dict[str, Any] | None = await self.connector.member(inbound.service_url, inbound.conversation_id,
                                                                    person.id)
        aad = str((member or {}).get("aadObjectId") or "")
        if not aad:
            return None
        return aad, person.name or str((member or {}).get("name") or "") or aad
