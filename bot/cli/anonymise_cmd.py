"""`sharewise anonymise`: redact case text from stdin.

Plain mode reads all of stdin and prints the redacted text. `--jsonl` streams one JSON object per
line, so a large batch never sits in memory and each result appears as soon as it is ready.
"""

from __future__ import annotations

import json
import sys

import click

from dialogs.anonymise import Redaction
from dialogs.anonymise import anonymise as redact_text


def _record(result: Redaction) -> dict[str, object]:
    return {
        "text": result.text,
        "entities": [{"type": str(e.type), "start": e.start, "end": e.end} for e in result.entities],
    }


def _jsonl_line(line: str, number: int) -> dict[str, object]:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        # The error names the position only: echoing the line would print raw case text.
        return {"error": f"line {number}: not valid JSON: {exc.msg} at column {exc.pos + 1}"}
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return {"error": f'line {number}: expected an object with a "text" string'}
    extra = obj.get("extra", [])
    keep = obj.get("keep", [])
    if not (isinstance(extra, list) and all(isinstance(x, str) for x in extra)):
        return {"error": f'line {number}: "extra" must be a list of strings'}
    if not (isinstance(keep, list) and all(isinstance(x, str) for x in keep)):
        return {"error": f'line {number}: "keep" must be a list of strings'}
    return _record(redact_text(obj["text"], extra=extra, keep=keep))


@click.command("anonymise")
@click.option("--jsonl", is_flag=True, help='Read one {"text": ...} object per line and write one per line.')
@click.option("--extra", multiple=True, help="Also hide this word or phrase (repeatable).")
@click.option("--keep", multiple=True, help="Do not hide this detected word (repeatable).")
def anonymise(jsonl: bool, extra: tuple[str, ...], keep: tuple[str, ...]) -> None:
    """Hide names, addresses, numbers and other identifiers in text read from standard input."""
    # Undecodable bytes must not crash a batch: replace them and carry on.
    stdin, stdout = sys.stdin, sys.stdout
    for stream, errors in ((stdin, "replace"), (stdout, "replace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors=errors)
    if jsonl:
        for number, raw in enumerate(stdin, start=1):
            line = raw.rstrip("\r\n")
            out = _jsonl_line(line, number) if line.strip() else {"error": f"line {number}: empty line"}
            # ASCII escapes keep every line valid JSON even for lone surrogates that UTF-8 cannot carry.
            stdout.write(json.dumps(out) + "\n")
            stdout.flush()
        return
    result = redact_text(stdin.read(), extra=extra, keep=keep)
    stdout.write(result.text)
    if result.text and not result.text.endswith("\n"):
        stdout.write("\n")
    stdout.flush()
