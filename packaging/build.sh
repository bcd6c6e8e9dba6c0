#!/usr/bin/env bash
# Build a wheel and (if PyInstaller is installed) a one-folder app, then smoke-test the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip wheel --no-deps -w dist .
if python -c "import PyInstaller" 2>/dev/null; then
  pyinstaller --noconfirm --distpath dist/app --workpath build packaging/stratdesk.spec
fi
bash packaging/smoke.sh dist/*.whl
