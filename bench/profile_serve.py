"""Profile `sharewise serve` while something loads it: CPU time in every thread (the event loop and the
`asyncio.to_thread` workers), written as text when the server is stopped with SIGTERM or SIGINT.

    python bench/profile_serve.py OUT.txt      # same environment as `sharewise serve`

yappi rather than py-spy: py-spy could not attach to this interpreter here, and pyinstrument samples only
the thread that started it, which misses the database work done in worker threads.
"""

from __future__ import annotations

import sys

import yappi


def main() -> None:
    out = sys.argv[1] if len(sys.argv) > 1 else "serve-profile.txt"
    yappi.set_clock_type("cpu")
    yappi.start(builtins=False, profile_threads=True)
    from bot.cli import main as cli

    try:
        cli(["serve"], standalone_mode=False)
    finally:
        yappi.stop()
        stats = yappi.get_func_stats()
        total = sum(t.ttot for t in yappi.get_thread_stats())
        with open(out, "w", encoding="utf-8") as f:
            f.write(f"total CPU seconds over all threads: {total:.2f}\n")
            for key, label in (("ttot", "inclusive"), ("tsub", "self")):
                f.write(f"\n--- top by {label} CPU time\n")
                stats.sort(key, "desc")
                for s in list(stats)[:70]:
                    where = f"{s.module.split('site-packages/')[-1]}:{s.lineno}"
                    f.write(f"{getattr(s, key):8.3f}s {100 * getattr(s, key) / total:5.1f}%  {s.ncall:8d}  "
                            f"{s.name}  {where}\n")


if __name__ == "__main__":
    main()
