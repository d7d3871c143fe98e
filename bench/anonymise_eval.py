"""Score an anonymiser on the labelled UK case-note set in tests/anonymise_eval/.

    python bench/anonymise_eval.py [--split dev|heldout|fresh|fresh2|...|fresh15|all] [--json] [--misses N]

Scoring (the same for Sharewise and for the peers in bench/anonymise_peers.py):

* An entity is *caught* if at least 90% of its non-space characters fall inside redacted spans of any
  type: for safeguarding what matters is that the identifier is gone, not what it was called.
* *Type match* counts caught entities that also got the right label from an overlapping span.
* *Character precision* is the share of redacted non-space characters that lie inside gold spans
  (whitespace is ignored so that merging "Flat 3," with "14 Bramble Road" is not penalised).
* For notes with no identifiers, *word survival* is the share of words with no redacted character:
  over-redaction there makes the advice useless.

``evaluate(notes, redact_fn)`` is the reusable entry point; ``redact_fn(text)`` returns an iterable
of ``(start, end, type_or_None)`` spans.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "anonymise_eval"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.anonymise_eval import split_tables  # noqa: E402  (stdlib only: the peers' venv can load it)

Span = tuple[int, int, str | None]
RedactFn = Callable[[str], Iterable[Span]]

TYPES = (
    "PERSON",
    "DATE",
    "ADDRESS",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "NHS_NUMBER",
    "NI_NUMBER",
    "SCHOOL",
    "REFERENCE",
    "HANDLE",
    "VEHICLE_REG",
    "URL",
)
# Targets from issue 3.  URL is held to the structured bar too: it is as regular as an email.
STRUCTURED = (
    "NHS_NUMBER",
    "NI_NUMBER",
    "POSTCODE",
    "PHONE",
    "EMAIL",
    "DATE",
    "HANDLE",
    "VEHICLE_REG",
    "REFERENCE",
    "URL",
)
NAMED = ("PERSON", "ADDRESS", "SCHOOL")
RECALL_TARGETS: dict[str, float] = {**{t: 0.99 for t in STRUCTURED}, **{t: 0.97 for t in NAMED}}
PRECISION_TARGET = 0.90
SURVIVAL_TARGET = 0.95
CAUGHT_FRACTION = 0.90

# The generator's own table, so a new split can be scored the moment it is added.
SPLITS: tuple[str, ...] = split_tables.SPLITS

WORD = re.compile(r"\w+(?:['’]\w+)*")


def load_notes(split: str = "all") -> list[dict[str, Any]]:
    splits = SPLITS if split == "all" else (split,)
    notes: list[dict[str, Any]] = []
    for s in splits:
        with (DATA / f"{s}.jsonl").open(encoding="utf-8") as fh:
            notes.extend(json.loads(line) for line in fh if line.strip())
    return notes


def sharewise_redact(text: str) -> list[Span]:
    """Adapter for Sharewise's own anonymiser (imported lazily so the data tests need nothing)."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from dialogs.anonymise import anonymise

    spans: list[Span] = []
    for e in anonymise(text).entities:
        etype = getattr(e.type, "name", None) or str(e.type)
        spans.append((e.start, e.end, str(etype).upper()))
    return spans


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> list[bool]:
    mask = [False] * length
    for start, end in spans:
        for i in range(max(0, start), min(length, end)):
            mask[i] = True
    return mask


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def evaluate(notes: Sequence[dict[str, Any]], redact_fn: RedactFn) -> dict[str, Any]:
    """Run ``redact_fn`` over ``notes`` and return recall/precision/survival figures as a dict."""
    per_type: dict[str, dict[str, int]] = {t: {"total": 0, "caught": 0, "type_match": 0} for t in TYPES}
    misses: list[dict[str, Any]] = []
    over_redactions: list[dict[str, Any]] = []
    redacted_chars = redacted_in_gold = gold_chars = gold_covered = 0
    words_total = words_kept = clean_notes = 0
    chars = 0
    elapsed = 0.0

    for note in notes:
        text: str = note["text"]
        chars += len(text)
        t0 = time.perf_counter()
        pred = [(int(s), int(e), t) for s, e, t in redact_fn(text)]
        elapsed += time.perf_counter() - t0

        red = _mask(len(text), ((s, e) for s, e, _ in pred))
        gold = _mask(len(text), ((g["start"], g["end"]) for g in note["entities"]))
        for i, ch in enumerate(text):
            if ch.isspace():
                continue
            if red[i]:
                redacted_chars += 1
                redacted_in_gold += gold[i]
            if gold[i]:
                gold_chars += 1
                gold_covered += red[i]

        for g in note["entities"]:
            stats = per_type.setdefault(g["type"], {"total": 0, "caught": 0, "type_match": 0})
            stats["total"] += 1
            idx = [i for i in range(g["start"], g["end"]) if not text[i].isspace()]
            covered = sum(red[i] for i in idx)
            if idx and covered / len(idx) >= CAUGHT_FRACTION:
                stats["caught"] += 1
                if any(t == g["type"] and s < g["end"] and e > g["start"] for s, e, t in pred):
                    stats["type_match"] += 1
            else:
                misses.append(
                    {
                        "id": note["id"],
                        "type": g["type"],
                        "text": text[g["start"] : g["end"]],
                        "covered": round(covered / len(idx), 2) if idx else 0.0,
                    }
                )

        # Redacted stretches that touch no gold character: the over-redaction worth looking at.
        for s, e, t in pred:
            if not any(gold[s:e]) and text[s:e].strip():
                over_redactions.append({"id": note["id"], "type": t, "text": text[s:e]})

        if not note["entities"]:
            clean_notes += 1
            for m in WORD.finditer(text):
                words_total += 1
                words_kept += not any(red[m.start() : m.end()])

    total = sum(v["total"] for v in per_type.values())
    caught = sum(v["caught"] for v in per_type.values())
    type_rows = {
        t: {
            **v,
            "recall": _ratio(v["caught"], v["total"]),
            "type_accuracy": _ratio(v["type_match"], v["caught"]),
        }
        for t, v in per_type.items()
    }
    precision = _ratio(redacted_in_gold, redacted_chars)
    recall = _ratio(caught, total)
    f2 = None
    if precision is not None and recall is not None and (4 * precision + recall) > 0:
        f2 = 5 * precision * recall / (4 * precision + recall)
    return {
        "notes": len(notes),
        "entities": total,
        "caught": caught,
        "recall": recall,
        "char_recall": _ratio(gold_covered, gold_chars),
        # No redaction at all cannot over-redact, so precision is vacuously 1.
        "char_precision": 1.0 if precision is None else precision,
        "f2": f2,
        "type_match": sum(v["type_match"] for v in per_type.values()),
        "per_type": type_rows,
        "no_identifier": {
            "notes": clean_notes,
            "words": words_total,
            "kept": words_kept,
            "word_survival": _ratio(words_kept, words_total),
        },
        "chars": chars,
        "seconds": elapsed,
        "chars_per_s": chars / elapsed if elapsed > 0 else None,
        "misses": misses,
        "over_redactions": over_redactions,
    }


