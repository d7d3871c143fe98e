"""Compare Sharewise's anonymiser with Microsoft Presidio and scrubadub on the same evaluation set.

Run through ``bench/anonymise_peers.sh``: it needs the separate venv bench/.venv-peers, because the peers
weigh about 400 MB each and must never enter the project's own environment.  The results are printed and
written to bench/RESULTS-anonymise.md.

Peers are configured the way a team would use them offline:

* Presidio: pattern recognisers only, with the ``no_op`` NLP engine (the default engine tries to
  download a spaCy model, and there is no network).  The UK recognisers that are off by default (NINO,
  postcode, vehicle registration, passport, driving licence) are switched on.  It is scored twice:
  keeping every result (threshold 0, recall first), and keeping only results scored 0.35 or more, a
  threshold commonly used with Presidio.
* scrubadub: ``Scrubber(locale="en_GB")`` with its default detectors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.metadata
import logging
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import anonymise_eval as ev  # bench/ is not a package; the path line above makes it importable

ROOT = ev.ROOT
OUT = ROOT / "bench" / "RESULTS-anonymise.md"
_KEPT = "\n## "  # the generated part has no second-level heading; everything from the first one is kept

# Peer labels mapped onto ours, so that the "right type" counts mean something.  Anything unmapped
# still counts as redaction; it just never matches a type.
PRESIDIO_TYPES = {
    "PERSON": "PERSON",
    "UK_NHS": "NHS_NUMBER",
    "UK_NINO": "NI_NUMBER",
    "UK_POSTCODE": "POSTCODE",
    "UK_VEHICLE_REGISTRATION": "VEHICLE_REG",
    "PHONE_NUMBER": "PHONE",
    "EMAIL_ADDRESS": "EMAIL",
    "URL": "URL",
    "DATE_TIME": "DATE",
    "LOCATION": "ADDRESS",
}
SCRUBADUB_TYPES = {
    "phone": "PHONE",
    "email": "EMAIL",
    "url": "URL",
    "twitter": "HANDLE",
    "postalcode": "POSTCODE",
    "national_insurance_number": "NI_NUMBER",
    "vehicle_licence_plate": "VEHICLE_REG",
    "name": "PERSON",
    "date_of_birth": "DATE",
    "address": "ADDRESS",
}

Redactor = Callable[[str], list[ev.Span]]


def make_presidio(threshold: float) -> Redactor:
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        UkDrivingLicenceRecognizer,
        UkNinoRecognizer,
        UkPassportRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
    )

    nlp = NlpEngineProvider(
        nlp_configuration={"nlp_engine_name": "no_op", "models": [{"lang_code": "en", "model_name": "no_op"}]}
    ).create_engine()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=nlp, languages=["en"])
    loaded = {type(r).__name__ for r in registry.recognizers}
    for cls in (
        UkNinoRecognizer,
        UkPostcodeRecognizer,
        UkVehicleRegistrationRecognizer,
        UkPassportRecognizer,
        UkDrivingLicenceRecognizer,
    ):
        if cls.__name__ not in loaded:
            registry.add_recognizer(cls())
    engine = AnalyzerEngine(registry=registry, nlp_engine=nlp, supported_languages=["en"])

    def redact(text: str) -> list[ev.Span]:
        found = engine.analyze(text=text, language="en", score_threshold=threshold)
        return [(r.start, r.end, PRESIDIO_TYPES.get(r.entity_type)) for r in found]

    return redact


def make_scrubadub() -> Redactor:
    import scrubadub

    scrubber = scrubadub.Scrubber(locale="en_GB")

    def redact(text: str) -> list[ev.Span]:
        return [(f.beg, f.end, SCRUBADUB_TYPES.get(f.type)) for f in scrubber.iter_filth(text)]

    return redact


def make_sharewise() -> Redactor:
    ev.sharewise_redact("warm up: Kerry Smith, 07700 900123")  # fail here, not mid-run, if it is missing
    return ev.sharewise_redact


SYSTEMS: list[tuple[str, Callable[[], Redactor]]] = [
    ("Sharewise (dialogs.anonymise)", make_sharewise),
    ("Presidio no_op + UK recognisers, threshold 0", lambda: make_presidio(0.0)),
    ("Presidio no_op + UK recognisers, threshold 0.35", lambda: make_presidio(0.35)),
    ('scrubadub Scrubber(locale="en_GB")', make_scrubadub),
]


def _version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _git(*args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True)
        return done.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _p(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def _group_recall(res: dict[str, Any], types: tuple[str, ...]) -> float | None:
    rows = [res["per_type"][t] for t in types]
    total = sum(r["total"] for r in rows)
    return sum(r["caught"] for r in rows) / total if total else None


def run(splits: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
    data = {s: ev.load_notes(s) for s in splits}
    results: dict[str, Any] = {}
    for name, factory in SYSTEMS:
        t0 = time.perf_counter()
        try:
            redact = factory()
            redact("warm-up call so that lazy loading is not timed")
        except Exception as exc:  # a peer or Sharewise being unavailable must not hide the others
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        setup = time.perf_counter() - t0
        results[name] = {"setup_s": setup, **{s: ev.evaluate(notes, redact) for s, notes in data.items()}}
        print(f"ran {name}", file=sys.stderr)
    return render(results, splits), results


def render(results: dict[str, Any], splits: tuple[str, ...]) -> str:
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    dirty = _git("status", "--porcelain", "--", "dialogs/anonymise")
    commit = _git("rev-parse", "--short", "HEAD")
    if dirty:
        commit += " (dialogs/anonymise has uncommitted changes)"
    counts = {s: (len(ev.load_notes(s)), sum(len(n["entities"]) for n in ev.load_notes(s))) for s in splits}
    lines = [
        "# Anonymiser: Sharewise vs Presidio vs scrubadub",
        "",
        f"Generated {now} at commit {commit} by `bench/anonymise_peers.sh` (Python {sys.version.split()[0]}; "
        f"presidio-analyzer {_version('presidio-analyzer')}, scrubadub {_version('scrubadub')}, "
        f"spaCy {_version('spacy')}).",
        "Data: `tests/anonymise_eval/` ("
        + ", ".join(f"{s}: {n} notes, {e} entities" for s, (n, e) in counts.items())
        + "). Scoring is in `bench/anonymise_eval.py`:",
        "",
        "- **Caught:** an entity is caught when at least 90% of its non-space characters are redacted, "
        "by a span of any type.",
        "- **Precision:** the share of redacted characters that fall inside gold spans.",
        "- **Clean words:** the share of words left intact in notes that have no identifiers.",
        "- **Speed:** characters per second on 2 cores, counting analysis only. Setup time is shown on its own.",
        "",
        "| System | Split | Entity recall | Structured recall | PERSON | ADDRESS | SCHOOL | Char precision "
        "| Clean words kept | F2 | chars/s | setup s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, res in results.items():
        if "error" in res:
            lines.append(f"| {name} | - | unavailable: {res['error'][:120]} | | | | | | | | | |")
            continue
        for s in splits:
            r = res[s]
            pt = r["per_type"]
            speed = r["chars"] / r["seconds"] if r["seconds"] else 0.0
            lines.append(
                f"| {name} | {s} | {_p(r['recall'])} | {_p(_group_recall(r, ev.STRUCTURED))} "
                f"| {_p(pt['PERSON']['recall'])} | {_p(pt['ADDRESS']['recall'])} "
                f"| {_p(pt['SCHOOL']['recall'])} "
                f"| {_p(r['char_precision'])} | {_p(r['no_identifier']['word_survival'])} | {r['f2']:.3f} "
                f"| {speed:,.0f} | {res['setup_s']:.1f} |"
            )
    ok = [(n, r) for n, r in results.items() if "error" not in r]
    lines += [
        "",
        f"Recall per entity type, {' + '.join(splits)} pooled (targets: 99% for structured types, 97% for PERSON, "
        "ADDRESS and SCHOOL):",
        "",
        "| Type | n | target | " + " | ".join(n.split(" (")[0].replace("|", "/") for n, _ in ok) + " |",
        "|---|---:|---:|" + "---:|" * len(ok),
    ]
    for t in ev.TYPES:
        n = sum(ok[0][1][s]["per_type"][t]["total"] for s in splits) if ok else 0
        cells = []
        for _, r in ok:
            caught = sum(r[s]["per_type"][t]["caught"] for s in splits)
            cells.append(_p(caught / n) if n else "n/a")
        lines.append(f"| {t} | {n} | {_p(ev.RECALL_TARGETS[t])} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Each Presidio row keeps results scored at or above its threshold. The speeds come from one run on a "
        "shared 2-core machine, so compare rows within a run, not across runs.",
        "",
        "- Presidio does not find names, streets, schools, handles or written dates without an NLP model, "
        "and none can be downloaded here.",
        "- scrubadub has no NHS detector. Its name and date-of-birth detectors are off by default, or need downloads.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", action="append", choices=ev.SPLITS,
                    help="a split to run (repeatable); default: dev, heldout and fresh13 (measured unseen at c9e8cc1). "
                         "Never name a split still kept unseen for the next measure.")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    # Presidio's URL/email recognisers ask tldextract for a fresh suffix list; offline it logs a
    # traceback and falls back to the bundled copy, which is what we want, so keep the log quiet.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    splits = tuple(args.split or ("dev", "heldout", "fresh13"))
    table, _ = run(splits)
    # The sections written by hand below the table (unseen measures, each round's notes) survive a re-run.
    old = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
    kept = old[old.index(_KEPT) + 1:] if _KEPT in old else ""
    args.out.write_text(table + ("\n" + kept if kept else ""), encoding="utf-8")
    print(table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
