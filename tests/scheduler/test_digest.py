"""Weekly digests: the right counts, a chart, a rule of the week — and no names, user ids or case text."""

from __future__ import annotations

import base64
import json
import struct
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from bot.cli import main
from dialogs.delivery import Deliverers
from dialogs.digest import rule_of_the_week
from dialogs.rulesets import load_ruleset
from dialogs.schedule import Schedule
from dialogs.scheduling import Scheduling, run_due
from storage.db import make_engine, session_scope
from storage.migrate import upgrade
from storage.models import Decision, ScheduledJob
from tests.scheduler.conftest import (
    DSL_CHANNEL,
    TEAM_CHANNEL,
    TEAMS_ORG,
    TEAMS_TEAM,
    add_teams_refs,
    at,
    consultation,
    decision,
    escalation,
)
from tests.scheduler.fakes import FakePlatforms

DUE = at("2025-03-31T08:00:00")  # Monday 31 March 2025, 09:00 BST: the first digest after the clocks change
NAME, PLACE, AUTHOR, DSL = "Jessica Marlowe", "Acacia Road", "U0SECRETAUTHOR", "U0DSL1"


def seed(engine: Engine) -> None:
    """This week (from Mon 24 Mar 09:00 GMT): 4 questions in C0TEAM, 1 in C0OTHER; last week: 2 in C0TEAM."""
    c1 = consultation(engine, at("2025-03-25T10:00:00"), author=AUTHOR)
    c2 = consultation(engine, at("2025-03-26T10:00:00"), author=AUTHOR)
    c3 = consultation(engine, at("2025-03-28T10:00:00"), author=AUTHOR,
                      summary=f"{NAME} at 12 {PLACE} said her stepfather hits her.")
    consultation(engine, at("2025-03-24T09:00:00"))  # on the boundary: this week, still open
    consultation(engine, DUE)  # at the due instant: next week's
    consultation(engine, at("2025-03-18T10:00:00"))  # last week, still open
    c5 = consultation(engine, at("2025-03-20T10:00:00"))  # last week, decided this week
    other = consultation(engine, at("2025-03-27T10:00:00"), posted_to="C0OTHER")
    d1 = decision(engine, c1, at("2025-03-26T10:00:00"), "share", author=AUTHOR, reasons=f"{NAME} is at risk")
    decision(engine, c2, at("2025-03-27T10:00:00"), "not_share", author=AUTHOR)
    decision(engine, c5, at("2025-03-25T10:00:00"), "share_part")
    decision(engine, other, at("2025-03-28T10:00:00"), "not_share")
    decision(engine, None, at("2025-03-28T11:00:00"), "share")  # recorded without a consultation
    with session_scope(engine) as s:  # a correction is a new record about the same decision: not counted again
        row = s.get(Decision, d1)
        assert row is not None
        s.add(Decision(**{**row.model_dump(exclude={"id"}), "corrects_id": d1,
                          "created_at": at("2025-03-27T12:00:00")}))
    escalation(engine, c1, at("2025-03-25T10:00:00"), status="answered", answered_by=DSL,
               answered_at=at("2025-03-25T13:00:00"), answer="Share it.", claimed_by=DSL)
    escalation(engine, c2, at("2025-03-26T10:00:00"), status="answered", answered_by=DSL,
               answered_at=at("2025-03-26T11:00:00"), answer="Do not.", claimed_by=DSL)
    escalation(engine, c3, at("2025-03-28T10:00:00"), hours=24)  # unanswered, past its deadline at DUE
    consultation(engine, at("2025-03-27T10:00:00"), org="T0ELSEWHERE", posted_to="C0ELSE")  # other org
    consultation(engine, at("2025-03-27T10:00:00"), org="console", platform="console", posted_to="console")


def text_of(body: dict[str, Any]) -> str:
    parts = [body["text"]]
    for b in body["blocks"]:
        if "text" in b:
            parts.append(b["text"]["text"])
        parts += [f["text"] for f in b.get("fields", [])]
    return "\n".join(parts)


def by_channel(fake: FakePlatforms) -> dict[tuple[str, str], dict[str, Any]]:
    """The T0SLACK organisation's messages (the other workspace's DSL digest says "across 1 team channel")."""
    return {(b["channel"], b["text"].split(":")[0]): b for b in fake.calls.slack
            if "across 1 team channel" not in text_of(b)}


