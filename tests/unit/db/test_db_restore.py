"""Bringing a backup back: the newest sound one by default, or the one named; the file being
replaced is kept beside the plan (with its journal), never deleted."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stratdesk.db.backups import BackupManager
from stratdesk.db.errors import BackupError
from stratdesk.db.identify import FileKind, identify
from stratdesk.db.restore import find_backup, newest_sound, restore_backup, summarize
from stratdesk.services.backups import list_backups, restore

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _count(path: Path) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM swot_item").fetchone()[0]
    conn.close()
    return count


def _edit(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO swot_item (quadrant, text, weight, votes, plan_id, position) "
            "VALUES ('STRENGTH', 'Nouvelle', 3, 0, 1, 9)"
        )
    conn.close()


def _two_backups(plan_path: Path) -> BackupManager:
    manager = BackupManager(plan_path)
    manager.backup_if_changed(T0)  # 2 SWOT items
    _edit(plan_path)
    manager.backup_if_changed(T0 + timedelta(hours=1))  # 3
    _edit(plan_path)  # the plan now has 4
    return manager


def test_summaries_say_what_each_backup_holds(plan_path: Path) -> None:
    manager = _two_backups(plan_path)
    older, newer = manager.backups()
    assert summarize(older.path).counts["swot_item"] == 2
    assert summarize(newer.path).title == "Plan 2025"
    entries = list_backups(plan_path)
    assert [entry.id for entry in entries] == [newer.id, older.id]  # newest first
    assert "SWOT items: 3" in entries[0].summary() and "Plan 2025" in entries[0].summary()
    assert entries[0].size_text().endswith("kB")


def test_restore_without_an_id_brings_back_the_newest_sound_backup(plan_path: Path) -> None:
    manager = _two_backups(plan_path)
    newest = manager.backups()[-1].path
    newest.write_bytes(newest.read_bytes()[:8192] + b"\xff" * 4096)  # damaged in the folder
    assert newest_sound(manager) == manager.backups()[0]
    result = restore(plan_path)
    assert _count(plan_path) == 2
    assert result.created == T0
    assert result.kept_aside is not None and _count(result.kept_aside) == 4
    assert result.kept_aside.parent == plan_path.parent


def test_restore_a_chosen_backup_by_id_or_prefix(plan_path: Path) -> None:
    manager = _two_backups(plan_path)
    older = manager.backups()[0]
    assert find_backup(manager, older.id[:12]) == older
    restore(plan_path, older.id)
    assert _count(plan_path) == 2
    with pytest.raises(BackupError, match="No backup"):
        restore(plan_path, "19990101")
    with pytest.raises(BackupError, match="Several"):
        find_backup(manager, "2025")


def test_restoring_over_a_damaged_plan_keeps_it_and_its_journal_aside(plan_path: Path) -> None:
    manager = _two_backups(plan_path)
    damaged = b"SQLite format 3\x00" + b"\x13" * 5000
    plan_path.write_bytes(damaged)
    journal = plan_path.with_name(plan_path.name + "-journal")
    journal.write_bytes(b"a hot journal of the damaged file")
    result = restore_backup(manager, manager.backups()[-1])
    assert identify(plan_path).kind is FileKind.CURRENT and _count(plan_path) == 3
    assert not journal.exists()  # it would otherwise be played back into the restored plan
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged
    aside_journal = result.kept_aside.with_name(result.kept_aside.name + "-journal")
    assert aside_journal.read_bytes() == b"a hot journal of the damaged file"


def test_a_plan_that_is_gone_can_be_restored(plan_path: Path) -> None:
    manager = _two_backups(plan_path)
    plan_path.unlink()
    assert len(list_backups(plan_path)) == 2
    result = restore(plan_path)
    assert result.kept_aside is None and _count(plan_path) == 3
    assert len(manager.restorable()) == 2


def test_no_sound_backup_is_a_sentence(plan_path: Path) -> None:
    with pytest.raises(BackupError, match="no sound backup"):
        restore(plan_path)
