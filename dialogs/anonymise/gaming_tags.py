"""A player's name in a game or on a console, after the words that introduce it: "his gaming tag frewlas69",
"xbox name is kobi_x7", "PSN ID: darkwolf_07", "fortnite name - sk8rboi11".

handles.py knows "gamer tag" and the platforms' own names before a handle; a note also writes what the name is
("gaming tag", "game name", "in-game name", "playstation name"). Only a handle-shaped word is taken: one with a
letter and a digit, an underscore or a dot, so "his xbox name is unknown" stays readable. Tried only round "tag",
"name" and "id", and only in notes that hold one of the game words as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_BARE_HANDLE
from dialogs.anonymise.types import EntityType, Span

_GAME_WORDS = ("gaming", "game", "xbox", "playstation", "psn", "fortnite", "minecraft", "roblox", "steam",
               "console", "online")
_TAG_RE = re.compile(
    r"(?<![\w'’])(?i:gaming|in[ \t-]?game|game|xbox|playstation|ps[45]|psn|fortnite|minecraft|roblox|steam|console"
    r"|online)[ \t]+(?i:tag|name|id|username|user[ \t]+name)"
    r"[ \t]*(?:(?i:is|was|=)[ \t]*|[:=-][ \t]*)?['\"“‘]?"
    r"(?P<h>(?=[A-Za-z0-9_.]*[\d_.])(?=[\d_.]*[A-Za-z])[A-Za-z0-9_][A-Za-z0-9_.]{2,29}(?<!\.))(?![\w@/])"
)
_TABLE = RuleTable(((_TAG_RE, ("tag", "name", "id"), 40, 50, True),))


def gaming_tags(text: str) -> Iterator[Span]:
    """Each player's name after a game's or console's word for it."""
    low = scan.lowered(text)
    if not any(w in low for w in _GAME_WORDS):
        return  # the usual note names no game (speed)
    for _, m in _TABLE.matches(text):
        yield Span(EntityType.HANDLE, m.start("h"), m.end("h"), P_BARE_HANDLE)
