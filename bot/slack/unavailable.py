"""What a person sees when Sharewise cannot do what they asked right now (the database is restarting, say).

Slack shows only "We had some trouble connecting" for a failed submission, and a modal opened by a command
would stay on its placeholder. Here the person is told plainly, and what they typed stays in the form.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.logging_setup import log
from dialogs.messages import Notice

#: The database could not be reached or dropped the connection; anything else is a bug and is raised.
ERRORS = (DBAPIError, PoolTimeout)

TEXT = ("Sorry, Sharewise cannot reach its records just now. Nothing you typed is lost: please try again "
        "in a minute.")
NOTICE = Notice(TEXT, tone="warning")


def failed(where: str, exc: BaseException) -> None:
    log.error("slack.unavailable", where=where, error=type(exc).__name__)


def field_errors(view: dict[str, Any]) -> dict[str, str] | None:
    """The message on the modal's first field, so Slack keeps every answer typed; None without fields."""
    for block in view.get("blocks") or []:
        if isinstance(block, dict) and block.get("type") == "input" and isinstance(block.get("block_id"), str):
            return {block["block_id"]: TEXT}
    return None
