"""Every kind of file is recognised before opening, and refusals leave it untouched."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from stratdesk.db import schema
from stratdesk.db.engine import APPLICATION_ID
from stratdesk.db.errors import PlanFileError
from stratdesk.db.identify import FileKind, ensure_openable, identify
from stratdesk.db.store import PlanStore


def _sqlite(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def _refused(
    path: Path, kind: FileKind, words: str, file_hash: Callable[[Path], str]
) -> PlanFileError:
    """Identification, open and open read-only all refuse, without touching a byte."""
    before = file_hash(path) if path.is_file() else None
    siblings = sorted(path.parent.iterdir())
    assert identify(path).kind is kind
    for attempt in (
        lambda: ensure_openable(path),
        lambda: PlanStore.open(path),
        lambda: PlanStore.open(path, read_only=True),
    ):
        with pytest.raises(PlanFileError) as caught:
            attempt()
        assert caught.value.kind == kind.value
        assert path.name in caught.value.message and words in caught.value.message
    if before is not None:
        assert file_hash(path) == before
    assert sorted(path.parent.iterdir()) == siblings  # no lock or journal left behind
    return caught.value


def test_missing(tmp_path: Path, file_hash: Callable[[Path], str]) -> None:
    _refused(tmp_path / "nowhere.stratdesk", FileKind.MISSING, "does not exist", file_hash)


def test_folder(tmp_path: Path, file_hash: Callable[[Path], str]) -> None:
    folder = tmp_path / "folder.stratdesk"
    folder.mkdir()
    _refused(folder, FileKind.UNREADABLE, "cannot be read", file_hash)


def test_empty(tmp_path: Path, file_hash: Callable[[Path], str]) -> None:
    path = tmp_path / "empty.stratdesk"
    path.touch()
    _refused(path, FileKind.EMPTY, "empty", file_hash)
    assert path.stat().st_size == 0


@pytest.mark.parametrize(
    "content", [b"%PDF-1.7 not a plan", b"SQLite format 2\x00" + bytes(200), b"\x00" * 4096]
)
def test_not_sqlite(tmp_path: Path, file_hash: Callable[[Path], str], content: bytes) -> None:
    path = tmp_path / "notes.stratdesk"
    path.write_bytes(content)
    _refused(path, FileKind.NOT_SQLITE, "not a stratdesk plan", file_hash)


def test_sqlite_of_another_application(tmp_path: Path, file_hash: Callable[[Path], str]) -> None:
    path = _sqlite(
        tmp_path / "other.stratdesk",
        "PRAGMA application_id=1234",
        "CREATE TABLE contacts (name TEXT)",
    )
    _refused(path, FileKind.OTHER_APPLICATION, "another application", file_hash)


def test_sqlite_without_application_id(tmp_path: Path, file_hash: Callable[[Path], str]) -> None:
    path = _sqlite(tmp_path / "plain.db", "CREATE TABLE t (x)")
    assert identify(path).application_id == 0
    _refused(path, FileKind.OTHER_APPLICATION, "another application", file_hash)


def test_newer_by_user_version(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    _sqlite(plan_path, f"PRAGMA user_version={schema.SCHEMA_VERSION + 1}")
    _refused(plan_path, FileKind.NEWER, "newer version", file_hash)


def test_newer_by_unknown_revision(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    _sqlite(plan_path, "UPDATE alembic_version SET version_num = 'f00dcafe'")
    _refused(plan_path, FileKind.NEWER, "newer version", file_hash)


def test_damaged_when_tables_have_no_version(
    plan_path: Path, file_hash: Callable[[Path], str]
) -> None:
    _sqlite(plan_path, "DROP TABLE alembic_version")
    _refused(plan_path, FileKind.DAMAGED, "damaged", file_hash)


def test_damaged_when_truncated(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    data = plan_path.read_bytes()
    plan_path.write_bytes(data[:60])
    _refused(plan_path, FileKind.DAMAGED, "damaged", file_hash)


def test_current(plan_path: Path) -> None:
    identity = identify(plan_path)
    assert identity.kind is FileKind.CURRENT
    assert identity.revision == schema.head_revision()
    assert identity.user_version == schema.SCHEMA_VERSION
    assert identity.application_id == APPLICATION_ID


def test_needs_migration_when_older_revision(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch, file_hash: Callable[[Path], str]
) -> None:
    before = file_hash(plan_path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    identity = ensure_openable(plan_path)
    assert identity.kind is FileKind.NEEDS_MIGRATION
    assert file_hash(plan_path) == before


def test_needs_migration_when_stamped_but_never_migrated(tmp_path: Path) -> None:
    path = _sqlite(tmp_path / "blank.stratdesk", f"PRAGMA application_id={APPLICATION_ID}")
    assert identify(path).kind is FileKind.NEEDS_MIGRATION
    store = PlanStore.open(path, backup_on_open=False)
    try:
        assert store.schema_version == schema.SCHEMA_VERSION
    finally:
        store.close()
    assert identify(path).kind is FileKind.CURRENT


def test_refusal_messages_are_translated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from stratdesk.db import identify as module

    monkeypatch.setattr(module, "translate", lambda context, text: f"[{context}] {text}")
    path = tmp_path / "empty.stratdesk"
    path.touch()
    with pytest.raises(PlanFileError, match=r"^\[PlanFile\] “empty.stratdesk”"):
        ensure_openable(path)


def crash_mid_write(path: Path) -> None:
    """A process that dies halfway through a transaction, leaving a hot journal."""
    code = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA cache_size=1')\n"
        "conn.execute('BEGIN')\n"
        "conn.execute('DELETE FROM swot_item')\n"
        "conn.execute('CREATE TABLE junk (b BLOB)')\n"
        "for _ in range(200):\n"
        "    conn.execute('INSERT INTO junk VALUES (randomblob(2000))')\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True)
    assert path.with_name(path.name + "-journal").exists()


def test_crash_left_a_hot_journal(plan_path: Path, file_hash: Callable[[Path], str]) -> None:
    crash_mid_write(plan_path)
    before = file_hash(plan_path)
    assert identify(plan_path).kind is FileKind.NEEDS_RECOVERY
    with pytest.raises(PlanFileError, match="opened normally"):
        PlanStore.open(plan_path, read_only=True)
    assert file_hash(plan_path) == before

    store = PlanStore.open(plan_path, backup_on_open=False)  # SQLite rolls the crash back
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM swot_item").scalar() == 2
            tables = connection.exec_driver_sql("SELECT name FROM sqlite_master").scalars()
            assert "junk" not in set(tables)
    finally:
        store.close()
    assert identify(plan_path).kind is FileKind.CURRENT


def test_a_crash_sqlite_cannot_recover_is_refused(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stratdesk.db import store as store_module
    from stratdesk.db.lock import lock_path

    crash_mid_write(plan_path)
    monkeypatch.setattr(store_module, "_recover", lambda _path: None)
    with pytest.raises(PlanFileError, match="damaged"):
        PlanStore.open(plan_path, backup_on_open=False)
    assert not lock_path(plan_path).exists()
