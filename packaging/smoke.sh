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
# The printed plan needs the shipped fonts and catalogue: they must be in the wheel.
"$tmp/venv/bin/stratdesk" export pdf "$tmp/demo.stratdesk" -o "$tmp/plan.pdf" --lang fr
"$tmp/venv/bin/stratdesk" export xlsx "$tmp/demo.stratdesk" -o "$tmp/plan.xlsx"
"$tmp/venv/bin/stratdesk" alignment "$tmp/demo.stratdesk" --json >/dev/null
"$tmp/venv/bin/stratdesk" status "$tmp/demo.stratdesk" >/dev/null
echo "smoke test passed"
