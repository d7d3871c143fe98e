"""Hypothesis strategies for hostile payloads: a valid payload, then broken the ways attackers and bugs do."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

ODD = st.sampled_from([
    "", " ", "\x00", "\x00\x01\x1b[31m", "\ud7ff\ue000\uffff", "\u202eevil\u202c", "ｓｅｅｋ", "Z̴̡̛a̶l̷g̸o̵",
    "👩‍👩‍👧‍👦" * 50, "\r\n" * 100, "x" * 40_000, "é" * 20_000, "<!channel>", "'; DROP TABLE decision; --",
    "{\"a\":", "null", "[]", "-1", "1e309", "NaN", "99999999999999999999999", "0x10", "true",
])
TEXT = ODD | st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)
SCALAR = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | TEXT
JSON_VALUE = st.recursive(SCALAR, lambda inner: st.lists(inner, max_size=4)
                          | st.dictionaries(TEXT, inner, max_size=4), max_leaves=12)


def nested(depth: int) -> Any:
    value: Any = "deep"
    for i in range(depth):
        value = [value] if i % 2 else {"a": value}
    return value


WEIRD = JSON_VALUE | st.integers(10, 150).map(nested)


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path into a JSON value (dict keys and list indices)."""
    out: list[tuple[Any, ...]] = []
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for key, child in items:
        out.append((*prefix, key))
        out.extend(paths(child, (*prefix, key)))
    return out


def _apply(doc: Any, path: tuple[Any, ...], op: str, new: Any) -> Any:
    doc = json.loads(json.dumps(doc))
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    if op == "delete":
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return doc


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any], max_changes: int = 3) -> Any:
    """`base` with 1..max_changes fields deleted or replaced by values of the wrong type, size or depth."""
    doc: Any = base
    for _ in range(draw(st.integers(1, max_changes))):
        where = paths(doc)
        if not where:
            break
        path = draw(st.sampled_from(where))
        op = draw(st.sampled_from(["delete", "replace", "replace"]))
        doc = _apply(doc, path, op, draw(WEIRD) if op == "replace" else None)
    return doc


@st.composite
def encoded(draw: st.DrawFn, base: dict[str, Any]) -> str:
    """Mutated and serialised; sometimes cut short (truncated JSON) or replaced by very deep nesting."""
    kind = draw(st.sampled_from(["mutated", "mutated", "truncated", "deep", "not an object"]))
    if kind == "deep":
        n = draw(st.sampled_from([500, 5_000, 50_000]))
        return "[" * n + "]" * n
    if kind == "not an object":
        return json.dumps(draw(JSON_VALUE))
    text = json.dumps(draw(mutated(base)))
    if kind == "truncated":
        return text[: draw(st.integers(0, max(0, len(text) - 1)))]
    return text
