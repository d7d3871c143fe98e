#!/usr/bin/env bash
# One command for the whole benchmark: Sharewise beside the bare bots, data at scale, footprint.
#   bench/run.sh           # full: about 20 minutes on 2 cores
#   bench/run.sh --quick   # about 3 minutes
# Results: bench/RESULTS.md (between the results markers) and bench/results/latest.json.
# PostgreSQL: SHAREWISE_BENCH_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres); a fresh
# database is created for the run and dropped after it.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
if ! .venv/bin/python -c "import bot, dialogs, storage" 2>/dev/null; then
  .venv/bin/pip install -q -e '.[bench]'
fi
# wrk is the preferred load generator (it leaves the server more of a 2-core machine than a Python client);
# without it loadgen.py falls back to its aiohttp engine and says so in the results.
if ! command -v wrk >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null 2>&1; }) || true
fi
exec .venv/bin/python bench/suite.py "$@"
