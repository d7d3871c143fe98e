"""An admin adds and removes DSLs with /sharewise-dsl; everyone else is refused politely, and every change
is in the audit log."""

from __future__ import annotations

import json

from sqlalchemy import select

from storage.models import AuditEvent, RoleGrant
from tests.slack.conftest import ADMIN, DSL1, PRACTITIONER, TEAM_CHANNEL, Bot

NEWBIE = "UNEWDSL"


async def dsl_command(bot: Bot, user: str, text: str) -> str:
    r = await bot.slack.command("/sharewise-dsl", user, TEAM_CHANNEL, text)
    assert r.status == 200
    return str(json.loads(await r.text())["text"])


async def home_of(bot: Bot, user: str, n: int, event_id: str) -> str:
    await bot.slack.event({"type": "app_home_opened", "user": user, "channel": "D9", "tab": "home"}, event_id)
    return json.dumps((await bot.api.wait_for("views.publish", n))[n - 1].body["view"])


async def test_only_an_admin_changes_who_is_a_dsl(bot: Bot) -> None:
    said = await dsl_command(bot, PRACTITIONER, f"add <@{NEWBIE}|newbie>")
    assert said == "Only an admin can change who is a DSL."
    with bot.engine.connect() as conn:
        assert conn.execute(select(RoleGrant)).all() == []
    assert "Escalations waiting" not in await home_of(bot, NEWBIE, 1, "Ev1")

    assert await dsl_command(bot, ADMIN, f"add <@{NEWBIE}|newbie>") == "@newbie is now a DSL."
    assert await dsl_command(bot, ADMIN, f"add <@{NEWBIE}|newbie>") == "@newbie is already a DSL."
    assert "Escalations waiting for a DSL" in await home_of(bot, NEWBIE, 2, "Ev2")
    assert NEWBIE in await dsl_command(bot, ADMIN, "list")

    assert await dsl_command(bot, ADMIN, f"remove <@{NEWBIE}|newbie>") == "@newbie is no longer a DSL."
    assert "Escalations waiting" not in await home_of(bot, NEWBIE, 3, "Ev3")
    said = await dsl_command(bot, ADMIN, f"remove <@{DSL1}>")
    assert "through configuration" in said

    with bot.engine.connect() as conn:
        events = conn.execute(select(AuditEvent.action, AuditEvent.actor, AuditEvent.object_id, AuditEvent.details)
                              .order_by(AuditEvent.id)).all()
    changes = [(e.actor, e.object_id, e.details["change"]) for e in events if e.action == "role.changed"]
    assert changes == [(ADMIN, NEWBIE, "add"), (ADMIN, NEWBIE, "remove")]
    assert [e.actor for e in events if e.action == "access.refused"] == [PRACTITIONER]


async def test_unclear_commands_get_the_usage(bot: Bot) -> None:
    before = bot.counts()
    for text in ("", "promote <@U1>", "add nobody", "add <!channel>"):
        assert (await dsl_command(bot, ADMIN, text)).startswith("Use /sharewise-dsl add @name")
    assert bot.counts() == before
