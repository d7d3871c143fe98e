"""`sharewise anonymise` as a practitioner or a batch job would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


def test_jsonl_mode_writes_one_object_per_line_in_order_with_original_offsets() -> None:
    texts = ["Call Kerry on 07700 900123.", "No identifiers here.", "NHS 943 476 5919 for Aisha Begum."]
    res = _run(["--jsonl"], "".join(json.dumps({"text": t}) + "\n" for t in texts))
    assert res.returncode == 0, res.stderr
    lines = res.stdout.decode().splitlines()
    assert len(lines) == 3
    for text, line in zip(texts, lines, strict=True):
        obj = json.loads(line)
        assert set(obj) == {"text", "entities"}
        for ent in obj["entities"]:
            assert set(ent) == {"type", "start", "end"}
            assert 0 <= ent["start"] < ent["end"] <= len(text)
    first = json.loads(lines[0])
    assert first["text"] == "Call Adult 1 on [phone]."
    assert [text[e["start"] : e["end"]] for e in first["entities"] for text in [texts[0]]] == [
        "Kerry", "07700 900123"]
    assert json.loads(lines[1]) == {"text": "No identifiers here.", "entities": []}


def test_jsonl_bad_lines_get_an_error_and_the_rest_still_run() -> None:
    stdin = '{"text": "Kerry rang"}\nnot json at all\n{"nope": 1}\n\n["a"]\n{"text": "Tyler"}\n'
    res = _run(["--jsonl"], stdin)
    assert res.returncode == 0
    out = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert len(out) == 6
    assert out[0]["text"] == "Adult 1 rang"
    assert out[1]["error"].startswith("line 2: not valid JSON")
    assert "not json" not in out[1]["error"]  # the bad line itself is never echoed
    assert out[2]["error"].startswith("line 3:")
    assert out[3]["error"].startswith("line 4:")
    assert out[4]["error"].startswith("line 5:")
    assert out[5]["text"] == "Adult 1"


def test_jsonl_survives_invalid_utf8_and_odd_unicode() -> None:
    res = _run(["--jsonl"], b'{"text": "caf\xff \\u0000 \\ud800 Kerry"}\n\xff\xfe\n{"text": "ok"}\n')
    assert res.returncode == 0, res.stderr
    lines = res.stdout.decode().splitlines()
    assert len(lines) == 3
    assert json.loads(lines[2]) == {"text": "ok", "entities": []}


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
