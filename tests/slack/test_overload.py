"""When Sharewise cannot open a form within Slack's 3-second trigger window, the person is told so, at
once and only them, instead of waiting for a form that never comes."""

from __future__ import annotations

import time

from bot import offload
from bot.slack.fast_path import JOB
from tests.slack.conftest import PRACTITIONER, TEAM_CHANNEL, Bot

TRY_AGAIN = "Please try /seek-advice again in a minute"


def work_of(bot: Bot) -> offload.Offload:
    return offload.of(bot.slack.client.server.app)


async def test_a_command_past_what_can_be_done_in_time_is_told_to_try_again(bot: Bot) -> None:
    work_of(bot).max_in_flight = 1
    bot.api.hold_once = {"views.open": "landed"}  # the first person's form is still opening
    first = await bot.slack.command("/seek-advice", PRACTITIONER, TEAM_CHANNEL)
    assert first.status == 200 and await first.text() == ""
    await bot.api.wait_for("views.open", 1)

    second = await bot.slack.command("/seek-advice", "UOTHER", TEAM_CHANNEL, "Worried about Jo Bloggs")
    assert second.status == 200
    body = await second.json()
    assert body["response_type"] == "ephemeral" and TRY_AGAIN in body["text"] and "999" in body["text"]
    assert "Bloggs" not in body["text"]

    bot.api._release.set()  # the first form opens after all, and is filled
    await bot.api.wait_for("views.update", 1)
    await work_of(bot).idle()
    assert len(bot.api.of("views.open")) == 1  # nothing was started for the second person


async def test_a_form_slack_says_is_too_late_to_open_is_explained(bot: Bot) -> None:
    bot.api.error_once = {"views.open": "expired_trigger_id"}
    r = await bot.slack.command("/seek-advice", PRACTITIONER, TEAM_CHANNEL, response_url=bot.api.response_url(7))
    assert r.status == 200
    told = (await bot.api.wait_for("response_url", 1))[0].body
    assert TRY_AGAIN in told["text"] and told["response_type"] == "ephemeral"
    await work_of(bot).idle()
    assert not bot.api.of("views.update")


async def test_work_that_waited_past_the_trigger_window_does_not_try_to_open_a_form(bot: Bot) -> None:
    body = {"team_id": "T1", "user_id": PRACTITIONER, "channel_id": TEAM_CHANNEL, "command": "/seek-advice",
            "text": "", "trigger_id": "trigger-old", "response_url": bot.api.response_url(8)}
    await work_of(bot).jobs[JOB]({"body": body, "acked_at": time.time() - 10})
    assert TRY_AGAIN in bot.api.of("response_url")[0].body["text"]
    assert not bot.api.of("views.open")
