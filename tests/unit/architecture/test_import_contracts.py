"""The layer contracts of pyproject.toml hold: running pytest alone is enough to see a break.

import-linter runs in a subprocess (it changes `sys.path` and logging, and prints with
colours), on the installed stratdesk, exactly as `lint-imports` in CI does.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PYPROJECT = ROOT / "pyproject.toml"
_RUN = (
    "import sys; from importlinter.cli import lint_imports; "
    "sys.exit(lint_imports(config_filename=sys.argv[1], no_cache=True, no_logo=True))"
)


def run_contracts(config: Path) -> tuple[int, str]:
    """Exit code and report of import-linter on the contracts in `config`."""
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(config)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "TERM": "dumb"},
    )
    return done.returncode, done.stdout + done.stderr


def test_every_layer_contract_is_kept() -> None:
    contracts = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["importlinter"]
    code, report = run_contracts(PYPROJECT)
    assert code == 0, report
    kept = re.search(r"Contracts: (\d+) kept, (\d+) broken", report)
    assert kept is not None, report
    assert (int(kept[1]), int(kept[2])) == (len(contracts["contracts"]), 0), report


def test_a_broken_contract_fails_the_run(tmp_path: Path) -> None:
    # The interface imports Qt: a contract forbidding it must be reported broken.
    config = tmp_path / "broken.ini"
    config.write_text(
        "[importlinter]\n"
        "root_package = stratdesk\n"
        "include_external_packages = True\n\n"
        "[importlinter:contract:ui-without-qt]\n"
        "name = The interface without Qt\n"
        "type = forbidden\n"
        "source_modules = stratdesk.ui\n"
        "forbidden_modules = PySide6\n",
        encoding="utf-8",
    )
    code, report = run_contracts(config)
    assert code != 0
    assert "The interface without Qt BROKEN" in report, report
    assert "0 kept, 1 broken" in report, report
