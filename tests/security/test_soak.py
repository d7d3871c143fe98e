"""A short soak (bench/soak.py, 30 s here; 10 minutes in bench/RESULTS-soak.md): `sharewise serve` as a
process under mixed Slack and Teams traffic has no errors, loses no record, and its memory stays flat."""

from __future__ import annotations

from pathlib import Path

from bench.soak import run_soak


async def test_short_soak(tmp_path: Path) -> None:
    result = await run_soak(f"sqlite:///{tmp_path / 'soak.db'}", seconds=30, workdir=str(tmp_path), warmup=10,
                            workers=2)
    summary = result.summary()
    assert not result.errors and not result.log_errors, summary
    assert result.journeys["slack"] >= 3 and result.journeys["teams"] >= 2, summary
    assert result.decisions_stored == result.decisions_confirmed > 0, summary
    assert result.advice_stored == result.replies_sent > 0, summary
    assert len(result.rss) >= 20 and result.growth < 0.10, summary
