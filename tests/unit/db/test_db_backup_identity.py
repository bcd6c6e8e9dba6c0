"""Backups stay small and follow the plan: one per quarter hour, a size cap, no strays, and
keyed by the plan's uuid so that a moved or renamed plan keeps them."""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from stratdesk.db.backup_folders import folder_name, read_plan_uuid
from stratdesk.db.backups import MIN_INTERVAL, BackupManager, remove_strays
from stratdesk.db.thinning import ThinningPolicy

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _edit(path: Path, text: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO swot_item (quadrant, text, weight, votes, plan_id, position) "
            "VALUES ('STRENGTH', ?, 3, 0, 1, 9)",
            (text,),
        )
    conn.close()


def _give_uuid(path: Path) -> str:
    """What the schema's plan.uuid column (revision 0008) will hold; made here for the test."""
    value = uuid.uuid4().hex
    with sqlite3.connect(path) as conn:
        columns = {row[1] for row in conn.execute("PRAGMA table_info(plan)")}
        if "uuid" not in columns:
            conn.execute("ALTER TABLE plan ADD COLUMN uuid VARCHAR(32)")
        conn.execute("UPDATE plan SET uuid = ?", (value,))
    conn.close()
    return value


def _forget_uuid(path: Path) -> None:
    """A plan whose identity cannot be read (what files before schema 0008 are like)."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE plan SET uuid = ''")
    conn.close()


def test_without_a_uuid_backups_are_keyed_by_path(plan_path: Path) -> None:
    _forget_uuid(plan_path)
    assert read_plan_uuid(plan_path) is None
    manager = BackupManager(plan_path)
    assert manager.plan_uuid is None
    assert manager.folder.name == folder_name(plan_path)


def test_a_moved_and_renamed_plan_keeps_its_backups(plan_path: Path, tmp_path: Path) -> None:
    plan_uuid = _give_uuid(plan_path)
    manager = BackupManager(plan_path)
    assert manager.plan_uuid == plan_uuid and manager.folder.name.endswith(plan_uuid)
    first = manager.backup_if_changed(T0)
    assert first is not None
    moved = tmp_path / "ailleurs" / "renamed.stratdesk"
    moved.parent.mkdir()
    os.rename(plan_path, moved)
    after = BackupManager(moved)
    assert after.folder == manager.folder
    assert [info.path for info in after.backups()] == [first]


def test_path_backups_follow_the_plan_once_it_has_a_uuid(plan_path: Path) -> None:
    _forget_uuid(plan_path)
    old = BackupManager(plan_path)
    first = old.backup_if_changed(T0)
    assert first is not None and old.plan_uuid is None
    plan_uuid = _give_uuid(plan_path)  # the file is migrated to a schema with plan.uuid
    new = BackupManager(plan_path)
    assert new.folder.name.endswith(plan_uuid)
    assert [info.path.name for info in new.backups()] == [first.name]
    assert not old.folder.exists()


def test_a_damaged_plan_finds_its_backups_by_path(plan_path: Path) -> None:
    _give_uuid(plan_path)
    backup = BackupManager(plan_path).backup_if_changed(T0)
    assert backup is not None
    plan_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # identity unreadable
    manager = BackupManager(plan_path)
    assert manager.plan_uuid is None and manager.backups() == []
    assert [info.path for info in manager.restorable()] == [backup]


def test_at_most_one_backup_per_quarter_hour(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    assert manager.backup_if_changed(T0) is not None
    for minutes in range(1, 15):  # crash and reopen every minute, changing something each time
        _edit(plan_path, f"edit {minutes}")
        assert manager.backup_if_changed(T0 + timedelta(minutes=minutes)) is None
    assert manager.backup_if_changed(T0 + MIN_INTERVAL) is not None
    assert len(manager.backups()) == 2
    # Before a migration or a restore the plan is always backed up, however recent the last.
    _edit(plan_path, "before a migration")
    forced = manager.ensure_backup(T0 + MIN_INTERVAL + timedelta(minutes=1))
    assert forced not in {info.path for info in manager.backups()[:-1]}
    assert len(manager.backups()) == 3


def test_two_hours_of_crash_and_reopen_stay_small(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    for minute in range(0, 120, 1):
        _edit(plan_path, f"edit {minute}")
        manager.backup_if_changed(T0 + timedelta(minutes=minute))
    assert len(manager.backups()) <= 9  # one per quarter hour


def test_the_backups_of_a_plan_stay_under_the_size_cap(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    size = plan_path.stat().st_size
    for day in range(10):
        _edit(plan_path, f"day {day}")
        manager.backup_if_changed(T0 + timedelta(days=day))
    assert len(manager.backups()) == 10
    policy = ThinningPolicy(max_total_bytes=int(3.5 * size))
    manager.thin(T0 + timedelta(days=9, minutes=1), policy)
    kept = manager.backups()
    assert len(kept) == 3  # the newest three fit
    assert sum(info.size for info in kept) <= policy.max_total_bytes
    assert kept[-1].created == T0 + timedelta(days=9)


def test_stray_temporary_files_are_cleaned_up(plan_path: Path) -> None:
    manager = BackupManager(plan_path)
    manager.backup_if_changed(T0)
    old = time.time() - 3600
    strays = [
        manager.folder / ".20250301T100000000000Z.stratdesk.tmp",
        manager.folder / ".20250301T100000000000Z.stratdesk.tmp-wal",
        manager.folder / ".20250301T100000000000Z.stratdesk.tmp-shm",
        manager.folder / ".20250301T100000000000Z.stratdesk.tmp-journal",
    ]
    for stray in strays:
        stray.write_bytes(b"x")
        os.utime(stray, (old, old))
    fresh = manager.folder / ".20250301T120000000000Z.stratdesk.tmp"
    fresh.write_bytes(b"x")  # may be a copy under way in another process
    _edit(plan_path, "next")
    assert manager.backup_if_changed(T0 + timedelta(hours=1)) is not None
    assert not any(stray.exists() for stray in strays)
    assert fresh.exists()
    assert remove_strays(manager.folder, max_age=0) == [fresh]


def test_a_plan_in_wal_mode_gives_a_plain_backup_and_no_side_files(plan_path: Path) -> None:
    with sqlite3.connect(plan_path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    manager = BackupManager(plan_path)
    backup = manager.backup_if_changed(T0)
    assert backup is not None
    with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in manager.folder.iterdir()) == sorted([backup.name, "index.json"])


def test_a_copy_gets_its_own_identity_and_backups_when_opened(
    plan_path: Path, tmp_path: Path
) -> None:
    from stratdesk.db.store import PlanStore

    root = tmp_path / "backups-root"
    PlanStore.open(plan_path, backup_root=root).close()  # the original: backed up, recorded
    original = read_plan_uuid(plan_path)
    copy = tmp_path / "copie" / "client B.stratdesk"
    copy.parent.mkdir()
    copy.write_bytes(plan_path.read_bytes())
    assert read_plan_uuid(copy) == original
    PlanStore.open(copy, backup_root=root).close()
    renewed = read_plan_uuid(copy)
    assert renewed is not None and renewed != original
    assert read_plan_uuid(plan_path) == original  # the original keeps its identity
    assert BackupManager(copy, root).folder != BackupManager(plan_path, root).folder


def test_a_moved_plan_is_not_taken_for_a_copy(plan_path: Path, tmp_path: Path) -> None:
    from stratdesk.db.store import PlanStore

    root = tmp_path / "backups-root"
    PlanStore.open(plan_path, backup_root=root).close()
    original = read_plan_uuid(plan_path)
    moved = tmp_path / "moved.stratdesk"
    os.rename(plan_path, moved)
    PlanStore.open(moved, backup_root=root).close()
    assert read_plan_uuid(moved) == original
