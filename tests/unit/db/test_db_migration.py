"""Migrating an older plan: backed up first, one transaction, restored when it fails."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from stratdesk.db import migrate, schema
from stratdesk.db.errors import PlanFileError
from stratdesk.db.identify import FileKind, identify
from stratdesk.db.lock import PlanLock
from stratdesk.db.store import PlanStore

HEAD = schema.SCHEMA_VERSION  # the newest revision this stratdesk ships
NEXT = schema.revision_id(HEAD + 1)

# The revision after the newest one; {revision} and {parent} are filled in by `next_revision`.
HEADER = """
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{parent}"
branch_labels = None
depends_on = None


def downgrade() -> None:
    pass
"""

ADD_COLUMN = """
def upgrade() -> None:
    # A batch rebuild of `plan`, the parent of most tables: must not cascade-delete them.
    with op.batch_alter_table("plan", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("notes", sa.String(), nullable=False, server_default=""))
"""

FAILING = """
def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("DELETE FROM swot_item")
    raise RuntimeError("this revision fails halfway")
"""


@pytest.fixture
def next_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Install a copy of the scripts plus a revision after the head with the given `upgrade()`."""

    def install(upgrade: str) -> None:
        location = tmp_path / "migrations"
        source = schema.script_location()
        (location / "versions").mkdir(parents=True)
        for name in ("env.py", "script.py.mako"):
            (location / name).write_bytes((source / name).read_bytes())
        for script in (source / "versions").glob("*.py"):
            (location / "versions" / script.name).write_bytes(script.read_bytes())
        head = schema.SCHEMA_VERSION
        header = HEADER.format(
            revision=schema.revision_id(head + 1), parent=schema.revision_id(head)
        )
        script = location / "versions" / f"{schema.revision_id(head + 1)}_test.py"
        script.write_text(header + upgrade, encoding="utf-8")
        monkeypatch.setattr(schema, "script_location", lambda: location)
        monkeypatch.setattr(schema, "SCHEMA_VERSION", head + 1)

    return install


def _scalar(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_migration_upgrades_and_keeps_the_data(
    plan_path: Path, next_revision: Callable[[str], None]
) -> None:
    next_revision(ADD_COLUMN)
    assert identify(plan_path).kind is FileKind.NEEDS_MIGRATION

    store = PlanStore.open(plan_path)
    try:
        assert store.schema_version == HEAD + 1
        backups = store.backups.backups() if store.backups else []
    finally:
        store.close()

    assert _scalar(plan_path, "PRAGMA user_version") == HEAD + 1
    assert _scalar(plan_path, "SELECT version_num FROM alembic_version") == NEXT
    assert _scalar(plan_path, "SELECT notes FROM plan WHERE id = 1") == ""
    assert _scalar(plan_path, "SELECT count(*) FROM swot_item") == 2  # no cascade
    assert identify(plan_path).kind is FileKind.CURRENT
    # The copy taken before migrating is the old schema.
    assert len(backups) == 1
    assert _scalar(backups[0].path, "PRAGMA user_version") == HEAD


def test_failing_migration_leaves_the_file_as_it_was(
    plan_path: Path, next_revision: Callable[[str], None], file_hash: Callable[[Path], str]
) -> None:
    next_revision(FAILING)
    before = file_hash(plan_path)

    with pytest.raises(PlanFileError, match="could not be updated") as caught:
        PlanStore.open(plan_path)

    assert isinstance(caught.value.__cause__, RuntimeError)
    assert file_hash(plan_path) == before
    assert _scalar(plan_path, "SELECT count(*) FROM swot_item") == 2
    assert not plan_path.with_name(plan_path.name + "-journal").exists()
    PlanLock.acquire(plan_path).release()  # the lock was released


def test_migration_that_escapes_the_transaction_is_restored_from_the_backup(
    plan_path: Path, next_revision: Callable[[str], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    next_revision(ADD_COLUMN)

    def upgrade_that_commits_damage(path: Path, target: str = "head") -> int:
        conn = sqlite3.connect(path)
        conn.execute("DELETE FROM swot_item")
        conn.execute(f"UPDATE alembic_version SET version_num = '{NEXT}'")
        conn.commit()
        conn.close()
        raise RuntimeError("crashed after committing")

    monkeypatch.setattr(migrate, "upgrade", upgrade_that_commits_damage)

    with pytest.raises(PlanFileError, match="restored"):
        PlanStore.open(plan_path)

    assert _scalar(plan_path, "SELECT count(*) FROM swot_item") == 2
    assert _scalar(plan_path, "SELECT version_num FROM alembic_version") == schema.revision_id(HEAD)
    assert identify(plan_path).kind is FileKind.NEEDS_MIGRATION
    PlanLock.acquire(plan_path).release()


def test_no_migration_without_a_backup(
    plan_path: Path,
    next_revision: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
    file_hash: Callable[[Path], str],
) -> None:
    next_revision(ADD_COLUMN)
    before = file_hash(plan_path)
    from stratdesk.db import backups

    monkeypatch.setattr(backups, "verify_copy", lambda _path: "disk full")

    with pytest.raises(PlanFileError, match="could not be backed up"):
        PlanStore.open(plan_path)
    assert file_hash(plan_path) == before


def test_read_only_open_does_not_migrate(
    plan_path: Path, next_revision: Callable[[str], None], file_hash: Callable[[Path], str]
) -> None:
    next_revision(ADD_COLUMN)
    before = file_hash(plan_path)
    with pytest.raises(PlanFileError, match="opened normally"):
        PlanStore.open(plan_path, read_only=True)
    assert file_hash(plan_path) == before


def test_failed_creation_leaves_no_file(
    tmp_path: Path, next_revision: Callable[[str], None]
) -> None:
    next_revision(FAILING)
    path = tmp_path / "new.stratdesk"
    with pytest.raises(RuntimeError, match="fails halfway"):
        PlanStore.create(path)
    assert not path.exists()
    PlanLock.acquire(path).release()
