"""Change sets say what changed: the ids touched, kind by kind, and who asked."""

from __future__ import annotations

import datetime as dt

from stratdesk.services.changes import ChangeSet
from stratdesk.services.registry import PlanServices


def test_ids_are_kept_per_kind(
    services: PlanServices, plan_id: int, changes: list[ChangeSet]
) -> None:
    strength = services.swot.create(plan_id, {"quadrant": "S", "text": "Roasting"})
    changes.clear()
    objective = services.tows.promote_to_objective(
        services.tows.create(plan_id, {"kind": "SO", "text": "Grow"}).id, origin="page"
    )
    promoted = changes[-1]
    assert dict(promoted.ids) == {
        "tows_strategy": {objective.tows_strategy_id},
        "objective": {objective.id},
    }
    assert promoted.origin == "page"
    # An id of one kind never counts as a change of another.
    assert strength.id not in promoted.ids_of("swot_item")
    assert promoted.ids_of("swot_item", "plan") == frozenset()


def test_a_delete_tells_the_rows_that_went_with_it(
    services: PlanServices, plan_id: int, changes: list[ChangeSet]
) -> None:
    kpi = services.kpis.create(plan_id, {"name": "Visits"})
    target = services.kpi_targets.create(kpi.id, {"period_start": dt.date(2026, 1, 1), "value": 5})
    [measured] = services.kpi_measurements.add_many(kpi.id, [{"day": "2026-01-05", "value": 3}])
    changes.clear()
    snapshot = services.kpis.delete(kpi.id)
    services.kpis.restore(snapshot)
    for change in changes:  # the delete, then its undo
        assert change.ids_of("kpi") == {kpi.id}
        assert change.ids_of("kpi_target") == {target.id}
        assert change.ids_of("kpi_measurement") == {measured}


def test_a_move_tells_every_card_it_renumbered(
    services: PlanServices, plan_id: int, changes: list[ChangeSet]
) -> None:
    first, second, third = (
        services.swot.create(plan_id, {"quadrant": "S", "text": text}).id
        for text in ("one", "two", "three")
    )
    changes.clear()
    services.swot.move(third, {"quadrant": "S"}, 0)
    assert changes[-1].ids_of("swot_item") == {first, second, third}


def test_kinds_cover_the_kinds_of_the_ids() -> None:
    changes = ChangeSet(frozenset({"kpi"}), {"kpi_target": {4}, "kpi": set()})
    assert changes.kinds == {"kpi", "kpi_target"}
    assert dict(changes.ids) == {"kpi_target": {4}}  # empty kinds are left out
    assert changes.touches("kpi_target") and not changes.touches("objective")
