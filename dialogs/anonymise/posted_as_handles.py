"""A handle after "posts ... as": "mum posts about it as jodiespoonie3", "he posted it as kai.b.22". `handles` takes a
handle straight after "posts as"; with "about it" between, or "it", the cue was lost. The word after "as" must be
shaped like a handle (a digit, a dot or an underscore inside it), so "posts about it as well" stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_HANDLE
from dialogs.anonymise.types import EntityType, Span

_POSTS_AS_RE = re.compile(
    r"(?<![\w'’-])(?i:posts|posted|posting|post)[ \t]+(?:(?i:about|on)[ \t]+)?(?i:it|this|him|her|them|that)?[ \t]*"
    r"(?i:as)[ \t]+@?(?P<h>[A-Za-z][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])(?![\w@-]|\.\w)"
)
_TABLE = RuleTable(((_POSTS_AS_RE, ("post",), 2, 60, True),))
_HANDLE_SHAPE_RE = re.compile(r"\d|[A-Za-z][._][A-Za-z0-9]")


def posted_as_handles(text: str) -> Iterator[Span]:
    for _, m in _TABLE.matches(text):
        if _HANDLE_SHAPE_RE.search(m.group("h")):
            yield Span(EntityType.HANDLE, m.start("h"), m.end("h"), P_HANDLE)
