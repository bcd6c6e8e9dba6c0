#!/usr/bin/env bash
# Smoke test of a built wheel in a throwaway venv: the commands a user runs first must work.
set -euo pipefail
wheel="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q "$wheel"
export STRATDESK_DATA_DIR="$tmp/data" QT_QPA_PLATFORM=offscreen
"$tmp/venv/bin/stratdesk" demo "$tmp/demo.stratdesk" --lang en
"$tmp/venv/bin/stratdesk" check "$tmp/demo.stratdesk"
"$tmp/venv/bin/stratdesk" new "$tmp/new plan é.stratdesk" --client "Café d'Été"
"$tmp/venv/bin/stratdesk" screenshots "$tmp/demo.stratdesk" -o "$tmp/shots" >/dev/null
echo "smoke test passed"
