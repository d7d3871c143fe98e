"""Audit requirements.lock against OSV-format advisories on disk (a dev tool, not part of Sharewise).

`pip-audit -r requirements.lock` needs PyPI's JSON API or OSV's web service. Where neither can be reached,
this does the same matching offline, against any directory of OSV records (JSON, or YAML when PyYAML is
installed) or OSV's per-ecosystem export zip:

    python bench/audit_lock.py ADVISORIES [--lock requirements.lock] [--explained bench/audit_explained.toml]

ADVISORIES may be a git clone of pypa/advisory-database (its `vulns/` tree), an unpacked or zipped OSV
export (https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip), or a hand-made directory.

It prints, per locked package, every advisory whose affected ranges include the locked version, and exits
1 if any of them is not explained in the explanations file (a TOML list of `[[explained]]` tables with
`id`, `package` and `reason`), 0 otherwise, 2 on bad input. Withdrawn advisories are skipped, as OSV and
pip-audit do. The same vulnerability filed under several ids (PYSEC, GHSA, CVE; a pypa placeholder and
its allocated id) is reported once, with all its ids.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.utils import NormalizedName, canonicalize_name
from packaging.version import InvalidVersion, Version

HERE = Path(__file__).resolve().parent
DEFAULT_LOCK = HERE.parent / "requirements.lock"
DEFAULT_EXPLAINED = HERE / "audit_explained.toml"
RECORD_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass
class Finding:
    """One vulnerability affecting one locked package, possibly known under several advisory ids."""

    package: NormalizedName
    version: str
    ids: set[str] = field(default_factory=set)
    fixed: set[str] = field(default_factory=set)
    summary: str = ""


@dataclass
class Report:
    findings: list[Finding]
    records: int
    withdrawn: int
    unparsable: list[str]


def read_lock(path: Path) -> dict[NormalizedName, str]:
    """`name==version` lines of a pip freeze; anything else (comments, options, URLs) is ignored."""
    pins: dict[NormalizedName, str] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if "==" not in line or line.startswith("-"):
            continue
        name, _, version = line.partition("==")
        pins[canonicalize_name(name.split("[", 1)[0].strip())] = version.split(";", 1)[0].strip()
    return pins


def _parse(name: str, data: bytes) -> Any:
    if name.endswith(".json"):
        return json.loads(data)
    try:
        import yaml
    except ImportError as exc:  # only needed for YAML trees such as pypa/advisory-database
        raise SystemExit(f"{name}: reading YAML advisories needs PyYAML") from exc
    return yaml.safe_load(data)


def iter_records(source: Path, unparsable: list[str]) -> Iterator[dict[str, Any]]:
    """Every OSV record under a directory, or inside a zip; files that are not OSV records are noted."""
    if source.is_file() and zipfile.is_zipfile(source):
        with zipfile.ZipFile(source) as archive:
            members = [(n, archive.read) for n in archive.namelist() if n.endswith(RECORD_SUFFIXES)]
            yield from _records(((n, read(n)) for n, read in members), unparsable)
        return
    files = sorted(p for p in source.rglob("*") if p.is_file() and p.suffix in RECORD_SUFFIXES)
    yield from _records(((str(p), p.read_bytes()) for p in files), unparsable)


def _records(named: Iterable[tuple[str, bytes]], unparsable: list[str]) -> Iterator[dict[str, Any]]:
    for name, data in named:
        try:
            record = _parse(name, data)
        except (ValueError, UnicodeDecodeError) as exc:
            unparsable.append(f"{name}: {exc}")
            continue
        if isinstance(record, dict) and "id" in record and "affected" in record:
            yield record
        else:
            unparsable.append(f"{name}: not an OSV record (needs 'id' and 'affected')")


def _version(text: object) -> Version | None:
    try:
        return Version(str(text))
    except InvalidVersion:
        return None


def _in_range(version: Version, events: list[dict[str, Any]]) -> bool:
    """OSV's evaluation of one ECOSYSTEM range: walk the events in version order."""
    keyed: list[tuple[Version, str]] = []
    for event in events:
        for kind in ("introduced", "fixed", "last_affected", "limit"):
            if kind in event:
                at = Version("0") if kind == "introduced" and str(event[kind]) == "0" else _version(event[kind])
                if at is not None:
                    keyed.append((at, kind))
    affected = False
    for at, kind in sorted(keyed, key=lambda pair: pair[0]):
        if kind == "introduced" and version >= at:
            affected = True
        elif (kind in ("fixed", "limit") and version >= at) or (kind == "last_affected" and version > at):
            affected = False
    return affected


