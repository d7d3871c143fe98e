"""Slack timing out on a direct message: the bot opens its DM channel with the person, and after a timeout
looks there for its own post's key (`im:history`) before posting again, so the message arrives once."""

from __future__ import annotations

import pytest

from bot.slack import post_once
from tests.security.settle import Settler
from tests.slack.conftest import ADMIN, Bot
from tests.slack.test_records import command

DM = "DADMIN"  # what the fake's conversations.open answers for ADMIN


async def purge_dry_run(bot: Bot) -> None:
    """An admin's dry-run purge: its result comes to them as a direct message after the ack."""
    settled = Settler()
    assert (await command(bot, "/sharewise-purge", ADMIN, "--dry-run")).startswith("Working on it")
    await settled.wait()  # the DM's delivery is over: a second post would be here by now


async def test_a_dm_that_timed_out_but_landed_is_not_posted_again(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    bot.api.hold_once["chat.postMessage"] = "landed"
    await purge_dry_run(bot)
    (opened,) = bot.api.of("conversations.open")
    assert opened.body["users"] == ADMIN
    (post,) = bot.api.of("chat.postMessage")
    assert post.body["channel"] == DM and "Nothing was changed" in post.body["text"]
    (look,) = bot.api.of("conversations.history")
    assert look.body["channel"] == DM and str(look.body["include_all_metadata"]).lower() in ("true", "1")
    assert not bot.api.hold_once  # the held call was the DM


async def test_a_dm_that_timed_out_and_was_lost_arrives_once(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    bot.api.hold_once["chat.postMessage"] = "lost"
    await purge_dry_run(bot)
    posts = bot.api.of("chat.postMessage")
    landed = [c for c in posts if c.answer.get("ok")]
    assert len(posts) == 2 and len(landed) == 1
    assert {c.body["channel"] for c in posts} == {DM} and "Nothing was changed" in landed[0].body["text"]
    assert posts[0].body["metadata"] == posts[1].body["metadata"]  # one message, tried twice
    assert [c.body["channel"] for c in bot.api.of("conversations.history")] == [DM]


async def test_a_dm_that_cannot_be_confirmed_is_not_posted_twice(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(post_once, "POST_TIMEOUT", 0.3)
    bot.api.hold_once["chat.postMessage"] = "landed"
    bot.api.error_once["conversations.history"] = "missing_scope"  # e.g. an install without im:history yet
    await purge_dry_run(bot)
    assert len(bot.api.of("chat.postMessage")) == 1
