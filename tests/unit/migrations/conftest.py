"""Real plan files of every past schema (tests/fixtures), and a plain reader for their rows.

Each migration test copies the fixture of the revision before it, opens the copy with the app
(which backs it up and migrates it to the newest schema) and reads the result with sqlite3.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from stratdesk.db.store import PlanStore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def fixture_file(version: int) -> Path:
    """The demo plan as schema `version` wrote it (see tests/fixtures/make_fixture.py)."""
    return FIXTURES / f"plan-{version:04d}.stratdesk"


def rows(path: Path, sql: str, *params: Any) -> list[dict[str, Any]]:
    """The rows of a query as dicts, read with plain sqlite3 (no model in between)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in connection.execute(sql, params)]
    finally:
        connection.close()


def columns(path: Path, table: str) -> set[str]:
    return {row["name"] for row in rows(path, f"PRAGMA table_info({table})")}


class Plans:
    """The helpers above, for the tests (pytest's importlib mode keeps conftest unimportable)."""

    folder = FIXTURES
    fixture_file = staticmethod(fixture_file)
    rows = staticmethod(rows)
    columns = staticmethod(columns)


@pytest.fixture
def plans() -> type[Plans]:
    return Plans


@pytest.fixture
def copy_of(tmp_path: Path) -> Callable[[int], Path]:
    """A private copy of the fixture of schema `version`, to change or upgrade."""

    def copy(version: int) -> Path:
        target = tmp_path / f"copy-{version:04d}.stratdesk"
        shutil.copyfile(fixture_file(version), target)
        return target

    return copy


def open_with_the_app(path: Path) -> Path:
    """Open `path` as the app does (it migrates), then close it; returns `path`."""
    PlanStore.open(path).close()
    return path


_UPGRADED: dict[int, Path] = {}


@pytest.fixture
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """The fixture of schema `version` opened by the app: upgraded once per run, then read."""

    def upgrade(version: int) -> Path:
        if version not in _UPGRADED:
            folder = tmp_path_factory.mktemp(f"upgraded-{version:04d}")
            target = folder / fixture_file(version).name
            shutil.copyfile(fixture_file(version), target)
            _UPGRADED[version] = open_with_the_app(target)
        return _UPGRADED[version]

    return upgrade
