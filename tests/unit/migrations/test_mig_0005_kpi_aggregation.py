"""Revision 0005: every KPI gets the default aggregation; measurements are the KPI's own."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.db.store import PlanStore

KPI_INSERT = (
    "INSERT INTO kpi (id, name, unit, direction, period, formula, description, plan_id, "
    "position) VALUES (?, ?, ?, 'HIGHER_IS_BETTER', 'MONTH', ?, '', 1, ?)"
)


def test_the_demo_kpis_get_the_default_rule(upgraded: Callable[[int], Path], plans: Any) -> None:
    old = plans.fixture_file(4)
    before = plans.rows(old, "SELECT id, unit, formula FROM kpi ORDER BY id")
    assert {(k["unit"], k["formula"] == "DIRECT") for k in before} >= {
        ("COUNT", True),
        ("PERCENT", False),
        ("CURRENCY", False),
        ("RATIO", False),
    }

    path = upgraded(4)

    after = plans.rows(path, "SELECT id, aggregation FROM kpi ORDER BY id")
    expected = ["FORMULA" if k["formula"] != "DIRECT" else "SUM" for k in before]
    assert [k["aggregation"] for k in after] == expected
    components = plans.rows(path, "SELECT DISTINCT component FROM kpi_measurement")
    assert components == [{"component": ""}]
    old_count = plans.rows(old, "SELECT count(*) AS n FROM kpi_measurement")
    assert plans.rows(path, "SELECT count(*) AS n FROM kpi_measurement") == old_count


def test_every_unit_entered_directly(copy_of: Callable[[int], Path], plans: Any) -> None:
    path = copy_of(4)
    connection = sqlite3.connect(path)
    with connection:
        connection.executemany(
            KPI_INSERT,
            [
                (101, "Open rate", "PERCENT", "DIRECT", 10),
                (102, "Basket ratio", "RATIO", "DIRECT", 11),
                (103, "Ad spend", "CURRENCY", "DIRECT", 12),
                (104, "Orders", "COUNT", "DIRECT", 13),
                (105, "Cost per click", "CURRENCY", "CPC", 14),
            ],
        )
    connection.close()

    PlanStore.open(path).close()

    found = plans.rows(path, "SELECT id, aggregation FROM kpi WHERE id > 100 ORDER BY id")
    assert [k["aggregation"] for k in found] == ["AVERAGE", "AVERAGE", "SUM", "SUM", "FORMULA"]