def _pct(x: float | None) -> str:
    return "  n/a" if x is None else f"{100 * x:5.1f}%"


def format_report(res: dict[str, Any], title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'type':<12} {'n':>5} {'caught':>6} {'recall':>7} {'target':>7} {'typed':>7}")
    for t in TYPES:
        row = res["per_type"].get(t)
        if not row or not row["total"]:
            continue
        flag = "" if (row["recall"] or 0) >= RECALL_TARGETS[t] else "  <-- below target"
        lines.append(
            f"{t:<12} {row['total']:>5} {row['caught']:>6} {_pct(row['recall']):>7} "
            f"{_pct(RECALL_TARGETS[t]):>7} {_pct(row['type_accuracy']):>7}{flag}"
        )
    ni = res["no_identifier"]
    lines += [
        f"overall entity recall {_pct(res['recall'])} ({res['caught']}/{res['entities']}), "
        f"char recall {_pct(res['char_recall'])}, char precision {_pct(res['char_precision'])} "
        f"(target {_pct(PRECISION_TARGET)}), F2 {res['f2'] or 0:.3f}",
        f"type-level detections: {res['type_match']}/{res['caught']} caught entities carried the right type",
        f"no-identifier notes: {ni['notes']}, word survival {_pct(ni['word_survival'])} "
        f"({ni['kept']}/{ni['words']}, target {_pct(SURVIVAL_TARGET)})",
        f"speed: {res['chars'] / max(res['seconds'], 1e-9):,.0f} chars/s over {res['notes']} notes",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--json", action="store_true", help="print the full result dict as JSON")
    ap.add_argument("--misses", type=int, default=0, help="also list up to N missed entities and over-redactions")
    args = ap.parse_args(argv)
    splits = SPLITS if args.split == "all" else (args.split,)
    results = {s: evaluate(load_notes(s), sharewise_redact) for s in splits}
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
        return 0
    for s, res in results.items():
        print(format_report(res, f"== Sharewise anonymiser, {s} split =="))
        for m in res["misses"][: args.misses]:
            print(f"  MISS {m['id']} {m['type']}: {m['text']!r} ({m['covered']:.0%} covered)")
        for o in res["over_redactions"][: args.misses]:
            print(f"  OVER {o['id']} {o['type']}: {o['text']!r}")
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
