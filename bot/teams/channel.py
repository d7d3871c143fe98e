"""The Teams channel: typed commands, card clicks, thread replies and installs, handed to the core.
The records commands (export, purge, roles) are read in `commands.py`.

Thin by design: it turns activities into neutral calls on `Sharewise` and hands the replies to
`Delivery`. Dialog cards always go to the person's personal chat with the bot, wherever they asked,
because they may hold what the person typed before it is anonymised.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from typing import Any

from bot.logging_setup import bind_org, log
from bot.settings import Settings
from bot.teams import cards
from bot.teams.commands import RecordsCommands
from bot.teams.delivery import Delivery
from bot.teams.inbound import CardAction, card_action, is_card_action
from bot.teams.ports import Connector, Turn
from bot.teams.refs import RefStore
from dialogs.actors import Actor
from dialogs.corrections import correct_decision, correction_form
from dialogs.messages import Card, Notice, Reply
from dialogs.runtime import First, Sharewise, Who
from storage.idempotency import AlreadyClaimed

SEEK = re.compile(r"^/?seek[\s-]+advice\b[\s:,.-]*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
HELP = re.compile(r"^/?(help|\?)\s*$", re.IGNORECASE)
#: Buttons on the seek-advice cards (dialogs/seek_advice.py); a click on anything else changes nothing.
FLOW_ACTIONS = frozenset({"next", "cancel", "confirm", "recheck", "consult", "escalate", "record", "finish",
                          "send", "back", "save"})

HELP_CARD = Card(
    "help", "Sharewise can help",
    ("Unsure whether to share information about a child or an adult at risk? Type “seek advice” here. "
     "I will ask a few questions, hide names and other details before anything leaves this chat, and "
     "help you ask your team or a designated safeguarding lead, then record your decision.",
     "If anyone is in immediate danger, call 999 now."),
)
UNKNOWN_ACTION = Notice("Sorry, I did not recognise that button, so nothing was changed. "
                        "Type “seek advice” to start again.", tone="warning")
MOVED_PRIVATE = Notice("I have sent you a private message to get started. Please keep names and other "
                       "details out of channels.")


class TeamsChannel:
    def __init__(self, core: Sharewise, settings: Settings, refs: RefStore, connector: Connector) -> None:
        self.core = core
        self.settings = settings
        self.refs = refs
        self.delivery = Delivery(core, settings, refs, connector)
        self.commands = RecordsCommands(core, settings, self.delivery, connector)

    # -- entry points (called by the adapter) ----------------------------------------------------------
    async def on_message(self, turn: Turn) -> None:
        busiest = self._in_one_unit(turn)
        if busiest is not None:
            await self._once_within(turn, busiest)
        else:
            await self._once(turn, self._message)

    async def on_installed(self, turn: Turn, bot_added: bool) -> None:
        async def run(turn: Turn) -> None:
            if bot_added and turn.inbound.personal:
                await turn.reply(cards.activity(HELP_CARD))

        await self._once(turn, run)

    async def on_card_invoke(self, turn: Turn, data: Any) -> dict[str, Any]:
        """Action.Execute: the answer is the card that replaces the clicked one."""
        result: dict[str, Any] = cards.done_card()

        async def run(turn: Turn) -> None:
            nonlocal result
            if not await self._card(turn, card_action(data), collapse=False):
                result = cards.notice_card(UNKNOWN_ACTION)

        await self._once(turn, run)
        return result

    # -- plumbing --------------------------------------------------------------------------------------
    def _ours(self, turn: Turn) -> bool:
        inbound = turn.inbound
        tenant = self.settings.microsoft_app_tenant_id
        if tenant and inbound.tenant_id not in ("", tenant):
            log.warning("teams.other_tenant_ignored")
            return False
        bind_org(inbound.org_id)
        return True

    @staticmethod
    def _key(turn: Turn) -> str:
        inbound = turn.inbound
        return f"teams:{inbound.conversation_id}:{inbound.id}" if inbound.id else ""

    def _in_one_unit(self, turn: Turn) -> Callable[[Turn, First], Awaitable[None]] | None:
        """The two busiest turns, a personal "seek advice" and a dialog step's click, claim their activity
        in the core's own transaction instead of one of their own; None for every other turn."""
        inbound = turn.inbound
        if not inbound.personal:
            return None
        if is_card_action(inbound.value):
            ca = card_action(inbound.value)
            if ca.target is None and ca.dialog_id is not None and ca.action in FLOW_ACTIONS:
                return lambda t, first: self._flow_click(t, ca, first)
            return None
        seek = SEEK.match(inbound.command_text())
        if seek is None:
            return None
        rest = seek.group("rest").strip()
        return lambda t, first: self._seek(t, rest, first)

    async def _once_within(self, turn: Turn, work: Callable[[Turn, First], Awaitable[None]]) -> None:
        if not self._ours(turn):
            return
        claim = self.refs.claim_within(self._key(turn), self._reference(turn))
        try:
            await work(turn, claim.run)
        except AlreadyClaimed:
            log.info("teams.duplicate_ignored", activity_type=turn.inbound.type)
            return
        except BaseException:
            if claim.made:
                await self.refs.release(claim.key)
            raise
        claim.committed()

    async def _once(self, turn: Turn, work: Callable[[Turn], Awaitable[None]]) -> None:
        inbound = turn.inbound
        if not self._ours(turn):
            return
        key = self._key(turn)
        remember = self._reference(turn)
        if key and not await self.refs.claim(key, remember):  # one transaction: claim, and where to reach them
            log.info("teams.duplicate_ignored", activity_type=inbound.type)
            return
        try:
            if not key and remember:
                await self.refs.put(*remember)
            await work(turn)
        except BaseException:
            if key:
                await self.refs.release(key)
            raise

    @staticmethod
    def _reference(turn: Turn) -> tuple[str, str, dict[str, Any]] | None:
        """Where to reach this person or channel later: (org id, key, conversation reference)."""
        inbound = turn.inbound
        if inbound.personal:
            return inbound.org_id, f"user:{inbound.user_id}", turn.reference
        if inbound.conversation_type == "channel":
            ref = {k: v for k, v in turn.reference.items() if k != "activityId"}
            ref["conversation"] = {**ref.get("conversation", {}), "id": inbound.base_conversation}
            return inbound.org_id, f"channel:{inbound.base_conversation}", ref
        return None

    @staticmethod
    def _who(turn: Turn) -> Who:
        i = turn.inbound
        return i.org_id, i.user_id, "teams", i.from_name

    async def _actor(self, turn: Turn) -> Actor:
        return await asyncio.to_thread(self.core.actor, *self._who(turn))

    async def _call(self, fn: Callable[..., Reply], *args: Any) -> Reply:
        return await asyncio.to_thread(fn, *args)

    # -- messages --------------------------------------------------------------------------------------
    async def _message(self, turn: Turn) -> None:
        inbound = turn.inbound
        if is_card_action(inbound.value):
            if not await self._card(turn, card_action(inbound.value), collapse=True):
                await self.delivery.to_person(turn, [UNKNOWN_ACTION])
            return
        text = inbound.command_text()
        addressed = inbound.personal or bool(inbound.mentions)
        seek = SEEK.match(text)
        if addressed and seek:
            await self._seek(turn, seek.group("rest").strip())
            return
        if addressed and HELP.match(text):
            await turn.reply(cards.activity(HELP_CARD))
            return
        if addressed and self.commands.matches(text):
            await self.commands.handle(turn, text, await self._actor(turn))
            return
        if inbound.in_thread and inbound.base_conversation == self.settings.teams_team_channel:
            if text:
                actor = await self._actor(turn)
                await self._call(self.core.add_advice, actor, inbound.conversation_id, text,
                                 f"teams:{inbound.id}")
            return
        if inbound.personal:
            actor = await self._actor(turn)
            resumed = await asyncio.to_thread(self.core.resume, actor, inbound.conversation_id)
            if resumed is not None:
                resumed.messages.insert(0, Notice("Welcome back. Here is where you left off."))
            await self.delivery.reply(turn, resumed or Reply([HELP_CARD]))
        elif addressed:
            await turn.reply(cards.activity(HELP_CARD))

    async def _seek(self, turn: Turn, rest: str, first: First | None = None) -> None:
        if turn.inbound.personal:  # who is acting and the new dialog in one unit of work
            opened = await asyncio.to_thread(self.core.open, self._who(turn), turn.inbound.conversation_id, rest,
                                             False, first)
            await self.delivery.reply(turn, opened.reply)
            return
        actor = await self._actor(turn)
        # Whatever was typed in a channel is already public: do not carry it into the private dialog.
        ref = await self.delivery.personal_ref(turn)
        reply = await self._call(self.core.start, actor, ref["conversation"]["id"], "")
        await self.delivery.to_person(turn, reply.messages)
        await turn.reply(cards.activity(MOVED_PRIVATE))

    # -- card clicks -----------------------------------------------------------------------------------
    async def _flow_click(self, turn: Turn, ca: CardAction, first: First) -> None:
        """A dialog step's button in the personal chat (checked by `_in_one_unit`): always one Sharewise offers."""
        _actor, reply = await asyncio.to_thread(self.core.submit_as, self._who(turn), turn.inbound.conversation_id,
                                                ca.submission(), first)
        await self._answered(turn, reply, collapse=True)

    async def _card(self, turn: Turn, ca: CardAction, collapse: bool) -> bool:
        """Run a click; False (and no change) when the action is not one Sharewise offers."""
        reply = await self._dispatch(turn, ca)
        if reply is None:
            log.info("teams.unknown_action")
            return False
        await self._answered(turn, reply, collapse)
        return True

    async def _answered(self, turn: Turn, reply: Reply, collapse: bool) -> None:
        inbound = turn.inbound
        if collapse and inbound.personal and inbound.reply_to_id:
            # The answered card may hold what was typed before anonymising: replace it with a plain "done".
            try:
                await turn.update(inbound.reply_to_id, cards.activity(cards.done_card()))
            except Exception as exc:
                log.warning("teams.collapse_failed", error=type(exc).__name__)
        await self.delivery.reply(turn, reply)

    async def _dispatch(self, turn: Turn, ca: CardAction) -> Reply | None:
        core = self.core
        if ca.target is None and ca.dialog_id is not None:
            if ca.action not in FLOW_ACTIONS or not turn.inbound.personal:
                return None
            # A step of the dialog, the busiest click: who is acting and the step in one unit of work.
            _actor, reply = await asyncio.to_thread(core.submit_as, self._who(turn), turn.inbound.conversation_id,
                                                    ca.submission())
            return reply
        actor = await self._actor(turn)
        if ca.target is not None:
            on_target: dict[str, Callable[[Actor, int], Reply]] = {
                "escalation.claim": core.claim, "escalation.answer_open": core.answer_form,
                "decision.open": core.decision_form,
                "decision.correct_open": lambda actor, did: correction_form(core, actor, did)}
            by_target = on_target.get(ca.action)
            return await self._call(by_target, actor, ca.target) if by_target else None
        if ca.ref is not None:
            kind, rid = ca.ref
            if kind == "escalation" and ca.action == "send":
                return await self._call(core.answer, actor, rid, ca.submission())
            if kind == "consultation" and ca.action == "save":
                return await self._call(core.record_decision, actor, rid, ca.submission())
            if kind == "decision" and ca.action == "save":
                return await self._call(correct_decision, core, actor, rid, ca.submission())
            return None
        return None
