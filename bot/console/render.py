"""Neutral messages as terminal text."""

from __future__ import annotations

import textwrap

from dialogs.messages import Card, Input, Notice

WIDTH = 88
TONES = {"info": "", "success": "✓ ", "warning": "! ", "urgent": "!! "}


def _wrap(text: str, indent: str = "") -> str:
    out = []
    for para in text.split("\n"):
        out.append(textwrap.fill(para, WIDTH, initial_indent=indent, subsequent_indent=indent) if para else "")
    return "\n".join(out)


def notice(n: Notice) -> str:
    return _wrap(TONES[n.tone] + n.text)


def card(c: Card) -> str:
    lines = ["", "=" * min(WIDTH, max(len(c.title), 20)), c.title, "=" * min(WIDTH, max(len(c.title), 20))]
    for s in c.sections:
        lines.append(_wrap(s))
        lines.append("")
    for f in c.facts:
        lines.append(_wrap(f"{f.label}: {f.value}", "  "))
    labels = {i.id: i.label for i in c.inputs}
    for key, err in c.errors.items():
        lines.append(_wrap(f"! {labels.get(key, key)}: {err}"))
    return "\n".join(lines).rstrip() + "\n"


def prompt_label(i: Input) -> str:
    label = i.label + ("" if i.required else " (optional)")
    if i.hint:
        label += f"\n  {i.hint}"
    if i.kind in ("choice", "multi_choice"):
        opts = "\n".join(f"  {n}) {c.label}" for n, c in enumerate(i.choices, 1))
        how = "numbers separated by commas" if i.kind == "multi_choice" else "a number"
        label += f"\n{opts}\n  Type {how}."
    elif i.kind == "long_text":
        label += "\n  (Finish with an empty line.)"
    elif i.kind == "date":
        label += "\n  (As YYYY-MM-DD.)"
    return label
