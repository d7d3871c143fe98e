"""`sharewise anonymise` as a practitioner or a batch job would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_BIN = Path(sys.executable).with_name("sharewise")
# The installed console script, as a user runs it; `python -m bot.cli` only if it is missing.
_CMD = [str(_BIN), "anonymise"] if _BIN.exists() else [sys.executable, "-m", "bot.cli", "anonymise"]


def _run(args: list[str], stdin: str | bytes) -> subprocess.CompletedProcess[bytes]:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run([*_CMD, *args], input=data, capture_output=True, timeout=60)


def test_plain_mode_prints_the_redacted_text() -> None:
    res = _run([], "Tyler Walsh (8) lives at 12 Elm Road, LS9 8AB. Mum's phone is 07700 900123.\n")
    assert res.returncode == 0, res.stderr
    assert res.stdout.decode() == "Child A (8) lives at [address], [postcode]. Mum's phone is [phone].\n"
    assert b"Tyler" not in res.stderr


def test_plain_mode_accepts_extra_and_keep() -> None:
    res = _run(["--extra", "Red Lion", "--keep", "Grant Thornton"], "Grant Thornton met her at the Red Lion.")
    assert res.stdout.decode().strip() == "Grant Thornton met her at the [hidden]."


# One batch exercises every JSONL case: each run of the command pays the CLI's start-up cost.
_TEXTS = ["Call Kerry on 07700 900123.", "No identifiers here.", "NHS 943 476 5919 for Aisha Begum."]
_BATCH = (
    b"".join(json.dumps({"text": t}).encode() + b"\n" for t in _TEXTS)
    + b'not json at all\n{"nope": 1}\n\n["a"]\n{"text": "Tyler"}\n'
    + b'{"text": "caf\xff \\u0000 \\ud800 Kerry"}\n\xff\xfe\n{"text": "ok", "extra": ["ok"]}\n'
)


@pytest.fixture(scope="module")
def batch() -> list[dict[str, object]]:
    res = _run(["--jsonl"], _BATCH)
    assert res.returncode == 0, res.stderr
    return [json.loads(line) for line in res.stdout.decode().splitlines()]


def test_jsonl_writes_one_object_per_input_line_in_order(batch: list[dict[str, object]]) -> None:
    assert len(batch) == 11
    assert batch[0]["text"] == "Call Adult 1 on [phone]."
    assert batch[1] == {"text": "No identifiers here.", "entities": []}
    assert batch[7]["text"] == "Adult 1"
    assert batch[10] == {"text": "[hidden]", "entities": [{"type": "MARKED", "start": 0, "end": 2}]}


def test_jsonl_entities_carry_offsets_into_the_original_text(batch: list[dict[str, object]]) -> None:
    for text, obj in zip(_TEXTS, batch, strict=False):
        assert set(obj) == {"text", "entities"}
        for ent in obj["entities"]:  # type: ignore[attr-defined]
            assert set(ent) == {"type", "start", "end"}
            assert 0 <= ent["start"] < ent["end"] <= len(text)
    spans = [_TEXTS[0][e["start"] : e["end"]] for e in batch[0]["entities"]]  # type: ignore[attr-defined]
    assert spans == ["Kerry", "07700 900123"]
    assert [e["type"] for e in batch[2]["entities"]] == ["NHS_NUMBER", "PERSON"]  # type: ignore[attr-defined]


def test_jsonl_bad_lines_get_an_error_and_the_rest_still_run(batch: list[dict[str, object]]) -> None:
    assert str(batch[3]["error"]).startswith("line 4: not valid JSON")
    assert "not json" not in str(batch[3]["error"])  # the bad line itself is never echoed
    for i in (4, 5, 6):
        assert str(batch[i]["error"]).startswith(f"line {i + 1}:")
    assert "error" in batch[9]


def test_jsonl_survives_invalid_utf8_and_odd_unicode(batch: list[dict[str, object]]) -> None:
    assert "Kerry" not in str(batch[8]["text"])


def test_jsonl_streams_each_result_before_reading_the_next_line() -> None:
    proc = subprocess.Popen(
        [*_CMD, "--jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(json.dumps({"text": "Kerry rang 07700 900123"}) + "\n")
    proc.stdin.flush()
    first = proc.stdout.readline()  # would hang if the command read all of stdin first
    assert json.loads(first)["text"] == "Adult 1 rang [phone]"
    proc.stdin.close()
    proc.wait(timeout=30)
    assert proc.returncode == 0
