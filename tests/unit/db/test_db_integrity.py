"""A damaged plan is never written: refused on open (or on every commit while a large file is
still being checked), with a message that says how to restore a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from stratdesk.db.backups import BackupManager
from stratdesk.db.errors import PlanDamaged
from stratdesk.db.integrity import IntegrityCheck, quick_check
from stratdesk.db.lock import lock_path
from stratdesk.db.store import PlanStore
from stratdesk.domain.errors import StratdeskError

PAGE = 4096


def _damage(path: Path, page: int) -> None:
    """Overwrite one page (numbered from 1) with bytes SQLite cannot make sense of."""
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE : page * PAGE] = b"\xa5" * PAGE
    path.write_bytes(bytes(data))


def _swot_page(path: Path) -> int:
    """The page that holds the SWOT items' rows (a table leaf, not the schema)."""
    with sqlite3.connect(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'swot_item'")
        page = root.fetchone()[0]
    conn.close()
    return page


def test_quick_check_tells_a_sound_file_from_a_damaged_one(plan_path: Path, tmp_path: Path) -> None:
    assert quick_check(plan_path) is None
    damaged = tmp_path / "damaged.stratdesk"
    damaged.write_bytes(plan_path.read_bytes())
    _damage(damaged, _swot_page(damaged))
    assert quick_check(damaged) is not None


def test_a_damaged_plan_is_refused_for_writing_and_left_untouched(
    plan_path: Path, file_hash: Callable[[Path], str]
) -> None:
    _damage(plan_path, _swot_page(plan_path))
    before = file_hash(plan_path)
    with pytest.raises(PlanDamaged) as caught:
        PlanStore.open(plan_path)
    assert caught.value.kind == "damaged"
    assert plan_path.name in caught.value.message and "damaged" in caught.value.message
    assert file_hash(plan_path) == before
    assert not lock_path(plan_path).exists()  # the lock taken to check it went again


def test_the_refusal_names_the_backup_and_the_command_to_restore_it(plan_path: Path) -> None:
    BackupManager(plan_path).backup_if_changed()
    _damage(plan_path, _swot_page(plan_path))
    with pytest.raises(PlanDamaged) as caught:
        PlanStore.open(plan_path)
    message = caught.value.message
    assert "Restore from a backup" in message
    assert f'stratdesk restore "{plan_path.absolute()}"' in message


def test_without_a_backup_the_refusal_says_so(plan_path: Path) -> None:
    _damage(plan_path, _swot_page(plan_path))
    with pytest.raises(PlanDamaged, match="No automatic backup of it was found"):
        PlanStore.open(plan_path)


def test_read_only_refuses_a_damaged_plan_unless_asked_to_show_it(plan_path: Path) -> None:
    _damage(plan_path, _swot_page(plan_path))
    with pytest.raises(PlanDamaged):
        PlanStore.open(plan_path, read_only=True)
    store = PlanStore.open(plan_path, read_only=True, allow_damaged=True)
    try:
        assert store.read_only
    finally:
        store.close()


def test_a_large_plan_opens_at_once_and_refuses_writes_until_checked(
    plan_path: Path, file_hash: Callable[[Path], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size limit the check runs in the background: a commit waits for its verdict
    and, on a damaged file, is refused (nothing written)."""
    import threading

    from stratdesk.db import integrity
    from stratdesk.services.changes import ChangeHub
    from stratdesk.services.context import ServiceContext
    from stratdesk.services.swot import SwotService

    # The check is held until the file is open: a small file would otherwise be checked
    # before `open` looks, and refused there (right, but not the case under test).
    release = threading.Event()
    real_check = integrity.quick_check

    def held_check(path: Path) -> str | None:
        release.wait(30)
        return real_check(path)

    monkeypatch.setattr(integrity, "quick_check", held_check)
    _damage(plan_path, _swot_page(plan_path))
    before = file_hash(plan_path)
    store = PlanStore.open(plan_path, backup_on_open=False, sync_check_max_bytes=0)
    release.set()
    try:
        assert store.integrity is not None
        assert store.integrity.wait(30) is not None
        refusal = store.write_refusal()
        assert isinstance(refusal, PlanDamaged)
        service = SwotService(ServiceContext(store, ChangeHub()))
        # Refused by the check at commit, or earlier by SQLite itself: one sentence either way.
        with pytest.raises(StratdeskError):
            service.create(1, {"quadrant": "S", "text": "Nouvelle force"})
        with store.session() as session:  # a write away from the damaged page: the check
            session.connection().exec_driver_sql("UPDATE client SET name = 'Léa' WHERE id = 1")
            with pytest.raises(PlanDamaged):
                session.commit()
    finally:
        store.close()
    assert file_hash(plan_path) == before


def test_a_sound_large_plan_is_written_once_checked(plan_path: Path) -> None:
    store = PlanStore.open(plan_path, backup_on_open=False, sync_check_max_bytes=0)
    try:
        assert store.integrity is not None and store.integrity.wait(30) is None
        assert store.write_refusal() is None
        with store.session() as session:
            session.connection().exec_driver_sql(
                "UPDATE swot_item SET text = 'Levain' WHERE id = 1"
            )
            session.commit()
    finally:
        store.close()


def test_a_background_check_calls_back_when_done(plan_path: Path) -> None:
    check = IntegrityCheck(plan_path, background=True)
    results: list[str | None] = []
    assert check.wait(30) is None
    check.when_done(results.append)
    assert results == [None] and check.done
