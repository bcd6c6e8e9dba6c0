"""Every plan carries a UUID (its identity wherever its file goes), readable with plain SQL."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from stratdesk.db.engine import connect
from stratdesk.db.identify import plan_uuid, read_plan_uuid
from stratdesk.db.store import PlanStore
from stratdesk.domain.errors import InvalidInput
from stratdesk.services.workspace import Workspace


def _is_uuid4_hex(text: str | None) -> bool:
    return (
        text is not None
        and len(text) == 32
        and uuid.UUID(hex=text).version == 4
        and (uuid.UUID(hex=text).hex == text)
    )


def _new(path: Path, title: str = "Plan") -> Workspace:
    return Workspace.create(path, {"name": "Acme"}, {"title": title, "start_year": 2026})


def test_a_new_plan_has_a_uuid_that_plain_sql_reads(tmp_path: Path) -> None:
    path = tmp_path / "plan.stratdesk"
    with _new(path) as workspace:
        plan = workspace.services.plans.get_plan(workspace.plan_id)
    assert _is_uuid4_hex(plan.uuid)
    connection = connect(path, read_only=True)
    try:
        assert plan_uuid(connection) == plan.uuid
    finally:
        connection.close()
    # The identity goes with the file, whatever its name or folder.
    moved = tmp_path / "elsewhere" / "renamed.stratdesk"
    moved.parent.mkdir()
    shutil.move(path, moved)
    assert read_plan_uuid(moved) == plan.uuid


def test_every_plan_has_its_own_uuid_and_keeps_it(tmp_path: Path) -> None:
    with _new(tmp_path / "a.stratdesk") as first, _new(tmp_path / "b.stratdesk") as second:
        a = first.services.plans.get_plan(first.plan_id)
        b = second.services.plans.get_plan(second.plan_id)
        other = first.services.plans.create_client_and_plan(
            {"name": "Other"}, {"title": "Other", "start_year": 2026}
        )
        assert len({a.uuid, b.uuid, other.uuid}) == 3
        # Not a setting: it cannot be changed.
        with pytest.raises(InvalidInput, match="Unknown field"):
            first.services.plans.update_plan(a.id, {"uuid": b.uuid})
        renamed = first.services.plans.update_plan(a.id, {"title": "Renamed"})
        assert renamed.uuid == a.uuid
    assert read_plan_uuid(tmp_path / "a.stratdesk") == a.uuid  # the first plan's


def test_the_database_refuses_two_plans_with_one_uuid(plan_path: Path) -> None:
    connection = sqlite3.connect(plan_path)
    try:
        (existing,) = connection.execute("SELECT uuid FROM plan").fetchone()
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO plan (title, start_year, horizon_years, currency, language, "
                "seven_p, client_id, uuid) VALUES ('Copy', 2025, 3, 'EUR', 'FR', 0, 1, ?)",
                (existing,),
            )
    finally:
        connection.close()


def test_a_plan_written_without_a_uuid_gets_one_from_the_database(
    template_plan: bytes, tmp_path: Path
) -> None:
    # The template's plan row is inserted with plain SQL that knows nothing of the uuid.
    path = tmp_path / "raw.stratdesk"
    path.write_bytes(template_plan)
    assert _is_uuid4_hex(read_plan_uuid(path))


def test_no_uuid_without_a_plan_or_before_schema_8(tmp_path: Path) -> None:
    empty = tmp_path / "empty.stratdesk"
    PlanStore.create(empty).close()
    assert read_plan_uuid(empty) is None
    old = Path(__file__).resolve().parents[2] / "fixtures" / "plan-0007.stratdesk"
    before = old.read_bytes()
    assert read_plan_uuid(old) is None
    assert old.read_bytes() == before  # read-only: the fixture is untouched
