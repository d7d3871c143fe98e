"""The records commands as typed in chat (export, purge, roles), read the same way in every channel.

Channels hand in what the person typed and get back a query or a usage notice; the work itself is done by
`export`, `retention` and `roles_admin`, which authorise and audit. An export for chat is built in memory
up to a size the channel can deliver; past that it stops (audited as incomplete) and says how to get it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from dialogs import records as rec
from dialogs.actors import Actor, Forbidden, require
from dialogs.export import ExportQuery, export_decisions
from dialogs.messages import Notice, Reply
from storage.db import session_scope

#: The default span of an export when no dates are given: the last 30 days, today included.
DEFAULT_DAYS = 30
EXPORT_USAGE = Notice("To export decisions, give the first and last day and a format, for example "
                      "“export 2026-01-01 2026-01-31 csv”. With no dates you get the last 30 days, as CSV.")
PURGE_USAGE = Notice("To purge records past their retention period, use “purge”, or “purge dry run” to see "
                     "what would be removed without changing anything.")
ROLES_USAGE = Notice("Use “dsl add @name”, “dsl remove @name” or “dsl list”. "
                     "Admins: “admin add @name” or “admin remove @name”.")
TOO_LARGE = ("That export is too large to send here. Please choose fewer days, or ask whoever runs Sharewise "
             "to run “sharewise export --from {start} --to {end} --format {fmt} --org {org}”.")
MIME = {"csv": "text/csv", "json": "application/json"}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DRY_RUN = re.compile(r"^(--)?dry[\s_-]?run$", re.IGNORECASE)


def parse_export(text: str, today: date) -> tuple[date, date, Literal["csv", "json"]] | Notice:
    """`[from] [to] [csv|json]` -> (start, end, format); a usage or date notice when it cannot be read."""
    words = text.split()
    fmt: Literal["csv", "json"] = "csv"
    if words and words[-1].lower() in ("csv", "json"):
        fmt = "json" if words.pop().lower() == "json" else "csv"
    if len(words) > 2 or not all(_DATE.fullmatch(w) for w in words):
        return EXPORT_USAGE
    try:
        days = [date.fromisoformat(w) for w in words]
    except ValueError:
        return Notice("One of those dates does not exist. Please write dates as YYYY-MM-DD.", tone="warning")
    start = days[0] if days else today - timedelta(days=DEFAULT_DAYS - 1)
    end = days[1] if len(days) == 2 else today
    if end < start:
        return Notice("The end date is before the start date. Please check them.", tone="warning")
    return start, end, fmt


def parse_purge(text: str) -> bool | None:
    """True for a dry run, False for a real purge, None when the words are not understood."""
    rest = " ".join(text.split())
    if not rest:
        return False
    return True if _DRY_RUN.fullmatch(rest) else None


def today_in(tz: str) -> date:
    return datetime.now(ZoneInfo(tz)).date()


def refusal(engine: Engine, actor: Actor, action: Literal["records.export", "records.purge"]) -> Reply | None:
    """The audited refusal when `actor` may not do `action` in their organisation, else None.

    Lets a channel answer a refusal at once, before it starts something slow (Slack's 3-second ack)."""
    try:
        require(actor, action, org_id=actor.org_id)
    except Forbidden as exc:
        with session_scope(engine) as s:
            kind = "export" if action == "records.export" else "retention"
            return rec.refuse(s, actor, exc, kind, actor.org_id[:50])
    return None


class _TooLarge(Exception):
    pass


class _Capped(io.StringIO):
    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.size = 0

    def write(self, s: str) -> int:
        self.size += len(s.encode("utf-8"))
        if self.size > self.limit:
            raise _TooLarge
        return super().write(s)


@dataclass(frozen=True)
class ChatExport:
    reply: Reply
    rows: int = 0
    #: The file to hand over; empty when there is nothing to send (refused, no rows, or too large).
    content: bytes = b""
    filename: str = ""
    mime: str = ""


def export_for_chat(engine: Engine, actor: Actor, start: date, end: date, fmt: Literal["csv", "json"], tz: str,
                    limit: int) -> ChatExport:
    """A DSL's export of their own organisation, as a file of at most `limit` bytes for their private chat."""
    out = _Capped(limit)
    query = ExportQuery(start, end, fmt, None, tz)
    try:
        done = export_decisions(engine, actor, query, out)
    except _TooLarge:
        return ChatExport(Reply([Notice(TOO_LARGE.format(start=start, end=end, fmt=fmt, org=actor.org_id),
                                        tone="warning")]))
    if not done.ok or not done.rows:
        return ChatExport(done.reply, done.rows)
    return ChatExport(done.reply, done.rows, out.getvalue().encode("utf-8"),
                      f"sharewise-decisions-{start}-to-{end}.{fmt}", MIME[fmt])
