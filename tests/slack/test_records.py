"""Records in Slack: a DSL's export arrives privately as a file, an author corrects a decision from its
confirmation, an admin purges expired records; everyone else is refused politely and the refusal audited."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from storage.models import AuditEvent, Consultation, Decision
from tests.audit.helpers import consultation, decision
from tests.slack.conftest import ADMIN, COLLEAGUE, DSL1, PRACTITIONER, TEAM_CHANNEL, Bot
from tests.slack.driver import TEAM
from tests.slack.test_walkthrough import click, input_ids, next_view, opened_view

ORG = f"slack:{TEAM}"
THREAD = f"{TEAM_CHANNEL}:1700000000.000001"
ANSWERS = {"outcome": "share", "what_shared": "That there are concerns at home", "with_whom": "Housing officer",
           "purpose": "To plan a safe move", "lawful_basis": "public_task", "consent": "not_sought_unsafe",
           "consent_reason": "Asking could put the child at risk.", "informed": "no",
           "informed_reason": "Telling the family could increase the risk.",
           "reasons": "The child is at risk of harm at home; housing need to know."}


async def command(bot: Bot, name: str, user: str, text: str = "") -> str:
    r = await bot.slack.command(name, user, TEAM_CHANNEL, text)
    assert r.status == 200
    return str(json.loads(await r.text())["text"])


def audited(bot: Bot, action: str) -> list[tuple[str, dict[str, Any]]]:
    with bot.engine.connect() as conn:
        rows = conn.execute(select(col(AuditEvent.actor), col(AuditEvent.details))
                            .where(col(AuditEvent.action) == action).order_by(col(AuditEvent.id))).all()
    return [(r.actor, r.details) for r in rows]


def seed(bot: Bot, fn: Any, *args: Any, **kw: Any) -> int:
    with Session(bot.engine) as s:
        row = fn(s, *args, **kw)
        s.commit()
        return int(row.id)


async def test_a_dsl_gets_the_export_as_a_private_file(bot: Bot) -> None:
    seed(bot, decision, ORG, datetime(2026, 1, 15, 12, tzinfo=UTC), reasons="Mine, in January")
    seed(bot, decision, ORG, datetime(2026, 3, 1, 12, tzinfo=UTC), reasons="Mine, in March")
    seed(bot, decision, "slack:T2", datetime(2026, 1, 16, 12, tzinfo=UTC), reasons="Another workspace")

    said = await command(bot, "/sharewise-export", DSL1, "2026-01-01 2026-01-31 csv")
    assert said == "Preparing your export. I will send it to you in a direct message."
    (done,) = await bot.api.wait_for("files.completeUploadExternal")
    (opened,) = bot.api.of("conversations.open")
    assert opened.body["users"] == DSL1
    assert done.body["channel_id"] == opened.answer["channel"]["id"]  # only in the DSL's own DM
    assert "Exported 1 decision recorded 01 Jan 2026 to 31 Jan 2026" in done.body["initial_comment"]
    (file_id,) = [f["id"] for f in json.loads(done.body["files"])]
    name, data = bot.api.uploads[file_id]
    assert name == "sharewise-decisions-2026-01-01-to-2026-01-31.csv"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert [r["reasons"] for r in rows] == ["Mine, in January"]
    assert not bot.api.of("chat.postMessage")  # nothing about it anywhere public
    assert audited(bot, "export.taken")[0][0] == DSL1 and audited(bot, "export.taken")[0][1]["rows"] == 1

    # No dates: the last 30 days, as JSON
    seed(bot, decision, ORG, datetime.now(UTC) - timedelta(days=2), reasons="Recent")
    await command(bot, "/sharewise-export", DSL1, "json")
    done = (await bot.api.wait_for("files.completeUploadExternal", 2))[1]
    (file_id,) = [f["id"] for f in json.loads(done.body["files"])]
    name, data = bot.api.uploads[file_id]
    assert name.endswith(".json") and [d["reasons"] for d in json.loads(data)] == ["Recent"]

    # An empty range is said in the DM, with no file
    await command(bot, "/sharewise-export", DSL1, "2020-01-01 2020-01-31")
    (dm,) = await bot.api.wait_for("chat.postMessage")
    assert dm.body["channel"] == "DDSL1" and "No decisions were recorded" in dm.body["text"]
    assert len(bot.api.of("files.getUploadURLExternal")) == 2


async def test_export_is_refused_to_a_practitioner_and_unclear_words_get_the_usage(bot: Bot) -> None:
    seed(bot, decision, ORG, datetime.now(UTC) - timedelta(days=1))
    said = await command(bot, "/sharewise-export", PRACTITIONER)
    assert said == "Only a designated safeguarding lead can export records."
    for text in ("last month", "2026-01-01 2026-01-02 2026-01-03 csv", "2026-01-01 xlsx"):
        assert (await command(bot, "/sharewise-export", DSL1, text)).startswith("Use /sharewise-export [from]")
    assert "end date is before" in await command(bot, "/sharewise-export", DSL1, "2026-01-31 2026-01-01")
    assert "does not exist" in await command(bot, "/sharewise-export", DSL1, "2026-02-30")
    assert not [c for c in bot.api.calls if c.method.startswith("files.")]
    assert [(who, d["attempted"]) for who, d in audited(bot, "access.refused")] == [(PRACTITIONER, "records.export")]
    assert audited(bot, "export.taken") == []


async def test_an_admin_purges_expired_records_from_slack(bot: Bot) -> None:
    old = datetime.now(UTC) - timedelta(days=365 * 30)
    cid = seed(bot, consultation, ORG, old, status="decided")
    did = seed(bot, decision, ORG, old, consultation_id=cid)
    seed(bot, decision, ORG, datetime.now(UTC), reasons="Still within retention")

    assert await command(bot, "/sharewise-purge", PRACTITIONER) == "Only an admin can purge records."
    assert await command(bot, "/sharewise-purge", DSL1, "--dry-run") == "Only an admin can purge records."
    assert (await command(bot, "/sharewise-purge", ADMIN, "everything")).startswith("Use /sharewise-purge")

    assert (await command(bot, "/sharewise-purge", ADMIN, "--dry-run")).startswith("Working on it")
    (dry,) = await bot.api.wait_for("chat.postMessage")
    assert dry.body["channel"] == "DADMIN"  # the bot's DM channel with the admin
    assert "would remove the text of 1 decision, 1 consultation" in dry.body["text"]
    assert "Nothing was changed" in dry.body["text"]
    with bot.engine.connect() as conn:
        assert conn.execute(select(col(Decision.purged)).where(col(Decision.id) == did)).scalar_one() is False

    await command(bot, "/sharewise-purge", ADMIN)
    done = (await bot.api.wait_for("chat.postMessage", 2))[1]
    assert "Removed the text of 1 decision, 1 consultation" in done.body["text"]
    with bot.engine.connect() as conn:
        purged: dict[str, bool] = dict(conn.execute(select(col(Decision.reasons), col(Decision.purged))).all())
    assert purged.get("Still within retention") is False and list(purged.values()).count(True) == 1
    assert [who for who, _ in audited(bot, "records.purged")] == [ADMIN]
    assert [(who, d["attempted"]) for who, d in audited(bot, "access.refused")] == [
        (PRACTITIONER, "records.purge"), (DSL1, "records.purge")]


async def test_the_author_corrects_a_decision_from_its_confirmation(bot: Bot) -> None:
    cid = seed(bot, consultation, ORG, datetime.now(UTC), author_id=PRACTITIONER, posted_to=TEAM_CHANNEL,
               post_ref=THREAD, request={"requester": "Housing officer", "special": "no"})
    ts = THREAD.split(":")[1]
    await click(bot, bot.slack.message_click(PRACTITIONER, TEAM_CHANNEL, ts, "decision.open", str(cid)))
    form = await opened_view(bot, 0)
    confirmed = await next_view(bot, form, ANSWERS)
    with bot.engine.connect() as conn:
        did = conn.execute(select(col(Decision.id))).scalar_one()
    assert f"Decision D-{did} recorded" in json.dumps(confirmed) and "submit" not in confirmed
    (correct,) = [e for b in confirmed["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert (correct["action_id"], correct["value"], correct["text"]["text"]) == ("decision.correct_open", str(did),
                                                                              "Correct")

    # Someone else cannot open the form, even with a forged click; nothing changes
    updates = len(bot.api.of("views.update"))
    await click(bot, bot.slack.message_click(COLLEAGUE, TEAM_CHANNEL, ts, "decision.correct_open", str(did)))
    refused = await opened_view(bot, updates)
    assert "Only the person who recorded this decision, or a DSL" in json.dumps(refused) and "submit" not in refused

    # The author clicks Correct in the confirmation: the form replaces it, filled in with what was saved
    await click(bot, bot.slack.view_click(confirmed, PRACTITIONER, "decision.correct_open", str(did)))
    form = await opened_view(bot, updates + 1)
    assert bot.api.of("views.update")[-1].body["view_id"] == confirmed["id"]
    assert f"Correct decision D-{did}" in json.dumps(form) and {"outcome", "reasons"} <= input_ids(form)
    assert form["submit"]["text"] == "Save correction"
    reasons = next(b for b in form["blocks"] if b.get("block_id") == "reasons")
    assert reasons["element"]["initial_value"] == ANSWERS["reasons"]

    done = await next_view(bot, form, {"outcome": "share_part",
                                       "reasons": "Corrected: only the address was shared, not the disclosure."})
    assert f"which corrects D-{did}" in json.dumps(done)
    recorded, thread = await bot.api.wait_for("chat.postMessage", 2)
    assert f"Decision D-{did} recorded" in recorded.body["text"]
    assert thread.body["channel"] == TEAM_CHANNEL and thread.body["thread_ts"] == ts
    with bot.engine.connect() as conn:
        rows = conn.execute(select(col(Decision.id), col(Decision.outcome), col(Decision.corrects_id))
                            .order_by(col(Decision.id))).all()
        assert conn.execute(select(col(Consultation.status))).scalar_one() == "decided"
    new = rows[1].id
    assert [tuple(r) for r in rows] == [(did, "share", None), (new, "share_part", did)]
    assert f"Decision D-{did} was corrected by D-{new}: Share in part." in thread.body["text"]
    assert [who for who, _ in audited(bot, "decision.corrected")] == [PRACTITIONER]
    assert [(who, d["attempted"]) for who, d in audited(bot, "access.refused")] == [(COLLEAGUE, "decision.correct")]


async def test_an_export_whose_upload_times_out_says_so_in_the_dm_and_is_not_uploaded_twice(
        start_bot: Callable[..., Awaitable[Bot]]) -> None:
    bot = await start_bot(slack_api_timeout=1.0)  # not Slack's 15 s, in a test
    seed(bot, decision, ORG, datetime(2026, 1, 15, 12, tzinfo=UTC), reasons="Mine, in January")
    bot.api.hold_once = {"files.completeUploadExternal": "landed"}  # Slack acted, its answer never came
    await command(bot, "/sharewise-export", DSL1, "2026-01-01 2026-01-31 csv")
    (dm,) = await bot.api.wait_for("chat.postMessage")
    assert "did not take the file" in dm.body["text"] and "run the export again" in dm.body["text"]
    assert len(bot.api.of("files.completeUploadExternal")) == 1
    bot.api._release.set()  # let the held call go, so the fake closes at once
