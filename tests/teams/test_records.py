"""Records in Teams, typed in the personal chat: a DSL's export comes back as a file on the reply, an admin
purges and changes who is a DSL, the author corrects a decision from its card; others are refused, audited."""

from __future__ import annotations

import base64
import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from storage.models import AuditEvent, Decision
from tests.audit.helpers import consultation, decision
from tests.teams.cardkit import buttons, inputs, text, title
from tests.teams.conftest import TEAM_CHANNEL, Server, User
from tests.teams.fake_connector import Call, FakeConnector
from tests.teams.test_journey import DECISION, Teams

ORG = "tenant-1"
ADMIN_AAD = "aad-bob"
GUID = "6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"


def seed(server: Server, fn: Any, *args: Any, **kw: Any) -> int:
    with Session(server.core.engine) as s:
        row = fn(s, *args, **kw)
        s.commit()
        return int(row.id)


def audited(server: Server, action: str) -> list[tuple[str, dict[str, Any]]]:
    with Session(server.core.engine) as s:
        rows = s.execute(select(col(AuditEvent.actor), col(AuditEvent.details))
                         .where(col(AuditEvent.action) == action).order_by(col(AuditEvent.id))).all()
    return [(r[0], r[1]) for r in rows]


def refused(server: Server) -> list[tuple[str, str]]:
    return [(who, d["attempted"]) for who, d in audited(server, "access.refused")]


def last_reply(connector: FakeConnector, conversation: str) -> Call:
    return [c for c in connector.to(conversation) if c.method == "POST"][-1]


def said(connector: FakeConnector, conversation: str) -> str:
    return text(connector.last_card(conversation)[1])


def mentioning(user: User, words: str, person: dict[str, Any]) -> dict[str, Any]:
    at = f"<at>{person['name']}</at>"
    return user.says(f"{words} {at}", entities=[{"type": "mention", "text": at, "mentioned": person}])


async def test_a_dsl_exports_in_the_personal_chat(server: Server, connector: FakeConnector,
                                                  people: dict[str, User]) -> None:
    teams = Teams(server, connector)
    dsl, alice = people["dsl"], people["alice"]
    seed(server, decision, ORG, datetime(2026, 1, 15, 12, tzinfo=UTC), reasons="Ours, in January")
    seed(server, decision, "tenant-2", datetime(2026, 1, 15, 12, tzinfo=UTC), reasons="Another tenant")

    await teams.send(dsl.says("export 2026-01-01 2026-01-31 csv"))
    reply = last_reply(connector, dsl.personal_conv)
    card, file = reply.body["attachments"]
    assert "Exported 1 decision recorded 01 Jan 2026 to 31 Jan 2026" in text(card["content"])
    assert (file["contentType"], file["name"]) == ("text/csv", "sharewise-decisions-2026-01-01-to-2026-01-31.csv")
    prefix = "data:text/csv;base64,"
    assert file["contentUrl"].startswith(prefix)
    rows = list(csv.DictReader(io.StringIO(base64.b64decode(file["contentUrl"][len(prefix):]).decode("utf-8"))))
    assert [r["reasons"] for r in rows] == ["Ours, in January"]

    seed(server, decision, ORG, datetime.now(UTC) - timedelta(days=3), reasons="Recent")
    await teams.send(dsl.says("export json"))
    file = last_reply(connector, dsl.personal_conv).body["attachments"][1]
    data = base64.b64decode(file["contentUrl"].split(",", 1)[1])
    assert file["contentType"] == "application/json" and [d["reasons"] for d in json.loads(data)] == ["Recent"]

    await teams.send(dsl.says("export 2026-01-31 2026-01-01"))
    assert "end date is before" in said(connector, dsl.personal_conv)
    await teams.send(dsl.says("export everything please"))
    assert "give the first and last day" in said(connector, dsl.personal_conv)

    # A practitioner is refused, and asking in a channel is sent back to the private chat
    await teams.send(alice.says("export"))
    assert said(connector, alice.personal_conv) == "Only a designated safeguarding lead can export records."
    assert len(last_reply(connector, alice.personal_conv).body["attachments"]) == 1
    await teams.send(dsl.in_channel(TEAM_CHANNEL, "export", mention=True))
    assert "private chat" in said(connector, TEAM_CHANNEL)
    assert refused(server) == [("aad-alice", "records.export")]
    assert [d["rows"] for _, d in audited(server, "export.taken")] == [1, 1]


async def test_an_export_too_large_for_a_chat_says_how_to_get_it(server: Server, connector: FakeConnector,
                                                                 people: dict[str, User]) -> None:
    dsl = people["dsl"]
    for n in range(60):
        seed(server, decision, ORG, datetime(2026, 2, 1, 12, tzinfo=UTC) + timedelta(minutes=n),
             reasons="A long and careful reason. " * 20)
    await Teams(server, connector).send(dsl.says("export 2026-02-01 2026-02-28"))
    reply = last_reply(connector, dsl.personal_conv)
    assert len(reply.body["attachments"]) == 1
    assert "too large to send here" in said(connector, dsl.personal_conv)
    assert "sharewise export --from 2026-02-01 --to 2026-02-28 --format csv --org tenant-1" in said(
        connector, dsl.personal_conv)
    ((who, details),) = audited(server, "export.taken")
    assert who == "aad-dsl-1" and details["complete"] is False


