"""Drive a Sharewise server that runs as its own process, over HTTP, as Slack and Teams do.

The Slack side reuses `tests.slack.driver.SlackDriver` (signed requests) through a small client shim; the
Teams side reuses `tests.teams.conftest.User` (activities in Teams' shapes). Journeys are keyed by their own
user ids, so many can run at once against one fake platform.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp

from tests.slack.driver import SlackDriver
from tests.slack.fake_api import Call as SlackCall
from tests.slack.fake_api import FakeSlackApi
from tests.teams.cardkit import buttons, title
from tests.teams.conftest import User
from tests.teams.fake_connector import FakeConnector

SITUATION = ("Jamie Smith (NHS number 943 476 5919), aged 9, at St Mary's Primary School, LS6 2AB, told me "
             "her stepdad hits her.")
REQUEST = {"requester": "Housing officer, city council", "information": "That there are concerns at home",
           "purpose": "To plan a safe move", "special": "no"}
SLACK_DECISION = {"outcome": "share", "lawful_basis": "public_task", "informed": "no",
                  "informed_reason": "Telling the family could increase the risk.",
                  "advice_taken": "DSL advised sharing with housing.",
                  "reasons": "There is a risk of harm at home; housing need to know to plan a safe move."}
TEAMS_DECISION = dict(outcome="share", what_shared="The disclosure", with_whom="MASH social worker",
                      shared_on="2026-01-10", purpose="Referral for assessment", lawful_basis="public_task",
                      special_condition="none", consent="not_sought_unsafe", consent_reason="Could increase risk",
                      informed="no", informed_reason="Telling the parent could increase risk",
                      advice_taken="DSL agreed", reasons="Risk of significant harm outweighs privacy",
                      requester_told="", case_reference="")


class Remote:
    """What SlackDriver needs of aiohttp's TestClient (`post(path, ...)`), for a server at a URL."""

    def __init__(self, base: str, http: aiohttp.ClientSession) -> None:
        self.base = base
        self.http = http

    async def post(self, path: str, **kw: Any) -> aiohttp.ClientResponse:
        resp = await self.http.post(self.base + path, **kw)
        await resp.read()  # keep the body readable after the connection goes back to the pool
        return resp


def slack_driver(base: str, http: aiohttp.ClientSession) -> SlackDriver:
    return SlackDriver(Remote(base, http))  # type: ignore[arg-type]


def input_ids(view: dict[str, Any]) -> set[str]:
    return {b["block_id"] for b in view.get("blocks", []) if b.get("type") == "input"}


class JourneyFailed(AssertionError):
    pass


async def _wait(api: FakeSlackApi, found: Any, timeout: float = 15.0) -> Any:
    """The first truthy `found()`, awaiting each new call at the fake rather than sleeping."""
    async def poll() -> Any:
        async with api._changed:
            result = found()
            while not result:
                await api._changed.wait()
                result = found()
            return result
    return await asyncio.wait_for(poll(), timeout)


async def opened_view(api: FakeSlackApi, trigger_id: str) -> dict[str, Any]:
    """The modal a command or button opened: views.open with its trigger id, then the view's first update."""
    def opened() -> SlackCall | None:
        return next((c for c in api.of("views.open") if c.body.get("trigger_id") == trigger_id), None)
    view_id = (await _wait(api, opened)).answer["view"]["id"]

    def updated() -> SlackCall | None:
        return next((c for c in api.of("views.update") if c.body.get("view_id") == view_id), None)
    call = await _wait(api, updated)
    return {**call.body["view"], "id": view_id, "hash": "h"}