async def test_team_and_dsl_digests_count_right_and_name_no_one(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    seed(engine)
    await run_due(sched, deliverers, "w1", DUE - timedelta(seconds=1))  # a second early: last week's only
    assert {b["text"] for b in fake.calls.slack if "digest" in b["text"]} == {
        "Weekly digest: week to Monday 24 March", "DSL digest: week to Monday 24 March"}
    fake.calls.slack.clear()
    await run_due(sched, deliverers, "w1", DUE)
    digests = {k: v for k, v in by_channel(fake).items() if "digest" in k[1]}
    # C0ELSE is another workspace's channel; the console has no scheduled delivery.
    assert set(digests) == {(TEAM_CHANNEL, "Weekly digest"), ("C0OTHER", "Weekly digest"),
                            ("C0ELSE", "Weekly digest"), (DSL_CHANNEL, "DSL digest")}

    team = text_of(digests[(TEAM_CHANNEL, "Weekly digest")])
    assert "week to Monday 31 March" in team
    assert "Questions asked: 4 this week (2 the week before)." in team
    assert "Decisions recorded: 3 (Share: 1, Share in part: 1, Do not share: 1)." in team
    assert "Questions still waiting for a recorded decision: 3." in team
    assert "Escalations to a DSL: 3; a typical answer came in 2 hours." in team

    other = text_of(digests[("C0OTHER", "Weekly digest")])
    assert "Questions asked: 1 this week (0 the week before)." in other
    assert "Decisions recorded: 1 (Do not share: 1)." in other
    assert "Escalations to a DSL: 0." in other

    dsl = text_of(digests[(DSL_CHANNEL, "DSL digest")])
    assert "Questions asked: 5 this week (2 the week before), across 2 team channels." in dsl
    assert "Decisions recorded: 5 (Share: 2, Share in part: 1, Do not share: 2)." in dsl
    assert "Escalations raised: 3; answered this week: 2." in dsl
    assert "Median DSL response time: 2 hours." in dsl
    assert "Escalations past their deadline and not yet answered: 1." in dsl

    rule = rule_of_the_week(load_ruleset("hmg-2018"), DUE, Schedule())
    assert f"Golden rule of the week: {rule.title}" in team and rule.title in dsl

    everything = json.dumps(fake.calls.slack)
    for secret in (NAME, "Jessica", "Marlowe", PLACE, "stepfather", AUTHOR, DSL, "U0AUTHOR", "Share it."):
        assert secret not in everything

    image = next(b for b in digests[(TEAM_CHANNEL, "Weekly digest")]["blocks"] if b["type"] == "image")
    assert image["image_url"].startswith("https://sharewise.example.org/charts/")
    assert image["image_url"].endswith(".png") and len(image["image_url"]) > 60

    await run_due(sched, deliverers, "w2", DUE + timedelta(days=2))
    assert len([b for b in fake.calls.slack if "digest" in b["text"]]) == 5  # once per week, not per tick


async def test_a_teams_digest_shows_its_chart_inline(
        engine: Engine, sched: Scheduling, deliverers: Deliverers, fake: FakePlatforms) -> None:
    add_teams_refs(engine, fake.service_url)
    consultation(engine, at("2025-03-25T10:00:00"), org=TEAMS_ORG, platform="teams", posted_to=TEAMS_TEAM)
    await run_due(sched, deliverers, "w1", DUE)
    convs = sorted(c for c, _ in fake.calls.teams)
    assert convs == sorted([TEAMS_TEAM, "19:dsl@thread.tacv2"])
    card = next(a for c, a in fake.calls.teams if c == TEAMS_TEAM)["attachments"][0]["content"]
    image = next(b for b in card["body"] if b["type"] == "Image")
    png = base64.b64decode(image["url"].removeprefix("data:image/png;base64,"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert 200 < width < 600 and 60 < height < 200  # small
    assert "Questions asked: 1 this week" in json.dumps(card)


def test_the_rule_of_the_week_rotates_through_the_whole_ruleset() -> None:
    rs = load_ruleset("hmg-2018")
    weeks = [rule_of_the_week(rs, DUE + timedelta(weeks=n), Schedule()).id for n in range(len(rs.rules))]
    assert sorted(weeks) == sorted(r.id for r in rs.rules)


@pytest.fixture
def migrated_sqlite(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'sw.db'}"
    upgrade(url)
    return url


def test_digest_preview_prints_without_sending(migrated_sqlite: str) -> None:
    engine = make_engine(migrated_sqlite)
    seed(engine)
    env = {"DATABASE_URL": migrated_sqlite, "LOG_LEVEL": "WARNING", "SLACK_BOT_TOKEN": "",
           "SHAREWISE_TIMEZONE": "Europe/London"}
    result = CliRunner().invoke(main, ["digest", "--preview", "--org", "T0SLACK", "--at", "2025-04-01T12:00"],
                                env=env)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Digests due Monday 31 March 2025 09:00 BST (preview: nothing was sent)." in out
    assert "T0SLACK · slack team channel C0TEAM" in out and "T0SLACK · slack DSL channel" in out
    assert "T0ELSEWHERE" not in out
    assert "Questions asked: 4 this week (2 the week before)." in out
    assert NAME not in out and AUTHOR not in out
    with session_scope(engine) as s:  # a preview plans and sends nothing
        assert s.execute(select(func.count()).select_from(ScheduledJob)).scalar_one() == 0
    refused = CliRunner().invoke(main, ["digest"], env=env)
    assert refused.exit_code != 0 and "--preview" in refused.output
