"""Turn the suite's results into Markdown, and put it into RESULTS.md between the results markers."""

from __future__ import annotations

import statistics
from collections import defaultdict
from pathlib import Path
from typing import Any

START, END = "<!-- results:start -->", "<!-- results:end -->"


def _med(xs: list[float]) -> float:
    xs = [x for x in xs if x == x]
    return statistics.median(xs) if xs else float("nan")


def _by(runs: list[dict[str, Any]], test: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in runs:
        if r["test"] == test:
            out[r["server"]].append(r)
    return out


def _ratio(runs: list[dict[str, Any]], test: str, server: str, base: str, key: str = "rps") -> float:
    """Median over rounds of (server / base) taken within the same round."""
    per_round: dict[int, dict[str, float]] = defaultdict(dict)
    for r in runs:
        if r["test"] == test and key in r:
            per_round[r["round"]][r["server"]] = r[key]
    if key != "rps":
        for r in runs:
            if r["test"] == test and r["server"] == base:
                per_round[r["round"]][base] = r["rps"]
    vals = [d[server] / d[base] for d in per_round.values() if server in d and d.get(base)]
    return _med(vals)


def _mark(ok: bool | None) -> str:
    return "—" if ok is None else ("met" if ok else "**missed**")


def _load_table(runs: list[dict[str, Any]], test: str, base: str, extra_base: str | None = None) -> list[str]:
    groups = _by(runs, test)
    head = f"| server | req/s (median) | p50 ms | p99 ms | × {base}"
    head += f" | × {extra_base}" if extra_base else ""
    head += " | errors | notes |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for server, rs in groups.items():
        notes = []
        if any("completed_rps" in r for r in rs):
            notes.append(f"work finished {_med([r['completed_rps'] for r in rs]):.0f}/s "
                         f"({_ratio(runs, test, server, base, 'completed_rps'):.2f}× {base} acks); "
                         f"queue drained in {_med([r.get('drain_s', 0.0) for r in rs]):.0f} s after the run")
        if any(r.get("too_busy") for r in rs):
            notes.append(f"told \"too busy, try again\" {sum(r.get('too_busy', 0) for r in rs)} "
                         f"(form not opened within Slack's 3 s)")
        if any("writes" in r for r in rs):
            notes.append(f"dialog writes {sum(r['writes'] for r in rs)} of {sum(r['ok'] for r in rs)} answered")
        if any("replies" in r for r in rs):
            notes.append(f"replies to the connector {sum(r['replies'] for r in rs)}")
        if all("cpu_ms" in r for r in rs):
            cpu = f"CPU a request {_med([r['cpu_ms']['server'] for r in rs]):.2f} ms"
            if any(r["cpu_ms"]["work"] for r in rs):
                cpu += f" + {_med([r['cpu_ms']['work'] for r in rs]):.2f} ms in the work process"
            notes.append(cpu)
        row = (f"| {server} | {_med([r['rps'] for r in rs]):.0f} | {_med([r['p50'] for r in rs]):.1f} | "
               f"{_med([r['p99'] for r in rs]):.1f} | {_ratio(runs, test, server, base):.2f}")
        if extra_base:
            row += f" | {_ratio(runs, test, server, extra_base):.2f}"
        row += f" | {sum(r['errors'] for r in rs)} | {'; '.join(notes)} |"
        lines.append(row)
    return lines


def targets(res: dict[str, Any]) -> list[tuple[str, str, bool | None]]:
    runs = res.get("runs") or []
    out: list[tuple[str, str, bool | None]] = []
    for sw in sorted({r["server"] for r in runs if r["server"].startswith("sharewise")}):
        ratio = _ratio(runs, "slack-command", sw, "bare-bolt")
        out.append((f"{sw}: /seek-advice throughput ≥ 0.8× bare Bolt", f"{ratio:.2f}×", ratio >= 0.8))
        p99 = _med([r["p99"] for r in runs if r["server"] == sw and r["test"] == "slack-command"])
        out.append((f"{sw}: /seek-advice p99 ack ≤ 100 ms at {res['connections']} connections", f"{p99:.0f} ms",
                    p99 <= 100))
        p99 = _med([r["p99"] for r in runs if r["server"] == sw and r["test"] == "slack-view"])
        out.append((f"{sw}: view submission (DB write) p99 ≤ 150 ms", f"{p99:.0f} ms", p99 <= 150))
        for test in ("teams-message", "teams-card"):
            ratio = _ratio(runs, test, sw, "bare-botbuilder")
            p99 = _med([r["p99"] for r in runs if r["server"] == sw and r["test"] == test])
            out.append((f"{sw}: {test} throughput ≥ 3× bare botbuilder", f"{ratio:.2f}×", ratio >= 3))
            out.append((f"{sw}: {test} p99 ≤ 150 ms", f"{p99:.0f} ms", p99 <= 150))
    for backend, d in (res.get("data") or {}).items():
        if "error" in d:
            out.append((f"data at scale on {backend}", "failed", False))
            continue
        worst = max(d["digest_org"]["max_ms"], d["digest_team"]["max_ms"])
        out.append((f"{backend}: weekly digest < 1 s ({d['decisions']:,} decisions)", f"{worst:.0f} ms (worst)",
                    worst < 1000))
        v = d["open_escalations_view"]["max_ms"]
        out.append((f"{backend}: DSL open-escalations view < 1 s", f"{v:.0f} ms (worst)", v < 1000))
        ex = d["export"]
        out.append((f"{backend}: export of everything, peak RSS < 200 MB", f"{ex['peak_rss_mb']:.0f} MB",
                    ex["peak_rss_mb"] < 200 and ex["exit"] == 0))
        av = d["audit_verify"]
        out.append((f"{backend}: audit verify rate (reported)", f"{av['events_per_s']:,} events/s", None))
    fp = (res.get("footprint") or {}).get("sharewise")
    if fp:
        out.append(("idle RSS of sharewise serve < 150 MB", f"{fp['idle_rss_mb']:.0f} MB", fp["idle_rss_mb"] < 150))
        out.append(("start-up to healthy /healthz < 2 s", f"{fp['startup_s']:.2f} s (worst {fp['startup_max_s']:.2f})",
                    fp["startup_max_s"] < 2))
    wp = (res.get("footprint") or {}).get("sharewise-work-process")
    if wp:
        out.append(("idle RSS with SHAREWISE_WORK_PROCESS=true, server + work process (reported)",
                    f"{wp['idle_rss_mb']:.0f} MB", None))
    return out


def render(res: dict[str, Any]) -> str:
    m = res["machine"]
    lines = [f"Run {res['started']} ({'quick' if res['quick'] else 'full'}; {res['rounds']} round(s) of "
             f"{res['duration_s']:g} s per server and test, {res['connections']} connections; "
             f"whole suite {res.get('elapsed_s', '?')} s).",
             f"Machine: {m['cores']} cores ({m['cpu']}), Python {m['python']}, load from {m['load_generator']}.", ""]
    for note in res.get("notes") or []:
        lines.append(f"> {note}")
    lines += ["", "### Targets", "", "| target | measured | |", "|---|---|---|"]
    lines += [f"| {t} | {v} | {_mark(ok)} |" for t, v, ok in targets(res)]
    runs = res.get("runs") or []
    if runs:
        lines += ["", "### Slack `/seek-advice` (signed slash commands)", ""]
        lines += _load_table(runs, "slack-command", "bare-bolt", "bare-aiohttp")
        lines += ["", "### Slack view submissions (each moves a dialog on: a database write)", ""]
        lines += _load_table(runs, "slack-view", "bare-bolt")
        lines += ["", "### Teams message activities (`seek advice`)", ""]
        lines += _load_table(runs, "teams-message", "bare-botbuilder")
        lines += ["", "### Teams card submissions (each moves a dialog on: a database write)", ""]
        lines += _load_table(runs, "teams-card", "bare-botbuilder")
    data = res.get("data") or {}
    if data:
        lines += ["", "### Data at scale", "", "| | " + " | ".join(data) + " |", "|---|" + "---|" * len(data)]

        def row(label: str, f: Any) -> None:
            cells = []
            for d in data.values():
                try:
                    cells.append(f(d))
                except (KeyError, TypeError):
                    cells.append("failed")
            lines.append(f"| {label} | " + " | ".join(cells) + " |")

        row("decisions / audit events", lambda d: f"{d['rows']['decision']:,} / {d['rows']['audit_event']:,}")
        row("generation", lambda d: f"{d['generate_seconds']:.0f} s")
        row("weekly digest, org-wide (median / cold)",
            lambda d: f"{d['digest_org']['median_ms']:.0f} / {d['digest_org']['first_ms']:.0f} ms")
        row("weekly digest, one team channel (median / cold)",
            lambda d: f"{d['digest_team']['median_ms']:.0f} / {d['digest_team']['first_ms']:.0f} ms")
        row("DSL home with open escalations (median / cold)",
            lambda d: f"{d['open_escalations_view']['median_ms']:.0f} / "
                      f"{d['open_escalations_view']['first_ms']:.0f} ms")
        row("`sharewise export` (CSV, all rows): time, peak RSS",
            lambda d: f"{d['export']['seconds']:.0f} s, {d['export']['peak_rss_mb']:.0f} MB, "
                      f"{d['export']['rows']:,} rows")
        row("`sharewise audit verify`: time, rate, peak RSS",
            lambda d: f"{d['audit_verify']['seconds']:.0f} s, {d['audit_verify']['events_per_s']:,}/s, "
                      f"{d['audit_verify']['peak_rss_mb']:.0f} MB")
    fp = res.get("footprint") or {}
    if fp:
        lines += ["", "### Footprint", "", "| process | start-up to /healthz (median, worst) | idle RSS |",
                  "|---|---|---|"]
        lines += [f"| {k} | {v['startup_s']:.2f} s, {v['startup_max_s']:.2f} s | {v['idle_rss_mb']:.0f} MB |"
                  for k, v in fp.items()]
    return "\n".join(lines) + "\n"


def update_results_file(path: Path, md: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text += f"\n## Latest results\n\n{START}\n{END}\n"
    head, rest = text.split(START, 1)
    _, tail = rest.split(END, 1)
    path.write_text(f"{head}{START}\n{md}{END}{tail}", encoding="utf-8")