def affects(entry: dict[str, Any], version: str) -> tuple[bool, set[str]]:
    """Whether one `affected` entry covers `version`, and the fixed versions it names after it."""
    locked = _version(version)
    listed = {str(v) for v in entry.get("versions") or []}
    hit = version in listed or (locked is not None and any(_version(v) == locked for v in listed))
    fixed: set[str] = set()
    for rng in entry.get("ranges") or []:
        if rng.get("type") not in ("ECOSYSTEM", "SEMVER"):
            continue  # GIT ranges name commits, which a pinned release cannot be compared with
        events = rng.get("events") or []
        fixed |= {str(e["fixed"]) for e in events if "fixed" in e}
        if locked is not None and _in_range(locked, events):
            hit = True
    later = {f for f in fixed if locked is None or ((fv := _version(f)) is not None and fv > locked)}
    return hit, later


def audit(source: Path, pins: dict[NormalizedName, str]) -> Report:
    findings: list[Finding] = []
    unparsable: list[str] = []
    records = withdrawn = 0
    for record in iter_records(source, unparsable):
        records += 1
        if record.get("withdrawn"):
            withdrawn += 1
            continue
        ids = {str(record["id"]), *map(str, record.get("aliases") or [])}
        for entry in record.get("affected") or []:
            package = entry.get("package") or {}
            if str(package.get("ecosystem", "")).split(":", 1)[0] != "PyPI":
                continue
            name = canonicalize_name(str(package.get("name", "")))
            if name not in pins:
                continue
            hit, fixed = affects(entry, pins[name])
            if hit:
                summary = str(record.get("summary") or record.get("details") or "").strip().splitlines()
                findings.append(Finding(name, pins[name], set(ids), fixed, summary[0][:120] if summary else ""))
    return Report(merge(findings), records, withdrawn, unparsable)


def merge(findings: list[Finding]) -> list[Finding]:
    """One finding per vulnerability: records of one package that share any id or alias are the same."""
    merged: list[Finding] = []
    for finding in findings:
        same = [m for m in merged if m.package == finding.package and m.ids & finding.ids]
        for other in same:
            merged.remove(other)
            finding.ids |= other.ids
            finding.fixed |= other.fixed
            finding.summary = finding.summary or other.summary
        merged.append(finding)
    return sorted(merged, key=lambda f: (f.package, min(f.ids)))


def read_explained(path: Path | None) -> dict[str, str]:
    """Advisory id -> reason it does not apply to Sharewise (or why it is accepted for now)."""
    if path is None or not path.exists():
        return {}
    tables = tomllib.loads(path.read_text(encoding="utf-8")).get("explained", [])
    return {str(t["id"]): f"{t.get('package', '?')}: {t['reason']}" for t in tables}


def render(report: Report, pins: dict[NormalizedName, str], explained: dict[str, str]) -> tuple[str, int]:
    lines: list[str] = []
    unexplained = 0
    for finding in report.findings:
        reason = next((explained[i] for i in sorted(finding.ids) if i in explained), None)
        unexplained += reason is None
        fix = f"fixed in {', '.join(sorted(finding.fixed, key=_sort_key))}" if finding.fixed else "no fixed version"
        lines.append(f"{finding.package}=={finding.version}: {', '.join(sorted(finding.ids))} ({fix})")
        if finding.summary:
            lines.append(f"    {finding.summary}")
        lines.append(f"    explained: {reason}" if reason else "    NOT EXPLAINED")
    lines.append(
        f"{len(pins)} locked packages, {report.records} advisory records read ({report.withdrawn} withdrawn, "
        f"skipped); {len(report.findings)} affecting the locked versions, {unexplained} not explained."
    )
    lines.extend(f"unreadable: {u}" for u in report.unparsable)
    return "\n".join(lines), (1 if unexplained else 0)


def _sort_key(text: str) -> tuple[int, Version | str]:
    parsed = _version(text)
    return (0, parsed) if parsed is not None else (1, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("advisories", type=Path, help="directory of OSV records, or an OSV export zip")
    parser.add_argument("--lock", type=Path, default=DEFAULT_LOCK)
    parser.add_argument("--explained", type=Path, default=DEFAULT_EXPLAINED)
    args = parser.parse_args(argv)
    if not args.advisories.exists() or not args.lock.is_file():
        print(f"no such advisories ({args.advisories}) or lock file ({args.lock})", file=sys.stderr)
        return 2
    pins = read_lock(args.lock)
    report = audit(args.advisories, pins)
    if report.records == 0:
        print(f"{args.advisories}: no OSV records found; nothing was checked", file=sys.stderr)
        return 2
    text, status = render(report, pins, read_explained(args.explained))
    print(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
