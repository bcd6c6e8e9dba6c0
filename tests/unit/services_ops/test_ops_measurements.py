"""KPI measurements: all-or-nothing batches, the chart series, and undo of a batch delete."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.kpis import KpiMeasurement
from stratdesk.services.kpis import InvalidRow


@pytest.fixture
def kpi(ops, plan_id):
    return ops.kpis.create(plan_id, {"name": "Visits"})


def test_add_many_writes_every_row_in_one_changeset(ops, kpi, changes):
    changes.clear()
    ids = ops.measurements.add_many(
        kpi.id,
        [
            {"day": "2025-02-01", "value": 20, "source": "GA"},
            {"day": dt.date(2025, 1, 1), "value": 10.5},
        ],
        origin="import",
    )
    assert len(ids) == 2
    assert [(c.kinds, dict(c.ids), c.origin) for c in changes] == [
        (frozenset({"kpi_measurement"}), {"kpi_measurement": frozenset(ids)}, "import")
    ]
    assert [m.source for m in ops.measurements.list(kpi.id)] == ["", "GA"]


def test_measurements_may_precede_the_plan(ops, kpi):
    # The plan runs 2025–2027; a 2019 baseline and a 2030 follow-up are still measurements.
    ops.measurements.add_many(kpi.id, [{"day": dt.date(2019, 6, 1), "value": 1}])
    ops.measurements.create(kpi.id, {"day": dt.date(2030, 1, 1), "value": 2})
    assert [day.year for day, _ in ops.measurements.series(kpi.id)] == [2019, 2030]


@pytest.mark.parametrize(
    ("bad_row", "words"),
    [
        ({"day": "2025-13-01", "value": 1}, "is not a valid date"),
        ({"day": "2025-01-03"}, "is required"),
        ({"day": "2025-01-03", "value": "n/a"}, "must be a number"),
        ({"day": "2025-01-03", "value": 1, "source": "s" * 201}, "too long"),
        ({"day": "2025-01-03", "value": 1, "campaign_id": 4040}, "no such item in this plan"),
    ],
)
def test_add_many_is_all_or_nothing_and_names_the_bad_row(ops, kpi, count, changes, bad_row, words):
    rows = [
        {"day": "2025-01-01", "value": 1},
        {"day": "2025-01-02", "value": 2},
        bad_row,
        {"day": "2025-01-04", "value": 4},
    ]
    changes.clear()
    with pytest.raises(InvalidRow) as refused:
        ops.measurements.add_many(kpi.id, rows)
    assert refused.value.row == 3
    assert refused.value.message.startswith("Row 3: ")
    assert words in refused.value.message
    assert isinstance(refused.value, InvalidInput)
    assert count(KpiMeasurement) == 0
    assert changes == []


def test_add_many_refuses_another_plans_campaign(ops, kpi, make_plan, count):
    foreign = ops.campaigns.create(
        make_plan(), {"name": "x", "start": dt.date(2025, 1, 1), "end": dt.date(2025, 1, 2)}
    )
    rows = [{"day": "2025-01-01", "value": 1, "campaign_id": foreign.id}]
    with pytest.raises(InvalidRow, match=r"Row 1: .*no such item in this plan") as refused:
        ops.measurements.add_many(kpi.id, rows)
    assert refused.value.field == "campaign_id"
    assert count(KpiMeasurement) == 0


def test_add_many_on_an_unknown_kpi_writes_nothing(ops, count, changes):
    with pytest.raises(NotFound):
        ops.measurements.add_many(5150, [{"day": "2025-01-01", "value": 1}])
    assert count(KpiMeasurement) == 0
    assert changes == []


def test_add_many_of_nothing_writes_nothing(ops, kpi, changes):
    changes.clear()
    assert ops.measurements.add_many(kpi.id, []) == []
    assert changes == []


def test_series_is_ordered_by_day_and_only_holds_this_kpi(ops, plan_id, kpi):
    other = ops.kpis.create(plan_id, {"name": "Other"})
    ops.measurements.add_many(other.id, [{"day": "2025-01-01", "value": 99}])
    ops.measurements.add_many(
        kpi.id,
        [
            {"day": "2025-03-01", "value": 3},
            {"day": "2025-01-01", "value": 1},
            {"day": "2025-02-01", "value": -2.5},
        ],
    )
    assert ops.measurements.series(kpi.id) == [
        (dt.date(2025, 1, 1), 1.0),
        (dt.date(2025, 2, 1), -2.5),
        (dt.date(2025, 3, 1), 3.0),
    ]
    assert ops.measurements.series(424242) == []


def test_delete_many_and_restore_bring_back_the_same_rows(ops, kpi, count, changes):
    ids = ops.measurements.add_many(
        kpi.id, [{"day": f"2025-01-0{d}", "value": d} for d in range(1, 6)]
    )
    before = ops.measurements.list(kpi.id)
    changes.clear()
    snapshot = ops.measurements.delete_many(ids[1:4], origin="undo-test")
    assert [m.id for m in ops.measurements.list(kpi.id)] == [ids[0], ids[4]]
    assert changes[-1].ids_of("kpi_measurement") == frozenset(ids[1:4])
    ops.measurements.restore(snapshot)
    assert ops.measurements.list(kpi.id) == before
    assert count(KpiMeasurement) == 5
    assert len(changes) == 2


def test_delete_many_with_an_unknown_id_deletes_nothing(ops, kpi, count, changes):
    ids = ops.measurements.add_many(kpi.id, [{"day": "2025-01-01", "value": 1}])
    changes.clear()
    with pytest.raises(NotFound, match="777"):
        ops.measurements.delete_many([ids[0], 777])
    assert count(KpiMeasurement) == 1
    assert changes == []


def test_updating_a_measurement_and_undoing_it(ops, kpi):
    measurement = ops.measurements.create(kpi.id, {"day": "2025-01-01", "value": 1})
    ops.measurements.update(measurement.id, {"value": 2, "source": "<b>CRM</b>"})
    assert ops.measurements.get(measurement.id).source == "<b>CRM</b>"
    ops.measurements.update(measurement.id, {"value": 1, "source": ""})
    assert ops.measurements.get(measurement.id) == measurement
