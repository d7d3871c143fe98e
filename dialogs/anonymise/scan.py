"""Run a pattern only where it can match. Most identifiers contain a digit or an "@", and most case
text contains neither, so scanning the windows around those characters is several times faster than
running every pattern over the whole note."""

from __future__ import annotations

import re
from collections.abc import Iterator

Windows = list[tuple[int, int]]

_DIGITS = re.compile(r"\d+")
# Wide enough for the longest match that has a digit or "@" in it: a cue word, up to three street
# words or a written date either side.
MARGIN = 80


def _merge(points: Iterator[tuple[int, int]], length: int) -> Windows:
    wins: Windows = []
    for s, e in points:
        a, b = max(0, s - MARGIN), min(length, e + MARGIN)
        if wins and a <= wins[-1][1]:
            wins[-1] = (wins[-1][0], max(wins[-1][1], b))
        else:
            wins.append((a, b))
    return wins


def digit_windows(text: str) -> Windows:
    return _merge(((m.start(), m.end()) for m in _DIGITS.finditer(text)), len(text))


def char_windows(text: str, ch: str) -> Windows:
    def points() -> Iterator[tuple[int, int]]:
        i = text.find(ch)
        while i != -1:
            yield i, i + 1
            i = text.find(ch, i + 1)

    return _merge(points(), len(text))


def finditer(pattern: re.Pattern[str], text: str, wins: Windows) -> Iterator[re.Match[str]]:
    for a, b in wins:
        yield from pattern.finditer(text, a, b)
