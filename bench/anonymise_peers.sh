#!/usr/bin/env bash
# Compare the Sharewise anonymiser with Presidio and scrubadub; writes bench/RESULTS-anonymise.md.
# The peers (~400 MB each) live in their own venv so they never enter the project's environment.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=bench/.venv-peers
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import presidio_analyzer, scrubadub, dialogs" 2>/dev/null; then
  "$VENV/bin/pip" install --quiet presidio-analyzer scrubadub
  "$VENV/bin/pip" install --quiet -e .
fi
exec "$VENV/bin/python" bench/anonymise_peers.py "$@"
