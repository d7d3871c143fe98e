"""A small bar chart as PNG bytes, drawn with zlib and struct so the bot needs no imaging library.

Two bars a week (consultations, decisions) over a quarter. No text in the picture: the card beside it
carries the numbers and the alt text, which screen readers use.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

Colour = tuple[int, int, int]

BACKGROUND: Colour = (255, 255, 255)
AXIS: Colour = (160, 160, 160)
GRID: Colour = (235, 235, 235)
CONSULTATIONS: Colour = (46, 109, 180)  # blue
DECISIONS: Colour = (42, 157, 92)  # green

BAR, GAP, GROUP_GAP, HEIGHT, PAD = 8, 2, 8, 96, 8


def _png(width: int, height: int, rows: list[bytearray]) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + bytes(r) for r in rows)  # filter type 0 on every scanline
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def bar_chart(consultations: Sequence[int], decisions: Sequence[int]) -> bytes:
    """Paired bars per week, oldest on the left, scaled to the busiest week."""
    weeks = len(consultations)
    width = PAD * 2 + weeks * (2 * BAR + GAP) + (weeks - 1) * GROUP_GAP
    height = HEIGHT + PAD * 2
    rows = [bytearray(BACKGROUND * width) for _ in range(height)]

    def fill(x0: int, y0: int, x1: int, y1: int, colour: Colour) -> None:
        for y in range(max(0, y0), min(height, y1)):
            rows[y][x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)

    base = PAD + HEIGHT
    for quarter in (1, 2, 3, 4):
        y = base - HEIGHT * quarter // 4
        fill(PAD, y, width - PAD, y + 1, GRID)
    top = max([*consultations, *decisions, 1])
    for i, (c, d) in enumerate(zip(consultations, decisions, strict=True)):
        x = PAD + i * (2 * BAR + GAP + GROUP_GAP)
        for offset, value, colour in ((0, c, CONSULTATIONS), (BAR + GAP, d, DECISIONS)):
            h = round(HEIGHT * value / top)
            if value and h == 0:
                h = 1  # a week with any activity shows at least a sliver
            fill(x + offset, base - h, x + offset + BAR, base, colour)
    fill(PAD, base, width - PAD, base + 1, AXIS)
    return _png(width, height, rows)
