"""Backups: in the user data folder, verified, not repeated, thinned, restorable."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stratdesk.db import backups as backups_module
from stratdesk.db.backup_folders import read_plan_uuid
from stratdesk.db.backups import BackupManager
from stratdesk.db.copying import verify_copy
from stratdesk.db.engine import APPLICATION_ID
from stratdesk.db.errors import BackupError, PlanFileError
from stratdesk.db.identify import FileKind, identify
from stratdesk.db.lock import PlanLocked
from stratdesk.db.store import PlanStore

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _edit(path: Path, text: str = "Nouvelle force") -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO swot_item (quadrant, text, weight, votes, plan_id, position) "
        "VALUES ('STRENGTH', ?, 3, 0, 1, 9)",
        (text,),
    )
    conn.commit()
    conn.close()


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM swot_item").fetchone()[0]
    finally:
        conn.close()


def test_backups_live_in_the_user_data_folder(plan_path: Path, data_dir: Path) -> None:
    manager = BackupManager(plan_path)
    backup = manager.backup_if_changed(T0)
    assert backup is not None
    assert backup.is_relative_to(data_dir / "backups")
    assert backup.parent.name == f"plan-{read_plan_uuid(plan_path)}"
    assert sorted(p.name for p in plan_path.parent.iterdir()) == ["plan.stratdesk", "userdata"]


def test_a_backup_is_a_verified_copy(plan_path: Path) -> None:
    backup = BackupManager(plan_path).backup_if_changed(T0)
    assert backup is not None
    assert verify_copy(backup) is None
    assert _count(backup) == 2
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_unchanged_plan_is_not_backed_up_twice(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    first = manager.backup_if_changed(T0)
    assert first is not None
    assert manager.backup_if_changed(T0 + timedelta(minutes=30)) is None
    assert manager.ensure_backup(T0 + timedelta(minutes=31)) == first
    _edit(plan_path)
    second = manager.backup_if_changed(T0 + timedelta(minutes=60))
    assert second is not None and second != first
    assert [info.path for info in manager.backups()] == [first, second]
    assert _count(second) == 3


def test_lost_index_costs_only_one_extra_copy(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    manager.backup_if_changed(T0)
    (manager.folder / "index.json").write_text("garbage", encoding="utf-8")
    assert manager.backup_if_changed(T0 + timedelta(minutes=20)) is not None
    assert manager.backup_if_changed(T0 + timedelta(minutes=40)) is None


def test_a_copy_failing_verification_is_discarded_and_reported(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manager = BackupManager(plan_path)
    monkeypatch.setattr(backups_module, "verify_copy", lambda _path: "page 3: btree broken")
    with pytest.raises(BackupError, match="page 3: btree broken"):
        manager.backup_if_changed(T0)
    assert manager.backups() == []
    assert [p.name for p in manager.folder.iterdir()] == []


def test_verification_catches_real_damage(plan_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.stratdesk"
    data = bytearray(plan_path.read_bytes())
    data[8192:12288] = b"\xff" * 4096  # overwrite a page in the middle
    damaged.write_bytes(bytes(data))
    assert verify_copy(damaged) is not None
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    assert "application_id" in (verify_copy(foreign) or "")


@pytest.mark.parametrize(
    "name", ["plan client.stratdesk", 'l\'été "2025".stratdesk', "Café #1 ?%20&.stratdesk"]
)
def test_odd_paths(make_plan: Callable[..., Path], tmp_path: Path, name: str) -> None:
    plan = make_plan(name, folder=tmp_path / "dossier à l'ouest")
    manager = BackupManager(plan)
    backup = manager.backup_if_changed(T0)
    assert backup is not None and verify_copy(backup) is None
    restored = manager.restore_to(manager.backups()[0], tmp_path / "rendu" / f"copie {name}")
    assert _count(restored) == 2
    store = PlanStore.open(plan)  # the backup on open works too (nothing new to copy)
    store.close()
    assert len(manager.backups()) == 1


def test_plans_with_the_same_name_get_their_own_folders(
    make_plan: Callable[..., Path], tmp_path: Path
) -> None:
    a = make_plan(folder=tmp_path / "a")
    b = make_plan(folder=tmp_path / "b")
    assert BackupManager(a).folder != BackupManager(b).folder


def test_thin_keeps_recent_then_daily_then_weekly(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    now = T0 + timedelta(days=100)
    ages = [
        timedelta(minutes=10),  # recent: all kept
        timedelta(minutes=70),
        timedelta(hours=5),  # yesterday-ish and today: one per day
        timedelta(hours=6),
        timedelta(days=3, hours=1),
        timedelta(days=3, hours=2),
        timedelta(days=20),  # older: one per week
        timedelta(days=20, hours=3),
        timedelta(days=90),  # beyond 8 weeks: gone
    ]
    for index, age in enumerate(sorted(ages, reverse=True)):
        _edit(plan_path, f"edit {index}")
        assert manager.backup_if_changed(now - age) is not None  # thins as it goes
    assert manager.thin(now) == []
    kept_ages = sorted(now - info.created for info in manager.backups())
    assert kept_ages == [
        timedelta(minutes=10),
        timedelta(minutes=70),
        timedelta(hours=5),
        timedelta(days=3, hours=1),
        timedelta(days=20),
    ]
    files = {p.name for p in manager.folder.iterdir()} - {"index.json"}
    assert files == {info.path.name for info in manager.backups()}
    # Two weeks later the recent ones have been reduced to one a day.
    removed = manager.thin(now + timedelta(days=14))
    assert len(removed) == 2  # 70 minutes and 5 hours old shared a day with the newest


def test_thin_never_removes_the_newest(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    manager.backup_if_changed(T0)
    _edit(plan_path)
    newest = manager.backup_if_changed(T0 + timedelta(hours=1))
    assert manager.thin(T0 + timedelta(days=365)) != []
    assert [info.path for info in manager.backups()] == [newest]


def test_restore_over_a_closed_plan_keeps_what_it_replaces(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    old = manager.backup_if_changed(T0)
    _edit(plan_path)
    assert old is not None
    manager.restore_to(old, plan_path)
    assert _count(plan_path) == 2
    assert identify(plan_path).kind is FileKind.CURRENT
    # The edited version was renamed beside the plan, not deleted.
    aside = [p for p in plan_path.parent.iterdir() if "replaced" in p.name]
    assert len(aside) == 1 and aside[0].suffix == ".stratdesk"
    assert _count(aside[0]) == 3


def test_restore_refuses_an_open_plan_and_a_foreign_file(plan_path: Path, tmp_path: Path) -> None:
    manager = BackupManager(plan_path)
    backup = manager.backup_if_changed(T0)
    assert backup is not None
    store = PlanStore.open(plan_path, backup_on_open=False)
    try:
        with pytest.raises(PlanLocked):
            manager.restore_to(backup, plan_path)
    finally:
        store.close()
    foreign = tmp_path / "notes.txt"
    foreign.write_text("my notes", encoding="utf-8")
    with pytest.raises(PlanFileError, match="not a stratdesk plan"):
        manager.restore_to(backup, foreign)
    assert foreign.read_text(encoding="utf-8") == "my notes"


def test_open_backs_up_a_changed_plan(plan_path: Path) -> None:
    PlanStore.open(plan_path, backup_on_open=False).close()
    manager = BackupManager(plan_path)
    assert manager.backups() == []
    store = PlanStore.open(plan_path)
    store.close()
    assert store.backup_warning is None
    assert len(manager.backups()) == 1
    PlanStore.open(plan_path).close()
    assert len(manager.backups()) == 1


def test_open_survives_a_failing_backup(plan_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backups_module, "verify_copy", lambda _path: "disk full")
    store = PlanStore.open(plan_path)
    try:
        assert store.backup_warning is not None and "disk full" in store.backup_warning
    finally:
        store.close()
