"""KPIs and their targets: cascade on delete, undo with the same ids, the target upsert."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.enums import KpiUnit
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.kpis import Kpi, KpiMeasurement, KpiTarget
from stratdesk.domain.objectives import Objective
from stratdesk.services.objectives import ObjectiveService

JAN = dt.date(2025, 1, 1)
FEB = dt.date(2025, 2, 1)


def test_kpi_create_and_update(ops, plan_id, changes):
    kpi = ops.kpis.create(plan_id, {"name": "Revenue", "unit": "currency"})
    assert (kpi.unit, kpi.position) == (KpiUnit.CURRENCY, 0)
    assert ops.kpis.create(plan_id, {"name": "Visits"}).position == 1
    renamed = ops.kpis.update(kpi.id, {"name": "Turnover"})
    assert renamed.name == "Turnover"
    assert [c.kinds >= {"kpi"} for c in changes] == [True, True, True]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"name": ""}, "must not be empty"),
        ({"name": "x", "unit": "furlongs"}, "must be one of"),
        ({"name": "x", "direction": "sideways"}, "must be one of"),
    ],
)
def test_refused_kpis_write_nothing(ops, plan_id, count, changes, data, words):
    with pytest.raises(InvalidInput, match=words):
        ops.kpis.create(plan_id, data)
    assert count(Kpi) == 0
    assert changes == []


def test_an_objective_cannot_be_measured_by_another_plans_kpi(ctx, plan_id, make_plan, insert):
    objectives = ObjectiveService(ctx)
    objective = insert(Objective, plan_id=plan_id, statement="Ours")
    foreign = insert(Kpi, plan_id=make_plan(), name="Theirs")
    with pytest.raises(InvalidInput, match="no such item in this plan"):
        objectives.update(objective, {"kpi_id": foreign})
    assert objectives.get(objective).kpi_id is None


def test_deleting_a_kpi_cascades_and_restore_brings_all_back_with_the_same_ids(
    ops, plan_id, count, changes
):
    kpi = ops.kpis.create(plan_id, {"name": "Leads"})
    other = ops.kpis.create(plan_id, {"name": "Calls"})
    target = ops.targets.create(kpi.id, {"period_start": JAN, "value": 50})
    ops.targets.set_target(kpi.id, FEB, 60)
    measured = ops.measurements.add_many(
        kpi.id, [{"day": JAN, "value": 41}, {"day": FEB, "value": 58}]
    )
    kept = ops.measurements.add_many(other.id, [{"day": JAN, "value": 3}])
    before_targets = ops.targets.targets(kpi.id)
    before_measurements = ops.measurements.list(kpi.id)
    changes.clear()

    snapshot = ops.kpis.delete(kpi.id)
    assert (count(Kpi), count(KpiTarget), count(KpiMeasurement)) == (1, 0, 1)
    kinds = {"kpi", "kpi_target", "kpi_measurement", "campaign_kpi", "objective", "key_result"}
    assert changes[-1].kinds == kinds
    with pytest.raises(NotFound):
        ops.kpis.get(kpi.id)

    ops.kpis.restore(snapshot)
    assert ops.kpis.get(kpi.id) == kpi
    assert ops.targets.targets(kpi.id) == before_targets
    assert before_targets[0].id == target.id
    assert ops.measurements.list(kpi.id) == before_measurements
    assert [m.id for m in before_measurements] == measured
    assert [m.id for m in ops.measurements.list(other.id)] == kept
    assert changes[-1].kinds >= {"kpi", "kpi_target", "kpi_measurement"}


def test_set_target_upserts_and_returns_the_previous_value_for_undo(ops, plan_id, count, changes):
    kpi = ops.kpis.create(plan_id, {"name": "Leads"})
    changes.clear()
    assert ops.targets.set_target(kpi.id, JAN, 100.0, origin="cell") is None
    assert ops.targets.set_target(kpi.id, JAN, 120.5) == 100.0
    assert count(KpiTarget) == 1
    assert [(t.period_start, t.value) for t in ops.targets.targets(kpi.id)] == [(JAN, 120.5)]
    # Undo both steps: put the old value back, then remove the target that did not exist.
    assert ops.targets.set_target(kpi.id, JAN, 100.0) == 120.5
    assert ops.targets.clear_target(kpi.id, JAN) == 100.0
    assert count(KpiTarget) == 0
    assert ops.targets.clear_target(kpi.id, JAN) is None
    assert len(changes) == 5 and changes[0].origin == "cell"
    assert all(c.kinds == {"kpi_target"} for c in changes)


def test_targets_are_ordered_by_period(ops, plan_id):
    kpi = ops.kpis.create(plan_id, {"name": "Leads"})
    for month in (3, 1, 2):
        ops.targets.set_target(kpi.id, dt.date(2025, month, 1), month * 10)
    assert [t.value for t in ops.targets.targets(kpi.id)] == [10, 20, 30]


@pytest.mark.parametrize(
    ("period", "value", "words"),
    [
        (dt.date(2024, 12, 1), 1.0, "outside the plan"),
        (dt.date(2028, 1, 1), 1.0, "outside the plan"),
        (JAN, float("inf"), "must be a finite number"),
        (JAN, "lots", "must be a number"),
    ],
)
def test_refused_targets_write_nothing(ops, plan_id, count, changes, period, value, words):
    kpi = ops.kpis.create(plan_id, {"name": "Leads"})
    changes.clear()
    with pytest.raises(InvalidInput, match=words):
        ops.targets.set_target(kpi.id, period, value)
    with pytest.raises(InvalidInput, match=words):
        ops.targets.create(kpi.id, {"period_start": period, "value": value})
    assert count(KpiTarget) == 0
    assert changes == []


def test_a_second_target_for_the_same_period_is_refused_with_a_sentence(ops, plan_id, changes):
    kpi = ops.kpis.create(plan_id, {"name": "Leads"})
    ops.targets.create(kpi.id, {"period_start": JAN, "value": 1})
    feb = ops.targets.create(kpi.id, {"period_start": FEB, "value": 2})
    changes.clear()
    with pytest.raises(InvalidInput, match="already has a target") as refused:
        ops.targets.create(kpi.id, {"period_start": JAN, "value": 3})
    assert refused.value.field == "period_start"
    with pytest.raises(InvalidInput, match="already has a target"):
        ops.targets.update(feb.id, {"period_start": JAN})
    assert [t.value for t in ops.targets.targets(kpi.id)] == [1, 2]
    assert changes == []


def test_targets_of_an_unknown_kpi_are_not_found(ops, changes):
    with pytest.raises(NotFound):
        ops.targets.set_target(999, JAN, 1.0)
    with pytest.raises(NotFound):
        ops.targets.create(999, {"period_start": JAN, "value": 1})
    with pytest.raises(NotFound):
        ops.targets.clear_target(999, JAN)
    assert changes == []


def test_target_delete_and_restore_keep_the_id(ops, plan_id):
    kpi = ops.kpis.create(plan_id, {"name": "Leads"})
    target = ops.targets.create(kpi.id, {"period_start": JAN, "value": 7})
    snapshot = ops.targets.delete(target.id)
    assert ops.targets.targets(kpi.id) == []
    ops.targets.restore(snapshot)
    assert ops.targets.targets(kpi.id) == [target]
