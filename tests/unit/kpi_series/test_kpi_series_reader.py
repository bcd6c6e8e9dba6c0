"""Reading every KPI of a plan at once: grouped per KPI, in order, from a real plan file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from stratdesk.domain.enums import KpiDirection
from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.services.changes import ChangeSet
from stratdesk.services.kpi_series import seconds_day
from stratdesk.services.kpi_series_reader import KpiSeriesReader, merge_changes
from stratdesk.services.workspace import Workspace

D = dt.date


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(
        tmp_path / "series.stratdesk",
        {"name": "Boulangerie Martin"},
        {"title": "Plan", "start_year": 2026, "horizon_years": 2},
    )
    yield ws
    ws.close()


def test_plan_series_groups_values_and_targets_per_kpi(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    first = services.kpis.create(plan_id, {"name": "Visits"})
    second = services.kpis.create(
        plan_id, {"name": "CAC", "direction": KpiDirection.LOWER_IS_BETTER}
    )
    empty = services.kpis.create(plan_id, {"name": "Nothing yet"})
    # Written out of order and interleaved: the reader sorts by KPI and day.
    services.kpi_measurements.add_many(
        second.id, [{"day": D(2026, 2, 28), "value": 40.0}, {"day": D(2026, 1, 31), "value": 50.0}]
    )
    services.kpi_measurements.add_many(first.id, [{"day": D(2026, 1, 31), "value": 1000.0}])
    services.kpi_targets.set_target(second.id, D(2026, 2, 1), 45.0)
    services.kpi_targets.set_target(second.id, D(2026, 1, 1), 55.0)

    series = KpiSeriesReader(workspace.context).plan_series(plan_id)

    assert [s.kpi.id for s in series] == [first.id, second.id, empty.id]
    assert [seconds_day(x) for x in series[0].x] == [D(2026, 1, 31)]
    assert series[0].y.tolist() == [1000.0]
    assert [seconds_day(x) for x in series[1].x] == [D(2026, 1, 31), D(2026, 2, 28)]
    assert series[1].y.tolist() == [50.0, 40.0]
    assert series[1].target_starts == (D(2026, 1, 1), D(2026, 2, 1))
    assert series[1].target_values == (55.0, 45.0)
    assert series[2].count == 0 and series[2].target_starts == ()


def test_dashboard_gives_one_summary_per_kpi(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    kpi = services.kpis.create(plan_id, {"name": "CAC", "direction": KpiDirection.LOWER_IS_BETTER})
    services.kpi_targets.set_target(kpi.id, D(2026, 3, 1), 45.0)
    services.kpi_measurements.create(kpi.id, {"day": D(2026, 3, 31), "value": 60.0})

    (summary,) = KpiSeriesReader(workspace.context).dashboard(plan_id)

    assert summary.latest_value == 60.0 and summary.target == 45.0
    assert summary.status == KpiStatus.OFF_TRACK  # a third over a lower-is-better target


def test_series_of_one_kpi_and_of_a_deleted_one(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    kpi = services.kpis.create(plan_id, {"name": "Visits"})
    services.kpi_measurements.create(kpi.id, {"day": D(2026, 1, 1), "value": 3.0})
    reader = KpiSeriesReader(workspace.context)
    found = reader.series(kpi.id)
    assert found is not None and found.y.tolist() == [3.0]
    services.kpis.delete(kpi.id)
    assert reader.series(kpi.id) is None
    assert reader.plan_series(plan_id) == []


def _recorder(workspace: Workspace) -> list[ChangeSet]:
    seen: list[ChangeSet] = []
    workspace.hub.subscribe(seen.append)
    return seen


def _merged(seen: list[ChangeSet]) -> ChangeSet:
    merged = None
    for changes in seen:
        merged = merge_changes(merged, changes)
    seen.clear()
    assert merged is not None
    return merged


def test_after_changes_only_the_touched_kpis_are_read_again(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    first = services.kpis.create(plan_id, {"name": "Visits"})
    second = services.kpis.create(plan_id, {"name": "Orders"})
    kept = services.kpi_measurements.create(first.id, {"day": D(2026, 1, 1), "value": 1.0})
    services.kpi_measurements.create(second.id, {"day": D(2026, 1, 1), "value": 5.0})
    reader = KpiSeriesReader(workspace.context)
    before = reader.plan_series(plan_id)
    seen = _recorder(workspace)

    services.kpi_measurements.create(first.id, {"day": D(2026, 1, 2), "value": 2.0})
    after = reader.plan_series(plan_id, _merged(seen))
    assert after[0] is not before[0] and after[0].y.tolist() == [1.0, 2.0]
    assert after[1] is before[1]  # untouched: not read again

    services.kpi_measurements.delete_many([kept.id])  # found through the ids read before
    after = reader.plan_series(plan_id, _merged(seen))
    assert after[0].y.tolist() == [2.0] and after[1] is before[1]

    services.kpi_targets.set_target(second.id, D(2026, 1, 1), 6.0)
    services.kpi_targets.clear_target(second.id, D(2026, 1, 1))
    services.kpi_targets.set_target(second.id, D(2026, 2, 1), 7.0)
    newest = reader.plan_series(plan_id, _merged(seen))
    assert newest[0] is after[0]
    assert newest[1].target_starts == (D(2026, 2, 1),) and newest[1].target_values == (7.0,)


def test_other_changes_read_everything_again(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    kpi = services.kpis.create(plan_id, {"name": "Visits"})
    reader = KpiSeriesReader(workspace.context)
    before = reader.plan_series(plan_id)
    seen = _recorder(workspace)
    services.kpis.update(kpi.id, {"name": "Sessions"})
    after = reader.plan_series(plan_id, _merged(seen))
    assert after[0] is not before[0] and after[0].kpi.name == "Sessions"
    third = services.kpis.create(plan_id, {"name": "Orders"})
    assert [s.kpi.id for s in reader.plan_series(plan_id, _merged(seen))] == [kpi.id, third.id]


def test_a_big_import_is_followed_in_chunks(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    kpi = services.kpis.create(plan_id, {"name": "Visits"})
    reader = KpiSeriesReader(workspace.context)
    reader.plan_series(plan_id)
    seen = _recorder(workspace)
    rows = [{"day": D(2026, 1, 1) + dt.timedelta(days=i), "value": float(i)} for i in range(2500)]
    services.kpi_measurements.add_many(kpi.id, rows)
    (series,) = reader.plan_series(plan_id, _merged(seen))
    assert series.count == 2500 and series.y[-1] == 2499.0


def test_merge_changes() -> None:
    one = ChangeSet(frozenset({"kpi_target"}), {"kpi_target": {1}}, origin="page")
    two = ChangeSet(frozenset({"kpi_measurement"}), {"kpi_measurement": {2, 3}}, origin="page")
    assert merge_changes(None, one) is one
    both = merge_changes(one, two)
    assert both.kinds == {"kpi_target", "kpi_measurement"}
    assert dict(both.ids) == {"kpi_target": {1}, "kpi_measurement": {2, 3}}
    assert both.origin == "page"
    assert merge_changes(both, ChangeSet(frozenset({"kpi"}))).origin is None


def test_components_are_read_apart_from_the_kpis_own_values(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    ctr = services.kpis.create(plan_id, {"name": "CTR", "formula": "ctr", "unit": "percent"})
    services.kpi_measurements.add_many(
        ctr.id,
        [
            {"day": D(2026, 3, 1), "value": 30.0, "component": "clicks"},
            {"day": D(2026, 3, 1), "value": 1000.0, "component": "impressions"},
            {"day": D(2026, 3, 2), "value": 10.0, "component": "clicks"},
            {"day": D(2026, 3, 2), "value": 1000.0, "component": "impressions"},
            {"day": D(2026, 2, 27), "value": 5.0},
        ],
    )
    series = KpiSeriesReader(workspace.context).plan_series(plan_id)[0]
    assert series.y.tolist() == [5.0]  # the value measured as such
    assert sorted(series.parts) == ["clicks", "impressions"]
    assert series.parts["clicks"][1].tolist() == [30.0, 10.0]
    assert series.count == 5
    # March: Σclicks ÷ Σimpressions; February: the value measured as such.
    actuals = {f.start: f.actual for f in series.figures(D(2027, 1, 1))}
    assert actuals == {D(2026, 2, 1): 5.0, D(2026, 3, 1): pytest.approx(2.0)}
