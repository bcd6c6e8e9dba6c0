"""Revision 0008: every existing plan gets its own UUID (version 4, 32 hex digits)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.db.identify import read_plan_uuid
from stratdesk.db.store import PlanStore
from stratdesk.services.workspace import Workspace


def _uuid4(text: str) -> bool:
    value = uuid.UUID(hex=text)
    return value.version == 4 and value.hex == text


def test_the_demo_plan_gets_a_uuid(upgraded: Callable[[int], Path], plans: Any) -> None:
    assert "uuid" not in plans.columns(plans.fixture_file(7), "plan")
    path = upgraded(7)
    (plan,) = plans.rows(path, "SELECT id, uuid FROM plan")
    assert _uuid4(plan["uuid"])
    assert read_plan_uuid(path) == plan["uuid"]
    with Workspace.open(path) as workspace:
        assert workspace.services.plans.get_plan(plan["id"]).uuid == plan["uuid"]


def test_every_plan_of_a_file_gets_its_own(copy_of: Callable[[int], Path], plans: Any) -> None:
    path = copy_of(7)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "INSERT INTO plan (title, start_year, horizon_years, currency, language, seven_p, "
            "client_id, consultant) VALUES ('Second plan', 2027, 2, 'EUR', 'FR', 0, 1, '')"
        )
    connection.close()
    PlanStore.open(path).close()
    found = [row["uuid"] for row in plans.rows(path, "SELECT uuid FROM plan ORDER BY id")]
    assert len(found) == len(set(found)) == 2
    assert all(_uuid4(value) for value in found)
    # Two copies of one old file, upgraded apart, are two plans from then on.
    other = path.with_name("other.stratdesk")
    other.write_bytes(plans.fixture_file(7).read_bytes())
    PlanStore.open(other).close()
    assert read_plan_uuid(other) not in found
