"""Reading Adaptive Cards the way a person would: title, visible text, fields and buttons."""

from __future__ import annotations

import re
from typing import Any

_ESCAPE = re.compile(r"\\(.)")


def plain(text: str) -> str:
    return _ESCAPE.sub(r"\1", text).replace("\u2060", "")


def title(card: dict[str, Any]) -> str:
    return plain(card["body"][0]["text"])


def text(card: dict[str, Any]) -> str:
    """Everything a person reads on the card, unescaped."""
    out = []
    for el in card.get("body", []):
        if el.get("type") == "TextBlock":
            out.append(plain(el["text"]))
        elif el.get("type") == "FactSet":
            out.extend(f"{plain(f['title'])}: {plain(f['value'])}" for f in el["facts"])
    return "\n".join(out)


def inputs(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {el["id"][3:]: el for el in card.get("body", []) if el.get("type", "").startswith("Input.")}


def buttons(card: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["data"]["sw"]: a["data"] for a in card.get("actions", [])}


def facts(card: dict[str, Any]) -> dict[str, str]:
    return {plain(f["title"]): plain(f["value"]) for el in card.get("body", []) if el.get("type") == "FactSet"
            for f in el["facts"]}
