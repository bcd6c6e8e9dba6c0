"""The fault suite: what a user's machine does to a plan file, and what must hold.

Each test has a short form that runs with the rest of the suite and a long form marked
`faults_long`, skipped unless selected:

    pytest tests/faults                      # short
    pytest tests/faults -m faults_long       # long (minutes)

Tests record their figures (kills survived, edits lost, damaged files tried…); the run ends
with a table of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

_FIGURES: list[tuple[str, str, str]] = []  # (test, figure, value)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the long fault tests unless the marker expression asks for them."""
    if "faults_long" in (config.option.markexpr or ""):
        return
    skip = pytest.mark.skip(reason="long fault suite: run with -m faults_long")
    for item in items:
        if "faults_long" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups of every test go to its own folder."""
    path = tmp_path / "userdata"
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(path))
    return path


class Figures:
    """What a fault test measured, for the table at the end of the run."""

    def __init__(self, test: str) -> None:
        self.test = test

    def record(self, **values: object) -> None:
        for name, value in values.items():
            _FIGURES.append((self.test, name.replace("_", " "), str(value)))


@pytest.fixture
def figures(request: pytest.FixtureRequest) -> Iterator[Figures]:
    yield Figures(request.node.name)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    terminalreporter.section("fault suite figures")
    width = max(len(test) for test, _, _ in _FIGURES)
    for test, name, value in _FIGURES:
        terminalreporter.write_line(f"{test:<{width}}  {name}: {value}")
