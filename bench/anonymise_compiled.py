"""Build the anonymiser with mypyc in a scratch folder and prove it gives the same output as the source.

Used by `python bench/anonymise_speed.py --compiled`. The compiled copy is built from the working tree's
own modules (as `setup.py` does when SHAREWISE_COMPILE=1) but never inside the working tree, so no
compiled module can ever hide an edit to a source file there.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = Path("dialogs") / "anonymise"

# Runs in a child process whose import path starts at the tree under test: the output of every note
# of every labelled split and of both generated corpora, hashed. Only the hash is printed, never text.
_HASH_SCRIPT = """
import hashlib, json, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from dialogs.anonymise import anonymise
import anonymise_speed
h = hashlib.sha256()
texts = [json.loads(line)["text"] for f in sorted(Path(sys.argv[3]).glob("*.jsonl"))
         for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
texts += anonymise_speed.chat_notes(int(sys.argv[4])) + anonymise_speed.case_files(int(sys.argv[4]))
for text in texts:
    r = anonymise(text)
    h.update(r.text.encode("utf-8", "surrogatepass") + b"\\0")
    for e in r.entities:
        h.update(f"{e.type.value}|{e.start}|{e.end}|{e.placeholder}\\1".encode())
import dialogs.anonymise.engine as engine
print(json.dumps({"sha256": h.hexdigest(), "texts": len(texts), "compiled": not engine.__file__.endswith(".py")}))
"""


def build(dest: Path) -> Path:
    """Copy the package's sources and word lists to `dest`, compile them there and return `dest`."""
    (dest / "dialogs").mkdir(parents=True, exist_ok=True)
    shutil.copy2(ROOT / "dialogs" / "__init__.py", dest / "dialogs" / "__init__.py")
    shutil.copytree(ROOT / PACKAGE, dest / PACKAGE, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    sources = sorted(str(p.relative_to(dest)) for p in (dest / PACKAGE).glob("*.py"))
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "mypyc", *sources], cwd=dest, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(f"mypyc failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    print(f"compiled {len(sources)} modules with mypyc in {time.monotonic() - started:.0f} s", file=sys.stderr)
    return dest


def output_hash(tree: Path, corpus_bytes: int = 200_000) -> dict[str, object]:
    """Hash the anonymiser's output as imported from `tree` (a source tree or a compiled copy)."""
    done = subprocess.run(
        [sys.executable, "-c", _HASH_SCRIPT, str(tree), str(ROOT / "bench"), str(ROOT / "tests" / "anonymise_eval"),
         str(corpus_bytes)],
        capture_output=True, text=True, check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"hashing the output of {tree} failed:\n{done.stderr[-3000:]}")
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def same_output(compiled: Path, corpus_bytes: int = 200_000) -> dict[str, object]:
    """Refuse a compiled build whose output differs from the source's by one character or span."""
    pure, fast = output_hash(ROOT, corpus_bytes), output_hash(compiled, corpus_bytes)
    if pure["compiled"] or not fast["compiled"]:
        raise RuntimeError("expected the source tree to run as Python and the copy as compiled modules")
    if pure["sha256"] != fast["sha256"]:
        raise RuntimeError(f"the compiled anonymiser's output differs from the source's over {pure['texts']} texts")
    return {"texts": pure["texts"], "sha256": str(pure["sha256"])[:12]}


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    ap = argparse.ArgumentParser(description="Compile the anonymiser with mypyc and check it matches the source.")
    ap.add_argument("--corpus-bytes", type=int, default=200_000, help="size of each generated corpus hashed")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sharewise-mypyc-") as tmp:
        try:
            same = same_output(build(Path(tmp)), args.corpus_bytes)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 1
    print(f"identical output over {same['texts']} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
