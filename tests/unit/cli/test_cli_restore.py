"""`stratdesk restore`, and commands that meet a full disk or a long import: one sentence on
stderr, a clear exit code, nothing half written."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from stratdesk.cli import main
from stratdesk.cli_import import ProgressLine
from stratdesk.db import engine as engine_module
from stratdesk.db.backups import BackupManager
from stratdesk.services.workspace import Workspace


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "plan.stratdesk"
    with Workspace.create(path, {"name": "Acme"}, {"title": "Plan", "start_year": 2024}) as ws:
        ws.services.kpis.create(ws.plan_id, {"name": "Visites"})
    return path


def _swot_count(path: Path) -> int:
    with Workspace.open(path, read_only=True) as ws:
        return len(ws.services.swot.list(ws.plan_id))


def test_restore_lists_then_brings_back_the_newest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path)
    assert main(["restore", str(plan), "--list"]) == 1
    assert "No automatic backup" in capsys.readouterr().err
    BackupManager(plan).backup_if_changed()
    with Workspace.open(plan, read_only=False) as ws:
        ws.services.swot.create(ws.plan_id, {"quadrant": "S", "text": "Levain"})
    assert main(["restore", str(plan), "--list"]) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "SWOT items: 0" in listed[0] and "Plan" in listed[0]
    backup_id = listed[0].split()[0]
    assert main(["restore", str(plan), "--backup", backup_id[:10]]) == 0
    out = capsys.readouterr().out
    assert "was restored from the backup of" in out and "was kept as" in out
    assert _swot_count(plan) == 0
    kept = [p for p in tmp_path.iterdir() if "replaced" in p.name]
    assert len(kept) == 1 and _swot_count(kept[0]) == 1


def test_restore_refuses_a_plan_open_elsewhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path)
    BackupManager(plan).backup_if_changed()
    with Workspace.open(plan):
        assert main(["restore", str(plan)]) == 1
    assert "already open" in capsys.readouterr().err


def _full_disk(monkeypatch: pytest.MonkeyPatch, pages: int = 8) -> None:
    """Every SQLite connection can grow the file to `pages` pages, then it is "full"."""
    real = engine_module.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = real(*args, **kwargs)
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection

    monkeypatch.setattr(engine_module, "connect", connect)


@pytest.mark.parametrize(
    "command", [["new", "{path}", "--client", "Acme"], ["demo", "{path}", "--lang", "en"]]
)
def test_new_and_demo_on_a_full_disk_say_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    _full_disk(monkeypatch)
    path = tmp_path / "full.stratdesk"
    assert main([part.format(path=path) for part in command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "full" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # nothing left behind


def test_an_import_cancelled_with_ctrl_c_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _plan(tmp_path)
    data = tmp_path / "big.csv"
    data.write_text(
        "Date;Visites\n" + "".join(f"{1 + i % 28:02d}/03/2024;{i}\n" for i in range(20_000)),
        encoding="utf-8",
    )

    def interrupted(self: ProgressLine, share: float) -> None:
        if share > 0.5:
            raise KeyboardInterrupt

    monkeypatch.setattr(ProgressLine, "__call__", interrupted)
    assert main(["import", "kpi", str(plan), str(data)]) == 130
    assert "nothing was written" in capsys.readouterr().err
    with Workspace.open(plan, read_only=True) as ws:
        kpi = ws.services.kpis.list(ws.plan_id)[0]
        assert ws.services.kpi_measurements.list(kpi.id) == []


def test_progress_shows_on_a_log_once_the_import_takes_a_while() -> None:
    import io

    stream = io.StringIO()
    progress = ProgressLine(stream, delay=0)
    for share in (0.0, 0.05, 0.31, 0.32, 1.0):
        progress(share)
    progress.finish()
    assert stream.getvalue().splitlines() == ["Importing… 0%", "Importing… 30%", "Importing… 100%"]
