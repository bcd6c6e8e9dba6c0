"""Test-wide set-up: offscreen Qt, and no test ever sees the real user folders or settings."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# `pytester` runs a small test session in a subprocess (the GUI tests' strict plugin is tested so).
pytest_plugins = ("pytester",)

# Before anything imports Qt: no screen here, and none needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

# Point every per-user folder (platformdirs, QSettings, fontconfig cache) at a throwaway home
# for the whole run, so no test can read or write the person's real files.
_SANDBOX = Path(tempfile.mkdtemp(prefix="stratdesk-tests-"))
for _var, _sub in (
    ("HOME", "home"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
    ("XDG_RUNTIME_DIR", "runtime"),
):
    (_SANDBOX / _sub).mkdir(parents=True, exist_ok=True)
    os.environ[_var] = str(_SANDBOX / _sub)
os.chmod(_SANDBOX / "runtime", 0o700)
os.environ["STRATDESK_DATA_DIR"] = str(_SANDBOX / "data" / "stratdesk")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui as `gui`, so `-m "not gui"` runs the Qt-free core."""
    for item in items:
        if "gui" in Path(str(item.fspath)).parts:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def sandbox_home() -> Path:
    """The throwaway home that stands in for the user's folders during the run."""
    return _SANDBOX