@dataclass
class SlackJourney:
    """One practitioner walking the seek-advice modal to a recorded decision, step by step."""

    slack: SlackDriver
    api: FakeSlackApi
    user: str
    channel: str = "C0TEAM"
    situation: str = SITUATION
    view: dict[str, Any] | None = None

    async def start(self) -> dict[str, Any]:
        trigger = f"trigger-{next(self.slack.ticks)}"
        self.slack.ticks = itertools.count(int(trigger.split("-")[1]))  # the command uses this trigger id
        r = await self.slack.command("/seek-advice", self.user, self.channel, self.situation)
        if r.status != 200:
            raise JourneyFailed(f"command answered {r.status}")
        self.view = await opened_view(self.api, trigger)
        return self.view

    async def step(self, answers: dict[str, Any]) -> dict[str, Any]:
        """Submit the modal; the next view (or field errors) comes back in the HTTP answer."""
        assert self.view is not None
        r = await self.slack.submit(self.view, self.user, answers)
        if r.status != 200:
            raise JourneyFailed(f"view_submission answered {r.status}: {(await r.text())[:200]}")
        body = json.loads(await r.text() or "{}")
        if body.get("response_action") != "update":
            raise JourneyFailed(f"expected the next step, got {json.dumps(body, ensure_ascii=False)[:3000]}")
        self.view = {**body["view"], "id": self.view["id"], "hash": "h"}
        return self.view

    def refresh(self) -> dict[str, Any]:
        """The modal as a button inside it last left it (buttons answer with views.update, not in the body)."""
        assert self.view is not None
        updates = [c for c in self.api.of("views.update") if c.body.get("view_id") == self.view["id"]]
        self.view = {**updates[-1].body["view"], "id": self.view["id"], "hash": "h"}
        return self.view

    async def to_request(self) -> dict[str, Any]:
        """Start, and stop at step 3 (the request), with the situation anonymised and confirmed."""
        await self.start()
        await self.step({"immediate_risk": "no"})
        await self.step({"subject": "child"})
        view = await self.step({})  # "This is safe to share"
        if not input_ids(view) >= {"requester", "information", "purpose"}:
            raise JourneyFailed(f"not at the request step: {input_ids(view)}")
        return view

    async def from_request_to_decision(self, request: dict[str, str] | None = None,
                                       decision: dict[str, str] | None = None) -> str:
        view = await self.step(request or REQUEST)
        while input_ids(view) == {"answer", "note"}:
            view = await self.step({"answer": "yes"})
        view = await self.step({"consent": "not_sought_unsafe", "consent_reason": "Asking could put her at risk"})
        if "Guidance" not in json.dumps(view.get("title")):
            raise JourneyFailed("no guidance")
        view = await self.step({})  # "Record my decision"
        view = await self.step(decision or SLACK_DECISION)
        shown = json.dumps(view)
        if "recorded" not in shown:
            raise JourneyFailed(f"no confirmation: {shown[:300]}")
        return shown


@dataclass
class TeamsJourney:
    """One practitioner in Teams: seek advice, consult the team, a colleague replies, record the decision."""

    http: aiohttp.ClientSession
    base: str
    connector: FakeConnector
    user: User
    colleague: User
    team_channel: str
    replies: int = 0
    #: Waits for the turn a message started (it runs after the 201): the server's own jobs when it runs
    #: in the test's process, else the connector going quiet.
    settle: Callable[[], Awaitable[None]] | None = None

    async def send(self, activity: dict[str, Any]) -> None:
        before = len(self.connector.calls)
        async with self.http.post(self.base + "/api/messages", json=activity) as r:
            if r.status not in (200, 201):
                raise JourneyFailed(f"activity answered {r.status}: {(await r.text())[:200]}")
        await (self.settle() if self.settle is not None else self.connector.quiet(before))

    def card(self) -> tuple[str, dict[str, Any]]:
        return self.connector.last_card(self.user.personal_conv)

    async def click(self, action: str, **values: Any) -> dict[str, Any]:
        card_id, card = self.card()
        if action not in buttons(card):
            raise JourneyFailed(f"no {action!r} on {title(card)!r}: {list(buttons(card))}")
        await self.send(self.user.clicks(buttons(card)[action], values, reply_to=card_id))
        return self.card()[1]

    async def run(self, situation: str = SITUATION, reply: str = "Share with MASH today, I would.",
                  request: dict[str, str] | None = None, decision: dict[str, str] | None = None) -> str:
        await self.send(self.user.says("seek advice"))
        await self.click("next", immediate_risk="no")
        await self.click("next", situation=situation, subject="child")
        card = await self.click("confirm", situation=situation)
        card = await self.click("next", **{**(request or REQUEST), "special": "no"})
        while title(card)[0].isdigit():
            card = await self.click("next", answer="yes", note="")
        await self.click("next", consent="given")
        roots_before = len(self._roots())
        await self.click("consult")
        roots = self._roots()
        if len(roots) <= roots_before:
            raise JourneyFailed("the consultation was not posted")
        # Any open consultation will do for a colleague's reply: each reply is one piece of advice.
        await self.send(self.colleague.in_channel(self.team_channel, reply, thread_root=roots[-1].result_id))
        self.replies += 1
        card = await self.click("record")
        card = await self.click("save", **(decision or TEAMS_DECISION))
        if "recorded" not in title(card):
            raise JourneyFailed(f"no confirmation: {title(card)}")
        return title(card)

    def _roots(self) -> list[Any]:
        return [c for c in self.connector.to(self.team_channel)
                if c.method == "POST" and c.conversation == self.team_channel]
