"""Asking in a channel moves the dialog to a private chat; @mentions and thread replies are read correctly."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import session_scope
from storage.models import ConversationRef, DialogState
from tests.teams.cardkit import text, title
from tests.teams.conftest import BOT, TEAM_CHANNEL, Server, User
from tests.teams.fake_connector import FakeConnector


async def test_seek_advice_in_a_channel_continues_privately(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    bob = people["bob"]
    typed = "seek advice about Tyler Walsh at 14 Bramble Road"
    status, _ = await server.post(bob.in_channel(TEAM_CHANNEL, typed, mention=True))
    assert status == 201
    (created,) = [c for c in connector.calls if c.path == "/v3/conversations"]
    assert created.body["members"] == [{"id": bob.teams_id}] and created.body["bot"]["id"] == BOT["id"]
    assert created.body["isGroup"] is False and created.body["channelData"] == {"tenant": {"id": "tenant-1"}}
    private = created.result_id
    assert title(connector.last_card(private)[1]) == "Seek advice about sharing information"
    said_in_channel = text(connector.last_card(TEAM_CHANNEL)[1])
    assert "private message" in said_in_channel
    # What was typed in the channel is not carried into the dialog or repeated anywhere.
    assert not [c for c in connector.calls if "Walsh" in c.text]
    with session_scope(server.core.engine) as s:
        (dialog,) = s.execute(select(DialogState)).scalars()
        assert dialog.conversation == private
        keys = {r.key for r in s.execute(select(ConversationRef)).scalars()}
    assert keys == {f"user:{bob.aad}", f"channel:{TEAM_CHANNEL}"}


async def test_help_and_unaddressed_channel_messages(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    bob = people["bob"]
    await server.post(bob.in_channel(TEAM_CHANNEL, "help", mention=True))
    assert title(connector.last_card(TEAM_CHANNEL)[1]) == "Sharewise can help"
    before = len(connector.calls)
    # A channel message not addressed to the bot (it can read them with the RSC permission) is left alone.
    await server.post(bob.in_channel(TEAM_CHANNEL, "lunch anyone? seek advice from the chef"))
    assert len(connector.calls) == before


async def test_a_personal_message_resumes_an_open_dialog(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    await server.post(alice.says("hello"))
    assert title(connector.last_card(alice.personal_conv)[1]) == "Sharewise can help"
    await server.post(alice.says("Seek Advice"))
    await server.post(alice.says("where was I?"))
    cards = connector.cards(connector.to(alice.personal_conv)[-2:])
    assert "Welcome back" in text(cards[0]) and title(cards[1]) == "Seek advice about sharing information"
