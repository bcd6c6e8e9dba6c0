"""Every past schema's plan file opens in this stratdesk, migrated, sound and readable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy.pool import NullPool
from sqlmodel import Session, create_engine, select

from stratdesk.cli import main as cli_main
from stratdesk.db import migrate, schema
from stratdesk.db.check import check_file
from stratdesk.db.engine import connect, make_migration_engine
from stratdesk.db.identify import FileKind, identify
from stratdesk.db.migrate import alembic_config
from stratdesk.domain import tables

PAST = range(1, schema.SCHEMA_VERSION)
MODELS = [getattr(tables, name) for name in tables.__all__ if name != "metadata"]


def test_there_is_a_fixture_for_every_past_schema(plans: Any) -> None:
    # The fixture of schema N is made before revision N+1 is added (make_fixture.py).
    for version in PAST:
        assert plans.fixture_file(version).is_file(), f"missing plan-{version:04d}"
    names = sorted(p.name for p in plans.folder.glob("*.stratdesk"))
    known = {plans.fixture_file(v).name for v in range(1, schema.SCHEMA_VERSION + 1)}
    assert set(names) <= known, "a fixture of a schema this stratdesk does not know"


@pytest.mark.parametrize("version", PAST)
def test_a_fixture_is_the_schema_it_is_named_after(version: int, plans: Any) -> None:
    path = plans.fixture_file(version)
    (row,) = plans.rows(path, "PRAGMA user_version")
    assert row["user_version"] == version
    (stamp,) = plans.rows(path, "SELECT version_num FROM alembic_version")
    assert stamp["version_num"] == schema.revision_id(version)
    assert identify(path).kind is FileKind.NEEDS_MIGRATION


@pytest.mark.parametrize("version", PAST)
def test_every_fixture_upgrades_to_head_and_passes_check(
    version: int, upgraded: Callable[[int], Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = upgraded(version)
    assert identify(path).kind is FileKind.CURRENT
    report = check_file(path)
    assert report.ok, (report.integrity, report.foreign_keys)
    assert report.schema_version == schema.SCHEMA_VERSION
    assert cli_main(["check", str(path)]) == 0
    capsys.readouterr()


@pytest.mark.parametrize("version", PAST)
def test_every_row_of_an_upgraded_fixture_reads_through_the_models(
    version: int, upgraded: Callable[[int], Path]
) -> None:
    # Every stored enum name, date and link must load as the app's models expect.
    path = upgraded(version)
    engine = create_engine(
        "sqlite://", creator=lambda: connect(path, read_only=True), poolclass=NullPool
    )
    try:
        with Session(engine) as session:
            counts = {
                model.__tablename__: len(session.exec(select(model)).all()) for model in MODELS
            }
    finally:
        engine.dispose()
    assert counts["segment"] and counts["kpi"] and counts["roadmap_item"]


def test_the_newest_schema_goes_back_to_the_first_and_up_again(
    upgraded: Callable[[int], Path], tmp_path: Path, plans: Any
) -> None:
    # Downgrades are for developers only, but they must run: down to 0001 and up again.
    path = tmp_path / "round-trip.stratdesk"
    path.write_bytes(upgraded(1).read_bytes())
    tables = ("segment", "objective", "kpi", "roadmap_item", "campaign", "experiment")
    before = {t: plans.rows(path, f"SELECT count(*) AS n FROM {t}") for t in tables}
    engine = make_migration_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            command.downgrade(alembic_config(connection), schema.revision_id(1))
    finally:
        engine.dispose()
    assert plans.rows(path, "SELECT version_num FROM alembic_version") == [
        {"version_num": schema.revision_id(1)}
    ]
    assert plans.columns(path, "segment") >= {"targeted"}
    assert migrate.upgrade(path) == schema.SCHEMA_VERSION
    assert check_file(path).ok
    assert {t: plans.rows(path, f"SELECT count(*) AS n FROM {t}") for t in tables} == before
