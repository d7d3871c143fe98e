"""Making plain text safe for Slack, and short enough for its limits.

Slack treats `&`, `<` and `>` as control characters in every text object, so anything a person typed
is escaped before it is shown: `<!channel>`, `<@U123>` and `<http://x|link>` then show as typed and do
nothing. Limits are counted on the escaped text, since that is what Slack measures.
"""

from __future__ import annotations

ELLIPSIS = "…"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fit(text: str, limit: int) -> str:
    """Escaped text within `limit` characters, cut at a word where possible, never inside an entity."""
    if len(escape(text)) <= limit:
        return escape(text)
    raw = text
    while raw and len(escape(raw)) + len(ELLIPSIS) > limit:
        over = len(escape(raw)) + len(ELLIPSIS) - limit
        raw = raw[: max(0, len(raw) - max(1, over))]
    cut = raw.rstrip()
    space = cut.rfind(" ")
    if space > len(cut) * 0.6:  # a word boundary not too far back reads better than a split word
        cut = cut[:space].rstrip()
    return escape(cut) + ELLIPSIS


def chunks(text: str, limit: int) -> list[str]:
    """Escaped pieces of at most `limit` characters each, split at line breaks or spaces."""
    out: list[str] = []
    rest = text
    while rest:
        if len(escape(rest)) <= limit:
            out.append(escape(rest))
            break
        take = len(rest)
        while len(escape(rest[:take])) > limit:
            take = max(1, min(take - 1, take * limit // max(1, len(escape(rest[:take])))))
        piece = rest[:take]
        brk = max(piece.rfind("\n"), piece.rfind(" "))
        if brk > take // 2:
            take = brk + 1
        out.append(escape(rest[:take].rstrip()))
        rest = rest[take:].lstrip("\n ")
    return [p for p in out if p]
