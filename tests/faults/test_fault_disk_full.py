"""A disk that fills up during edits: each refused edit is one sentence and writes nothing,
every accepted edit stays, and the plan is sound afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from stratdesk.db import engine as engine_module
from stratdesk.db.integrity import quick_check
from stratdesk.domain.errors import StratdeskError
from stratdesk.services.workspace import Workspace

from .conftest import Figures


def _fill_up(tmp_path: Path, edits: int, monkeypatch: pytest.MonkeyPatch, figures: Figures) -> None:
    path = tmp_path / "full.stratdesk"
    Workspace.create(path, {"name": "Acme"}, {"title": "Plan", "start_year": 2025}).close()
    pages = path.stat().st_size // 4096
    real = engine_module.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real(*args, **kwargs)
        connection.execute(f"PRAGMA max_page_count = {pages + 6}")  # room for a few pages
        return connection

    accepted: list[str] = []
    refused: list[str] = []
    with Workspace.open(path) as workspace:
        monkeypatch.setattr(engine_module, "connect", connect)
        for number in range(edits):
            text = f"edit {number} " + "x" * 900
            try:
                workspace.services.swot.create(workspace.plan_id, {"quadrant": "S", "text": text})
                accepted.append(text)
            except StratdeskError as exc:
                refused.append(str(exc))
        monkeypatch.setattr(engine_module, "connect", real)
    assert quick_check(path) is None
    with Workspace.open(path, read_only=True) as workspace:
        stored = [item.text for item in workspace.services.swot.list(workspace.plan_id)]
    figures.record(
        edits_tried=edits,
        accepted=len(accepted),
        refused_disk_full=len(refused),
        accepted_edits_lost=len(set(accepted) - set(stored)),
        refused_edits_written=len(set(stored) - set(accepted)),
        plan_sound_afterwards=True,
    )
    assert refused and all("full" in message for message in refused)
    assert stored == accepted


def test_a_disk_that_fills_up_refuses_edits_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    _fill_up(tmp_path, 40, monkeypatch, figures)


@pytest.mark.faults_long
def test_a_disk_that_fills_up_refuses_edits_cleanly_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    _fill_up(tmp_path, 400, monkeypatch, figures)
