"""Measure the anonymiser's throughput on one core and write bench/RESULTS-anonymise-speed.md.

    python bench/anonymise_speed.py [--mb 2] [--repeat 5] [--no-write]

Two corpora, both built here from fixed seeds so the figure is repeatable:

* **case files**: chronology entries and meeting notes as a practitioner writes them, several
  kilobytes each, with identifiers at the density of a real record (a name in most sentences, a
  number or address every few lines);
* **chat notes**: short messages of one to three sentences, nearly every one carrying identifiers
  (the shape of the labelled evaluation set); per-call overhead matters most here.

Throughput is process CPU time (best of --repeat runs), so other work on a shared machine does not
distort it; the process runs single-threaded, so this is MB per second on one core.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A child measuring the compiled copy (--compiled) has imported that copy already; anyone else measures
# this tree, whatever else is installed.
if "dialogs.anonymise" not in sys.modules:
    sys.path.insert(0, str(ROOT))

from dialogs.anonymise import anonymise  # noqa: E402

CHILDREN = ["Tyler", "Aisha", "Kwame", "Zofia", "Callum", "Maryam", "Jayden", "Hope", "Oluwaseun", "Niamh",
            "Wei", "Amira", "Reece", "Precious", "Kacper", "Ruby", "Yusuf", "Lacey"]
ADULTS = ["Kerry Walsh", "Dean Hughes", "Shazia Begum", "Marek Nowak", "Grace Obi", "Jermaine Campbell",
          "Siobhan O'Neill", "Ionela Popescu", "Mohammed Iqbal", "Lisa Atkinson", "Femi Adeyemi"]
PROS = ["health visitor Jane Porter", "social worker Tom Reid", "PC Sarah Knight", "Dr Patel",
        "the DSL Mrs Hardcastle", "school nurse Amina Yusuf", "family support worker Gethin Rees"]
STREETS = ["Elm Road", "Bramble Close", "Victoria Street", "Heol y Felin", "Larch Gardens", "Ashby Crescent"]
SCHOOLS = ["Oakfield Primary School", "St Anne's RC Primary", "Park View Academy", "Little Acorns Nursery"]
FILLER = [
    "No concerns were noted about the home conditions on this occasion.",
    "The family were engaged and agreed to the plan.",
    "Attendance has dropped to 82 per cent this term and the school are monitoring.",
    "It was agreed that the team around the family would meet again in six weeks.",
    "Advice was given about safe sleeping and the risks of co-sleeping after alcohol.",
    "The child appeared well presented, was chatty and played with the toys provided.",
    "Consent to share with the GP and the school nurse was obtained and recorded.",
    "Concerns remain about neglect, particularly food in the house and supervision after school.",
    "A strategy discussion was held and the threshold for a section 47 enquiry was not met.",
    "Mum was tearful and said she is struggling with her mental health since the baby was born.",
]


def _phone(r: random.Random) -> str:
    return r.choice([f"07700 900{r.randint(0, 999):03d}", f"0113 496 0{r.randint(0, 999):03d}",
                     f"+44 7{r.randint(100, 999)} {r.randint(100000, 999999)}"])


def _nhs(r: random.Random) -> str:
    while True:
        nine = [r.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
        if check != 10:
            d = "".join(map(str, nine)) + str(0 if check == 11 else check)
            return f"{d[:3]} {d[3:6]} {d[6:]}"


def _sentence(r: random.Random) -> str:
    c, a, p = r.choice(CHILDREN), r.choice(ADULTS), r.choice(PROS)
    first = a.split()[0]
    return r.choice([
        f"{c} ({r.randint(2, 15)}) was seen at home with mum {a} by {p}.",
        f"{first} said that {c} had not eaten since the morning and that her partner had left.",
        f"{p.capitalize()} visited {r.randint(1, 180)} {r.choice(STREETS)}, LS{r.randint(1, 28)} "
        f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNP')}{r.choice('QRSTUWXYZ')}.",
        f"{c} attends {r.choice(SCHOOLS)} and is in Year {r.randint(1, 11)}.",
        f"Contact number for {first} is {_phone(r)}; email {first.lower()}.{r.randint(1, 99)}@example.com.",
        f"{c}'s NHS number is {_nhs(r)}, DOB {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2008, 2023)}.",
        f"On {r.randint(1, 28)} {r.choice(['March', 'June', 'October'])} 2025 {c} disclosed that {first}'s "
        f"boyfriend hit him. Crime ref {r.randint(10, 99)}/{r.randint(100000, 999999)}/25.",
        f"{c} has been messaging an older male on Snapchat as {c.lower()}_{r.randint(1, 99)}.",
        f"A grey Ford Focus, reg AB{r.randint(10, 74)} {r.choice(['CDE', 'XKT', 'PLM'])}, was seen outside.",
    ])


def case_files(target: int, seed: int = 3) -> list[str]:
    r = random.Random(seed)
    docs, size = [], 0
    while size < target:
        paras = []
        for _ in range(r.randint(6, 14)):
            entry = [f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2025 - "]
            for _ in range(r.randint(3, 7)):
                entry.append(_sentence(r) if r.random() < 0.45 else r.choice(FILLER))
            paras.append(" ".join(entry))
        doc = "\n\n".join(paras)
        docs.append(doc)
        size += len(doc)
    return docs


def chat_notes(target: int, seed: int = 5) -> list[str]:
    r = random.Random(seed)
    notes, size = [], 0
    while size < target:
        note = " ".join(_sentence(r) for _ in range(r.randint(1, 3)))
        if r.random() < 0.3:
            note = note.lower()
        notes.append(note)
        size += len(note)
    return notes


def throughput(texts: list[str], fn: Callable[[str], object], repeat: int) -> float:
    """Best-of-`repeat` MB per CPU-second."""
    total = sum(len(t.encode("utf-8")) for t in texts)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
    return total / best / 1e6


_NOTES = "## Notes"


def measure(mb: float, repeat: int) -> list[tuple[str, int, float]]:
    """MB/s on each corpus, with whichever `dialogs.anonymise` was imported first."""
    anonymise("Warm up the word lists for Tyler.")
    target = int(mb * 1e6)
    files, notes = case_files(target), chat_notes(target)
    rows = [
        ("case files", len(files), throughput(files, anonymise, repeat)),
        ("chat notes", len(notes), throughput(notes, anonymise, repeat)),
    ]
    one = files[0] * max(1, 1_000_000 // len(files[0]))
    rows.append(("one 1 MB document", 1, throughput([one], anonymise, max(1, repeat // 2))))
    return rows


def _measure_compiled(mb: float, repeat: int) -> tuple[list[float], str]:
    """Build the compiled copy, refuse it unless its output matches, and measure it in a child process
    (a process imports one `dialogs.anonymise` only)."""
    import tempfile

    import anonymise_compiled

    with tempfile.TemporaryDirectory(prefix="sharewise-mypyc-") as tmp:
        tree = anonymise_compiled.build(Path(tmp))
        same = anonymise_compiled.same_output(tree)
        child = (f"import sys; sys.path[:0] = [{str(tree)!r}, {str(ROOT / 'bench')!r}]\n"
                 "import json, dialogs.anonymise, anonymise_speed\n"
                 f"print(json.dumps([r[2] for r in anonymise_speed.measure({mb!r}, {repeat!r})]))")
        done = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True)
    checked = f"identical output over {same['texts']} texts (sha256 {same['sha256']}...)"
    return [float(x) for x in json.loads(done.stdout.strip().splitlines()[-1])], checked


def _table_compiled(rows: list[tuple[str, int, float]], fast: list[float], checked: str) -> list[str]:
    return [
        "| corpus | texts | MB/s, Python | MB/s, compiled with mypyc |",
        "|---|---:|---:|---:|",
        *[f"| {name} | {n} | {mbs:.2f} | {f:.2f} |" for (name, n, mbs), f in zip(rows, fast, strict=True)],
        "",
        f"The compiled build (`SHAREWISE_COMPILE=1`, see `setup.py`) was checked first: {checked}.",
    ]


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             timeout=10, check=False)
    except OSError:
        return "unknown"
    return out.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=2.0, help="size of each corpus in MB")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--no-write", action="store_true", help="print only; do not update the results file")
    ap.add_argument("--compiled", action="store_true",
                    help="also build the anonymiser with mypyc (as setup.py does), check it gives the same output, "
                         "and measure it")
    args = ap.parse_args(argv)
    rows = measure(args.mb, args.repeat)
    fast: list[float] = []
    checked = ""
    if args.compiled:
        fast, checked = _measure_compiled(args.mb, args.repeat)
    lines = [
        "# Anonymiser speed",
        "",
        "Measured by `python bench/anonymise_speed.py` (process CPU time, best of "
        f"{args.repeat} runs, one core; Python {platform.python_version()}, {platform.machine()}).",
        "Target from issue 3: at least 1 MB/s of case text on one core.",
        f"Load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores (shared machine;",
        "CPU time is less affected by other work than wall time, but not immune).",
        "",
        f"Code: commit {_commit()}.",
        "",
        *(_table_compiled(rows, fast, checked) if fast else [
            "| corpus | texts | MB/s |",
            "|---|---:|---:|",
            *[f"| {name} | {n} | {mbs:.2f} |" for name, n, mbs in rows],
        ]),
        "",
        "Case files are multi-paragraph chronology records; chat notes are one to three sentences, nearly",
        "every one carrying identifiers, so per-call overhead weighs more there.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_write:
        out = ROOT / "bench" / "RESULTS-anonymise-speed.md"
        # Hand-written notes under "## Notes" survive a re-run; the figures above them are replaced.
        old = out.read_text(encoding="utf-8") if out.exists() else ""
        kept = old[old.index(_NOTES):] if _NOTES in old else ""
        out.write_text(report + ("\n" + kept if kept else ""), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
