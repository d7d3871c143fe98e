"""Making plain text safe for Slack, and short enough for its limits.

Slack treats `&`, `<` and `>` as control characters in every text object, so anything a person typed
is escaped before it is shown: `<!channel>`, `<@U123>` and `<http://x|link>` then show as typed and do
nothing. Limits are counted on the escaped text, since that is what Slack measures.
"""

from __future__ import annotations

ELLIPSIS = "…"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _prefix(text: str, budget: int) -> int:
    """How many characters of `text` fit in `budget` once escaped."""
    # Every card and modal runs this on each text: answer the usual cases without a walk per character.
    if len(escape(text)) <= budget:
        return len(text)
    head = text[:budget]
    if "&" not in head and "<" not in head and ">" not in head:
        return budget
    used = 0
    for i, ch in enumerate(text):
        used += len(escape(ch))
        if used > budget:
            return i
    return len(text)


def fit(text: str, limit: int) -> str:
    """Escaped text within `limit` characters, cut at a word where possible, never inside an entity."""
    if len(escape(text)) <= limit:
        return escape(text)
    cut = text[:_prefix(text, limit - len(ELLIPSIS))].rstrip()
    space = cut.rfind(" ")
    if space > len(cut) * 0.6:  # a word boundary not too far back reads better than a split word
        cut = cut[:space].rstrip()
    return escape(cut) + ELLIPSIS


def chunks(text: str, limit: int) -> list[str]:
    """Escaped pieces of at most `limit` characters each, split at line breaks or spaces."""
    out: list[str] = []
    rest = text
    while rest:
        take = _prefix(rest, limit)
        if take < len(rest):
            brk = max(rest.rfind("\n", 0, take), rest.rfind(" ", 0, take))
            if brk > take // 2:
                take = brk + 1
        piece = escape(rest[:take].rstrip())
        if piece:
            out.append(piece)
        rest = rest[take:].lstrip("\n ")
    return out
