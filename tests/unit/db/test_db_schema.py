"""A new plan file is exactly the models' schema, stamped with our id and version."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

import stratdesk
from stratdesk.db import revision, schema
from stratdesk.db.engine import APPLICATION_ID, make_engine
from stratdesk.db.migrate import script_directory
from stratdesk.db.store import PlanStore
from stratdesk.domain.tables import metadata


def test_fresh_file_equals_head(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "fresh.stratdesk")
    try:
        with store.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            assert compare_metadata(context, metadata) == []
            assert context.get_current_revision() == schema.head_revision()
    finally:
        store.close()


def test_fresh_file_is_stamped(tmp_path: Path) -> None:
    path = tmp_path / "fresh.stratdesk"
    PlanStore.create(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        conn.close()


def test_schema_number_matches_the_revision_scripts() -> None:
    scripts = script_directory()
    chain = list(reversed(list(scripts.walk_revisions())))
    assert [s.revision for s in chain] == [
        schema.revision_id(n) for n in range(1, schema.SCHEMA_VERSION + 1)
    ]
    assert scripts.get_heads() == [schema.head_revision()]
    parents = [None, *(script.revision for script in chain[:-1])]
    assert [script.down_revision for script in chain] == parents


@pytest.mark.parametrize(
    ("revision_id", "expected"),
    [("0001", 1), (None, None), ("9999", None), ("abcd", None), ("1", None), ("0000", None)],
)
def test_version_of(revision_id: str | None, expected: int | None) -> None:
    assert schema.version_of(revision_id) == expected


def test_sessions_have_the_pragmas(plan_path: Path) -> None:
    store = PlanStore.open(plan_path, backup_on_open=False)
    try:
        with store.session() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "delete"
            assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
    finally:
        store.close()


def test_opening_a_current_file_does_not_import_alembic(plan_path: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from stratdesk.db.store import PlanStore\n"
        f"s = PlanStore.open(Path({str(plan_path)!r})); s.close()\n"
        "print('alembic' in sys.modules, 'stratdesk.db.migrate' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(stratdesk.__file__).parents[1])}
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_revision_helper_finds_nothing_to_add_at_head(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Copy the scripts so the helper writes into the copy, and keep schema.py untouched.
    location = tmp_path / "migrations"
    source = schema.script_location()
    (location / "versions").mkdir(parents=True)
    for name in ("env.py", "script.py.mako"):
        (location / name).write_bytes((source / name).read_bytes())
    for script in (source / "versions").glob("*.py"):
        (location / "versions" / script.name).write_bytes(script.read_bytes())
    monkeypatch.setattr(schema, "script_location", lambda: location)
    bumped: list[int] = []
    monkeypatch.setattr(revision, "bump_schema_version", bumped.append)

    path = revision.make_revision("nothing new")

    assert path.name.startswith(schema.revision_id(schema.SCHEMA_VERSION + 1))
    assert bumped == [schema.SCHEMA_VERSION + 1]
    body = path.read_text(encoding="utf-8")
    assert "op." not in body.split("def upgrade")[1].split("def downgrade")[0]


def test_engine_handles_odd_paths(tmp_path: Path) -> None:
    path = tmp_path / "dossier l'été #2 ?%20.stratdesk"
    PlanStore.create(path).close()
    engine = make_engine(path, read_only=True)
    try:
        with engine.connect() as connection:
            version = connection.exec_driver_sql("PRAGMA user_version").scalar()
            assert version == schema.SCHEMA_VERSION
    finally:
        engine.dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "userdata") == [path.name]
