"""A message's reply reaches the Bot Connector in the Bot Framework REST API's own shape: a reply to
the activity, addressed from the bot to the person, in their conversation, with the card attached."""

from __future__ import annotations

from sqlalchemy import select

from storage.db import session_scope
from storage.models import ConversationRef
from tests.teams.conftest import BOT, Server, User
from tests.teams.fake_connector import FakeConnector


async def test_a_reply_is_posted_as_a_reply_to_the_message_with_the_card(
        server: Server, connector: FakeConnector, people: dict[str, User]) -> None:
    alice = people["alice"]
    conversation = "a:alice;messageid=17"  # Teams ids carry characters that must be escaped in the path
    status, _ = await server.post(alice._base({"id": conversation, "conversationType": "personal",
                                               "tenantId": "tenant-1"}, type="message", text="seek advice"))
    assert status == 201
    incoming = alice.last_ids[-1]
    [call] = [c for c in connector.calls if c.method == "POST"]
    assert call.path == f"/v3/conversations/{conversation}/activities/{incoming}"
    body = call.body
    assert body["type"] == "message" and body["replyToId"] == incoming
    assert body["from"]["id"] == BOT["id"] and body["recipient"]["id"] == alice.teams_id
    assert body["conversation"]["id"] == conversation and body["serviceUrl"] == alice.service_url
    assert body["attachments"][0]["contentType"] == "application/vnd.microsoft.card.adaptive"
    assert body["locale"] == "en-GB"

    with session_scope(server.core.engine) as s:  # where to reach Alice later, as a ConversationReference
        ref = s.execute(select(ConversationRef).where(ConversationRef.key == f"user:{alice.aad}")).scalar_one().ref
    assert ref["user"] == {"id": alice.teams_id, "name": alice.name, "aadObjectId": alice.aad}
    assert ref["bot"]["id"] == BOT["id"] and ref["conversation"]["id"] == conversation
    assert ref["serviceUrl"] == alice.service_url and ref["channelId"] == "msteams"
