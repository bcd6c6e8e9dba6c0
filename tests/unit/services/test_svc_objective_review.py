"""Objectives beside their KPI and their SMART check: one source for the latest actual."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.domain.smart import SmartIssue
from stratdesk.services import kpi_series, objective_review
from stratdesk.services.changes import ChangeSet
from stratdesk.services.objective_review import ObjectiveReviewer

MAY, JUNE = dt.date(2026, 5, 1), dt.date(2026, 6, 1)
TODAY = dt.date(2026, 6, 20)
STATEMENT = "Reach 1,200 active subscriptions from remote workers by the end of 2027."


@pytest.fixture
def kpi(services, plan_id):
    # A stock: the period's actual is its last value.
    return services.kpis.create(plan_id, {"name": "Active subscriptions", "aggregation": "last"})


@pytest.fixture
def objective(services, plan_id, kpi):
    data = {"statement": STATEMENT, "kpi_id": kpi.id, "baseline": 0.0, "target": 1200.0}
    return services.objectives.create(plan_id, {**data, "deadline": dt.date(2027, 12, 31)})


def _overview(services, plan_id, reviewer=None, changes=None):
    reviewer = reviewer or ObjectiveReviewer(services)
    objectives = services.objectives.list(plan_id)
    results = [r for rs in services.key_results.by_objective(plan_id).values() for r in rs]
    return reviewer.overview(plan_id, objectives, results, changes, TODAY)


def test_progress_runs_from_the_baseline_through_the_kpi_s_latest_to_the_target(
    services, plan_id, kpi, objective
):
    services.kpi_targets.set_target(kpi.id, JUNE, 320.0)
    services.kpi_measurements.create(kpi.id, {"day": dt.date(2026, 5, 31), "value": 250.0})
    services.kpi_measurements.create(kpi.id, {"day": dt.date(2026, 6, 15), "value": 300.0})
    review = _overview(services, plan_id).reviews[objective.id]
    assert review.measured.latest_value == 300.0
    assert review.measured.latest_day == dt.date(2026, 6, 15)
    assert review.share == pytest.approx(0.25)
    # 300 against June's target of 320: 6 % short, "at risk" by the KPI status rule.
    assert (review.measured.status, review.measured.target) == (KpiStatus.AT_RISK, 320.0)
    assert review.measured.target_period == JUNE


def test_the_latest_actual_and_status_are_the_kpi_tile_s(
    monkeypatch, services, plan_id, kpi, objective
):
    """One source: whatever the tiles' rule says (how a period's actual is worked out), the
    objectives show the same, because they read it from `latest_summaries`."""
    services.kpi_measurements.create(kpi.id, {"day": MAY, "value": 10.0})
    real = kpi_series.latest_summaries

    def other_rule(series, today=None):
        return {
            kpi_id: dataclasses.replace(summary, latest_value=600.0, status=KpiStatus.OFF_TRACK)
            for kpi_id, summary in real(series, today).items()
        }

    monkeypatch.setattr(objective_review, "latest_summaries", other_rule)
    review = _overview(services, plan_id).reviews[objective.id]
    assert (review.measured.latest_value, review.share) == (600.0, 0.5)
    assert review.measured.status == KpiStatus.OFF_TRACK


def test_an_objective_without_kpi_or_measurement_has_no_progress(services, plan_id, objective):
    bare = services.objectives.create(plan_id, {"statement": "Grow"})
    overview = _overview(services, plan_id)
    assert overview.reviews[objective.id].share is None  # measured by a KPI with no value
    assert overview.reviews[objective.id].measured.status == KpiStatus.NO_DATA
    assert overview.reviews[bare.id].measured.kpi is None
    assert overview.reviews[bare.id].smart.issues[:2] == (
        SmartIssue.SHORT_STATEMENT,
        SmartIssue.NO_SEGMENT_OR_PRODUCT,
    )


def test_key_results_show_their_own_kpi_s_latest(services, plan_id, kpi, objective):
    services.kpi_measurements.create(kpi.id, {"day": MAY, "value": 42.0})
    own = services.key_results.create(objective.id, {"statement": "a", "kpi_id": kpi.id})
    free = services.key_results.create(objective.id, {"statement": "b", "metric": "Offices"})
    overview = _overview(services, plan_id)
    assert overview.results[own.id].latest_value == 42.0
    assert overview.results[free.id].kpi is None
    assert set(overview.kpis) == {kpi.id}


def test_series_are_read_again_only_when_kpi_data_changed(services, plan_id, kpi, objective):
    reviewer = ObjectiveReviewer(services)
    reads: list[object] = []
    plan_series = reviewer._reader.plan_series
    reviewer._reader.plan_series = lambda *a: reads.append(a) or plan_series(*a)  # type: ignore[method-assign]
    _overview(services, plan_id, reviewer)
    _overview(services, plan_id, reviewer, ChangeSet({"objective"}, {"objective": {objective.id}}))
    assert len(reads) == 1
    measured = services.kpi_measurements.create(kpi.id, {"day": MAY, "value": 600.0})
    changes = ChangeSet({"kpi_measurement"}, {"kpi_measurement": {measured.id}})
    review = _overview(services, plan_id, reviewer, changes).reviews[objective.id]
    assert len(reads) == 2 and review.share == 0.5


def test_smart_checks_read_the_plan_s_segments_products_and_years(services, plan_id, objective):
    assert services.objectives.smart_checks(plan_id)[objective.id].issues == (
        SmartIssue.NO_SEGMENT_OR_PRODUCT,
    )
    services.segments.create(plan_id, {"name": "Remote workers"})
    assert services.objectives.smart_checks(plan_id)[objective.id].complete
    vague = services.objectives.create(
        plan_id, {"statement": "Sell more origin boxes to anyone at all"}
    )
    services.mix.create(plan_id, {"p": "product", "title": "Monthly origin box"})
    services.mix.create(plan_id, {"p": "price", "title": "Anyone discount"})  # not a product
    assert services.objectives.smart_terms(plan_id) == (
        ("Remote workers",),
        ("Monthly origin box",),
    )
    checks = services.objectives.smart_checks(plan_id)
    assert SmartIssue.NO_SEGMENT_OR_PRODUCT not in checks[vague.id].issues


def test_key_results_by_objective_in_one_read(services, plan_id, other_plan_id, objective):
    second = services.objectives.create(plan_id, {"statement": "Second"})
    a = services.key_results.create(objective.id, {"statement": "a"})
    b = services.key_results.create(objective.id, {"statement": "b"})
    c = services.key_results.create(second.id, {"statement": "c"})
    foreign = services.objectives.create(other_plan_id, {"statement": "Theirs"})
    services.key_results.create(foreign.id, {"statement": "x"})
    services.key_results.reorder(objective.id, [b.id, a.id])
    found = services.key_results.by_objective(plan_id)
    assert {k: [r.id for r in v] for k, v in found.items()} == {
        objective.id: [b.id, a.id],
        second.id: [c.id],
    }