async def test_an_admin_purges_and_changes_who_is_a_dsl(start_server: Callable[..., Any],
                                                        connector: FakeConnector, people: dict[str, User]) -> None:
    server = await start_server(sharewise_admin_users=ADMIN_AAD)
    teams = Teams(server, connector)
    bob, alice, dsl = people["bob"], people["alice"], people["dsl"]
    old = datetime.now(UTC) - timedelta(days=365 * 30)
    seed(server, decision, ORG, old, consultation_id=seed(server, consultation, ORG, old, status="decided"))

    await teams.send(alice.says("purge"))
    assert said(connector, alice.personal_conv) == "Only an admin can purge records."
    await teams.send(bob.says("purge dry run"))
    assert "would remove the text of 1 decision, 1 consultation. Nothing was changed." in said(
        connector, bob.personal_conv)
    await teams.send(bob.says("purge now"))
    assert "“purge dry run”" in said(connector, bob.personal_conv)
    await teams.send(bob.says("purge"))
    assert "Removed the text of 1 decision, 1 consultation" in said(connector, bob.personal_conv)
    with Session(server.core.engine) as s:
        assert s.execute(select(col(Decision.purged))).scalar_one() is True

    # Roles: a practitioner cannot, an admin can, by @mention (looked up to the Entra id) or typed id
    alice_at = {"id": alice.teams_id, "name": alice.name}
    connector.members[alice.teams_id] = {"id": alice.teams_id, "name": alice.name, "aadObjectId": alice.aad}
    await teams.send(mentioning(alice, "dsl add", alice_at))
    assert said(connector, alice.personal_conv) == "Only an admin can change who is a DSL."
    await teams.send(mentioning(bob, "dsl add", alice_at))
    assert said(connector, bob.personal_conv) == "Alice Practitioner is now a DSL."
    lookups = [c for c in connector.calls if c.method == "GET" and "/members/" in c.path]
    assert lookups[-1].path == f"/v3/conversations/{bob.personal_conv}/members/{alice.teams_id}"
    await teams.send(alice.says("export"))
    assert "Only a designated" not in said(connector, alice.personal_conv)  # she acts as a DSL at once
    await teams.send(bob.says("dsl list"))
    assert alice.aad in said(connector, bob.personal_conv)
    await teams.send(bob.says(f"dsl remove {alice.teams_id}"))
    assert said(connector, bob.personal_conv) == "Alice Practitioner is no longer a DSL."
    await teams.send(bob.says(f"dsl remove {dsl.aad}"))
    assert "could not look up" in said(connector, bob.personal_conv)  # neither an Entra id nor a Teams id

    connector.unknown_members.add("29:stranger")
    await teams.send(mentioning(bob, "dsl add", {"id": "29:stranger", "name": "Stranger"}))
    assert "Microsoft Entra object ID" in said(connector, bob.personal_conv)
    await teams.send(bob.says(f"admin add {GUID.upper()}"))
    assert said(connector, bob.personal_conv) == f"{GUID} is now an admin."
    await teams.send(bob.says("dsl promote"))
    assert "dsl add @name" in said(connector, bob.personal_conv)

    changes = [(who, d["role"], d["change"]) for who, d in audited(server, "role.changed")]
    assert changes == [(ADMIN_AAD, "dsl", "add"), (ADMIN_AAD, "dsl", "remove"), (ADMIN_AAD, "admin", "add")]
    assert refused(server) == [("aad-alice", "records.purge"), ("aad-alice", "roles.change")]


async def test_the_author_corrects_a_decision_from_its_card(server: Server, connector: FakeConnector,
                                                            people: dict[str, User]) -> None:
    teams = Teams(server, connector)
    alice, bob = people["alice"], people["bob"]
    me = alice.personal_conv
    root = "act-root-1"
    cid = seed(server, consultation, ORG, datetime.now(UTC), author_id=alice.aad, posted_to=TEAM_CHANNEL,
               post_ref=f"{TEAM_CHANNEL};messageid={root}",
               request={"requester": "Housing officer", "information": "Concerns at home", "special": "no"})
    await teams.send(alice.clicks({"sw": "decision.open", "value": str(cid)}))
    card = await teams.click(alice, me, "save", **DECISION)
    assert title(card).startswith("Decision D-") and set(buttons(card)) == {"decision.correct_open"}
    did = int(buttons(card)["decision.correct_open"]["value"])

    # Bob forges the same click: refused, audited, no form
    await teams.send(bob.clicks(buttons(card)["decision.correct_open"]))
    assert said(connector, bob.personal_conv) == ("Only the person who recorded this decision, or a DSL, "
                                                  "can correct it.")

    form = await teams.click(alice, me, "decision.correct_open")
    assert title(form) == f"Correct decision D-{did}"
    assert inputs(form)["reasons"]["value"] == DECISION["reasons"]
    bad = await teams.click(alice, me, "save", **{**DECISION, "reasons": ""})
    assert title(bad) == f"Correct decision D-{did}" and inputs(bad)["reasons"].get("errorMessage")
    done = await teams.click(alice, me, "save", **{**DECISION, "outcome": "not_share", "requester_told": "yes",
                                                   "reasons": "Corrected: nothing was shared in the end."})
    with Session(server.core.engine) as s:
        rows = s.execute(select(col(Decision.id), col(Decision.outcome), col(Decision.corrects_id))
                         .order_by(col(Decision.id))).all()
    new = rows[1][0]
    assert [tuple(r) for r in rows] == [(did, "share", None), (new, "not_share", did)]
    assert title(done) == f"Decision D-{new} recorded"
    assert f"which corrects D-{did}" in "\n".join(text(c) for c in connector.cards(connector.to(me)[-2:]))
    thread = [c for c in connector.to(TEAM_CHANNEL) if c.method == "POST"]
    assert [c.conversation for c in thread] == [f"{TEAM_CHANNEL};messageid={root}"] * 2
    assert f"Decision D-{did} was corrected by D-{new}: Do not share." in text(connector.cards(thread)[-1])
    assert [who for who, _ in audited(server, "decision.corrected")] == [alice.aad]
    assert refused(server) == [(bob.aad, "decision.correct")]
