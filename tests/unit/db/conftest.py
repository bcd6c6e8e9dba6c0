"""Fixtures for the plan-file tests: a private data folder and ready-made plan files."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from stratdesk.db.store import PlanStore


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Backups of every test go to its own folder."""
    path = tmp_path / "userdata"
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(path))
    return path


@pytest.fixture
def file_hash() -> Callable[[Path], str]:
    def digest(path: Path) -> str:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()

    return digest


def _fill(path: Path) -> None:
    """One client, one plan and two SWOT items, written with plain sqlite3."""
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO client (id, name, sector, contact, brand_colour) "
            "VALUES (1, 'Boulangerie Léa', '', '', '#1F6FB2')"
        )
        conn.execute(
            "INSERT INTO plan (id, title, start_year, horizon_years, currency, language, "
            "seven_p, client_id) VALUES (1, 'Plan 2025', 2025, 3, 'EUR', 'FR', 0, 1)"
        )
        conn.executemany(
            "INSERT INTO swot_item (quadrant, text, weight, votes, plan_id, position) "
            "VALUES (?, ?, 3, 0, 1, ?)",
            [("STRENGTH", "Pain au levain", 0), ("THREAT", "Chaîne voisine", 1)],
        )
    conn.close()


@pytest.fixture(scope="session")
def template_plan(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a filled plan file, made once (running the migrations takes a while)."""
    path = tmp_path_factory.mktemp("template") / "template.stratdesk"
    PlanStore.create(path).close()
    _fill(path)
    return path.read_bytes()


@pytest.fixture
def make_plan(tmp_path: Path, template_plan: bytes) -> Callable[..., Path]:
    """Create a closed plan file holding a little data; returns its path."""

    def make(name: str = "plan.stratdesk", folder: Path | None = None) -> Path:
        path = (folder or tmp_path) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(template_plan)
        # Each plan file has its own identity, as a created file does (the template's is shared).
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE plan SET uuid = ?", (uuid.uuid4().hex,))
        conn.close()
        return path

    return make


@pytest.fixture
def plan_path(make_plan: Callable[..., Path]) -> Path:
    return make_plan()
