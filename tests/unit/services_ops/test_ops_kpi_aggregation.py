"""KPI aggregation and measured components, as the services store and check them."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.enums import KpiAggregation
from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.kpis import Kpi, KpiMeasurement
from stratdesk.services.kpis import InvalidRow

JAN = dt.date(2025, 1, 31)


def test_a_new_kpi_gets_the_default_of_its_unit_and_formula(ops, plan_id):
    assert ops.kpis.create(plan_id, {"name": "Visits"}).aggregation is KpiAggregation.SUM
    rate = ops.kpis.create(plan_id, {"name": "Open rate", "unit": "percent"})
    assert rate.aggregation is KpiAggregation.AVERAGE
    ctr = ops.kpis.create(plan_id, {"name": "CTR", "unit": "percent", "formula": "ctr"})
    assert ctr.aggregation is KpiAggregation.FORMULA
    chosen = ops.kpis.create(plan_id, {"name": "Subscribers", "aggregation": "last"})
    assert chosen.aggregation is KpiAggregation.LAST
    assert ops.kpis.get(chosen.id) == chosen


def test_formula_without_a_formula_is_refused(ops, plan_id, count, changes):
    with pytest.raises(InvalidInput, match="entered directly"):
        ops.kpis.create(plan_id, {"name": "Visits", "aggregation": "formula"})
    kpi = ops.kpis.create(plan_id, {"name": "Visits"})
    changes.clear()
    with pytest.raises(InvalidInput, match="entered directly"):
        ops.kpis.update(kpi.id, {"aggregation": "formula"})
    with pytest.raises(InvalidInput, match="must be one of"):
        ops.kpis.update(kpi.id, {"aggregation": "median"})
    assert ops.kpis.get(kpi.id) == kpi and count(Kpi) == 1 and changes == []


def test_the_default_follows_a_new_formula_and_comes_back_on_undo(ops, plan_id):
    kpi = ops.kpis.create(plan_id, {"name": "CPC"})
    changed = ops.kpis.update(kpi.id, {"formula": "cpc", "unit": "currency"})
    assert changed.aggregation is KpiAggregation.FORMULA
    # Undo as the UI does: the same update with the old values.
    back = ops.kpis.update(kpi.id, {"formula": kpi.formula, "unit": kpi.unit})
    assert back == kpi


def test_a_chosen_aggregation_is_kept_while_it_fits(ops, plan_id):
    kpi = ops.kpis.create(plan_id, {"name": "CTR", "formula": "ctr", "aggregation": "average"})
    assert ops.kpis.update(kpi.id, {"formula": "cpc"}).aggregation is KpiAggregation.AVERAGE
    formula = ops.kpis.update(kpi.id, {"aggregation": "formula"})
    # Entered directly now: "formula" no longer fits, so the unit's default takes over.
    direct = ops.kpis.update(formula.id, {"formula": "direct"})
    assert direct.aggregation is KpiAggregation.SUM


def test_measured_components_are_inputs_of_the_kpi_s_formula(ops, plan_id, count):
    ctr = ops.kpis.create(plan_id, {"name": "CTR", "unit": "percent", "formula": "ctr"})
    clicks = ops.measurements.create(ctr.id, {"day": JAN, "value": 30, "component": "clicks"})
    own = ops.measurements.create(ctr.id, {"day": JAN, "value": 2.5})
    assert (clicks.component, own.component) == ("clicks", "")
    ids = ops.measurements.add_many(
        ctr.id,
        [
            {"day": JAN, "value": 1200, "component": "impressions"},
            {"day": JAN, "value": 40, "component": "clicks"},
        ],
    )
    assert [m.component for m in ops.measurements.list(ctr.id) if m.id in ids] == [
        "impressions",
        "clicks",
    ]
    assert count(KpiMeasurement) == 4


def test_a_component_the_formula_does_not_have_is_refused(ops, plan_id, count, changes):
    ctr = ops.kpis.create(plan_id, {"name": "CTR", "formula": "ctr"})
    visits = ops.kpis.create(plan_id, {"name": "Visits"})
    changes.clear()
    with pytest.raises(InvalidInput, match="clicks, impressions") as refused:
        ops.measurements.create(ctr.id, {"day": JAN, "value": 3, "component": "views"})
    assert refused.value.field == "component"
    with pytest.raises(InvalidInput, match="no components"):
        ops.measurements.create(visits.id, {"day": JAN, "value": 3, "component": "clicks"})
    rows = [{"day": JAN, "value": 1, "component": "clicks"}] * 3
    rows.append({"day": JAN, "value": 1, "component": "likes"})
    with pytest.raises(InvalidRow) as refused_row:
        ops.measurements.add_many(ctr.id, rows)
    assert refused_row.value.row == 4
    own = ops.measurements.create(visits.id, {"day": JAN, "value": 3})
    with pytest.raises(InvalidInput, match="no components"):
        ops.measurements.update(own.id, {"component": "clicks"})
    assert count(KpiMeasurement) == 1
