"""Revision 0003: objectives name their KPI by id, the other linked KPIs become key results,
and roadmap lane texts become lanes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.services.workspace import Workspace

OBJECTIVE_INSERT = (
    "INSERT INTO objective (id, statement, kpi_name, owner, status, plan_id, position) "
    "VALUES (?, ?, ?, '', 'DRAFT', 1, ?)"
)


def _change(path: Path, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Edit a fixture copy in its own (old) schema, as an older stratdesk would have."""
    connection = sqlite3.connect(path)
    try:
        for sql, params in statements:
            connection.execute(sql, params)
        connection.commit()
    finally:
        connection.close()


def test_the_demo_objectives_get_their_kpis_and_key_results(
    upgraded: Callable[[int], Path], plans: Any
) -> None:
    old = plans.fixture_file(2)
    kpis = {k["id"]: k for k in plans.rows(old, "SELECT id, name, objective_id FROM kpi")}
    before = plans.rows(old, "SELECT id, kpi_name FROM objective ORDER BY id")
    # Each demo objective named one of its linked KPIs; the others served it too.
    assert [o["kpi_name"] for o in before] == [kpis[1]["name"], kpis[4]["name"], kpis[6]["name"]]
    assert [k["objective_id"] for k in kpis.values()] == [1, 1, 1, 2, 2, 3]

    path = upgraded(2)

    objectives = plans.rows(path, "SELECT id, kpi_id FROM objective ORDER BY id")
    assert [(o["id"], o["kpi_id"]) for o in objectives] == [(1, 1), (2, 4), (3, 6)]
    results = plans.rows(
        path,
        "SELECT objective_id, statement, kpi_id, metric, target, due, position "
        "FROM key_result ORDER BY objective_id, position",
    )
    assert results == [
        _result(1, kpis[2]["name"], 2, 0),
        _result(1, kpis[3]["name"], 3, 1),
        _result(2, kpis[5]["name"], 5, 0),
    ]
    assert plans.rows(path, "SELECT count(*) AS n FROM kpi") == [{"n": 6}]  # none created
    assert "kpi_name" not in plans.columns(path, "objective")
    assert "objective_id" not in plans.columns(path, "kpi")


def _result(objective: int, statement: str, kpi: int, position: int) -> dict[str, Any]:
    return {
        "objective_id": objective,
        "statement": statement,
        "kpi_id": kpi,
        "metric": "",
        "target": None,
        "due": None,
        "position": position,
    }


def test_name_first_then_the_first_linked_kpi_then_a_new_kpi(
    copy_of: Callable[[int], Path], plans: Any
) -> None:
    path = copy_of(2)
    _change(
        path,
        # Trimmed and case aside, the name still finds the KPI.
        ("UPDATE objective SET kpi_name = '  coût D’ACQUISITION client ' WHERE id = 2", ()),
        # No name: the first KPI (by position) that pointed to it, the other a key result.
        ("UPDATE objective SET kpi_name = '' WHERE id = 3", ()),
        ("UPDATE kpi SET objective_id = 3 WHERE id = 5", ()),
        # A name no KPI has: a new KPI, shared by the next objective of the same name.
        (OBJECTIVE_INSERT, (4, "Panier moyen en hausse", "Panier moyen", 3)),
        (OBJECTIVE_INSERT, (5, "Sans indicateur", "", 4)),
        (OBJECTIVE_INSERT, (6, "Même panier", " panier MOYEN", 5)),
    )

    with Workspace.open(path) as workspace:
        services = workspace.services
        objectives = services.objectives.list(workspace.plan_id)
        kpis = services.kpis.list(workspace.plan_id)

    by_id = {k.id: k for k in kpis}
    assert [(o.id, o.kpi_id) for o in objectives] == [
        (1, 1),
        (2, 4),
        (3, 5),
        (4, 7),
        (5, None),
        (6, 7),
    ]
    created = by_id[7]
    assert (created.name, created.position, created.description) == ("Panier moyen", 6, "")
    assert (created.unit, created.direction, created.period, created.formula) == (
        "count",
        "higher",
        "month",
        "direct",
    )
    results = plans.rows(
        path, "SELECT objective_id, kpi_id FROM key_result ORDER BY objective_id, position"
    )
    # KPI 5 left objective 2 for objective 3, where it is now the KPI; KPI 6 is a key result.
    assert [(r["objective_id"], r["kpi_id"]) for r in results] == [(1, 2), (1, 3), (3, 6)]


def test_lane_texts_become_lanes_in_order_of_first_appearance(
    upgraded: Callable[[int], Path], plans: Any
) -> None:
    old = plans.fixture_file(2)
    items = plans.rows(old, "SELECT id, lane FROM roadmap_item ORDER BY position, id")
    texts = list(dict.fromkeys(i["lane"] for i in items))
    assert len(texts) == 4 and "" not in texts

    path = upgraded(2)

    lanes = plans.rows(path, "SELECT id, name, plan_id, position FROM roadmap_lane ORDER BY id")
    assert [(lane["name"], lane["position"], lane["plan_id"]) for lane in lanes] == [
        (text, number, 1) for number, text in enumerate(texts)
    ]
    name_of = {lane["id"]: lane["name"] for lane in lanes}
    after = plans.rows(path, "SELECT id, lane_id, colour FROM roadmap_item ORDER BY id")
    old_text = {i["id"]: i["lane"] for i in items}
    assert [name_of[i["lane_id"]] for i in after] == [old_text[i["id"]] for i in after]
    assert {i["colour"] for i in after} == {""}
    assert "lane" not in plans.columns(path, "roadmap_item")


def test_empty_lanes_become_no_lane_and_order_follows_positions(
    copy_of: Callable[[int], Path], plans: Any
) -> None:
    path = copy_of(2)
    _change(
        path,
        ("UPDATE roadmap_item SET lane = '' WHERE id = 1", ()),
        ("UPDATE roadmap_item SET lane = '   ' WHERE id = 8", ()),
        ("UPDATE roadmap_item SET position = -1 WHERE id = 5", ()),  # "Marque" comes first
    )
    old = {r["id"]: r["lane"] for r in plans.rows(path, "SELECT id, lane FROM roadmap_item")}

    with Workspace.open(path) as workspace:
        services = workspace.services
        lanes = services.roadmap_lanes.list(workspace.plan_id)
        items = {i.id: i for i in services.roadmap.list(workspace.plan_id)}

    assert [lane.name for lane in lanes] == [old[5], old[2], old[4]]  # no "Produit" left
    assert items[1].lane_id is None and items[8].lane_id is None
    assert items[5].lane_id == lanes[0].id
    assert all(items[i].lane_id is not None for i in items if i not in (1, 8))
