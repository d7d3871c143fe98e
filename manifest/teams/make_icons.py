"""Draw the Teams app icons (run once; the PNGs are committed): `python manifest/teams/make_icons.py`.

color.png: 192x192, full colour. outline.png: 32x32, white on a transparent background (Teams' rules:
https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-icons).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
ACCENT = (31, 111, 92, 255)
WHITE = (255, 255, 255, 255)


def _bubble(draw: ImageDraw.ImageDraw, scale: float, fill: tuple[int, ...] | None, outline: tuple[int, ...] | None,
            width: int) -> None:
    """A speech bubble with a tick in it: asking, and a decision recorded."""
    def s(*xy: float) -> list[float]:
        return [v * scale for v in xy]

    draw.rounded_rectangle(s(4, 6, 28, 22), radius=5 * scale, fill=fill, outline=outline, width=width)
    draw.polygon(s(9, 21, 9, 28, 15, 21), fill=fill or outline)
    tick = outline or ACCENT
    draw.line(s(10, 14, 14, 18, 22, 10), fill=tick, width=max(2, int(2.2 * scale)), joint="curve")


def color() -> Image.Image:
    img = Image.new("RGBA", (192, 192), ACCENT)
    _bubble(ImageDraw.Draw(img), 6.0, fill=WHITE, outline=None, width=0)
    return img


def outline() -> Image.Image:
    img = Image.new("RGBA", (32, 32), (0, 0, 0, 0))
    _bubble(ImageDraw.Draw(img), 1.0, fill=None, outline=WHITE, width=2)
    return img


if __name__ == "__main__":
    color().save(HERE / "color.png", optimize=True)
    outline().save(HERE / "outline.png", optimize=True)
