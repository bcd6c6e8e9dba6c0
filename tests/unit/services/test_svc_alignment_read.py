"""The alignment read models from a real plan file: the reader, `stratdesk status`'s figures
and "Strategy on a page" agree with the KPI tiles' rule, and follow changes."""

from __future__ import annotations

import datetime as dt

from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.services.alignment import AlignmentReader, plan_findings
from stratdesk.services.plan_status import plan_status
from stratdesk.services.strategy_page import first_sentence, strategy_page
from stratdesk.services.workspace import Workspace

D = dt.date
TODAY = D(2026, 6, 15)


def _fill(workspace: Workspace) -> dict[str, int]:
    services, plan_id = workspace.services, workspace.plan_id
    kpi = services.kpis.create(plan_id, {"name": "Sign-ups", "unit": "count"})
    for day in range(1, 16):  # half of June, 10 a day: 150 of a 300 target, pro-rated
        services.kpi_measurements.create(kpi.id, {"day": D(2026, 6, day), "value": 10})
    services.kpi_targets.set_target(kpi.id, D(2026, 6, 1), 300)
    objective = services.objectives.create(
        plan_id,
        {"statement": "Grow", "kpi_id": kpi.id, "baseline": 0, "target": 600, "status": "active"},
    )
    remote = services.segments.create(plan_id, {"name": "Remote", "targeting": "primary"})
    services.segments.create(plan_id, {"name": "Students"})
    services.positioning.save(remote.id, {"target": "remote workers", "need": "good coffee"})
    big = services.campaigns.create(
        plan_id,
        {"name": "Big", "start": D(2026, 3, 1), "end": D(2026, 4, 1)},
    )
    services.campaigns.update(
        big.id,
        {"objective_id": objective.id, "segment_id": remote.id, "budget_planned_cents": 90_000},
    )
    services.campaigns.create(
        plan_id, {"name": "Last year", "start": D(2025, 3, 1), "end": D(2025, 4, 1)}
    )
    return {"kpi": kpi.id, "objective": objective.id, "remote": remote.id, "big": big.id}


def test_status_gives_the_tiles_figures(workspace: Workspace) -> None:
    ids = _fill(workspace)
    data = AlignmentReader(workspace.services).read(workspace.plan_id, today=TODAY)
    status = plan_status(data)
    (kpi,) = status.kpis
    (june,) = [p for p in kpi.periods if p.start == D(2026, 6, 1)]
    assert (june.actual, june.target, june.partial) == (150.0, 300.0, True)
    assert june.status == data.summaries[ids["kpi"]].status.value
    (objective,) = status.objectives
    assert (objective.kpi, objective.actual, objective.target) == ("Sign-ups", 150.0, 600.0)
    assert objective.as_json()["status"] == june.status


def test_strategy_on_a_page(workspace: Workspace) -> None:
    ids = _fill(workspace)
    data = AlignmentReader(workspace.services).read(workspace.plan_id, today=TODAY)
    page = strategy_page(data, "Acme", "en")
    assert page.year == 2026
    (line,) = page.positioning  # the target segment only, its first sentence
    assert line.segment == "Remote" and "Acme" in line.statement
    (objective,) = page.objectives
    assert objective.progress == 150 / 600
    assert objective.status != KpiStatus.NO_DATA
    assert [c.name for c in page.campaigns] == ["Big"]  # the year's, not last year's
    assert [(b.key, b.planned_cents) for b in page.budget] == [(ids["objective"], 90_000)]


def test_the_year_shown_stays_within_the_plan(workspace: Workspace) -> None:
    _fill(workspace)
    reader = AlignmentReader(workspace.services)
    assert strategy_page(reader.read(workspace.plan_id, today=D(2040, 1, 1)), "", "en").year == 2027
    assert strategy_page(reader.read(workspace.plan_id, today=D(2001, 1, 1)), "", "en").year == 2025


def test_first_sentence_stops_at_the_first_full_stop() -> None:
    assert first_sentence("For you, we roast 4.8 kg. Unlike others.") == "For you, we roast 4.8 kg."
    assert first_sentence("No stop at all") == "No stop at all"


def test_the_reader_follows_a_new_measurement(workspace: Workspace) -> None:
    ids = _fill(workspace)
    reader = AlignmentReader(workspace.services)
    before = reader.read(workspace.plan_id, today=TODAY)
    changes = []
    workspace.hub.subscribe(changes.append)
    workspace.services.kpi_measurements.create(ids["kpi"], {"day": D(2026, 6, 15), "value": 90})
    after = reader.read(workspace.plan_id, changes[-1], today=TODAY)
    assert after.summaries[ids["kpi"]].latest_value == 240.0
    assert before.summaries[ids["kpi"]].latest_value == 150.0


def test_the_reader_reads_again_only_what_a_change_touches(workspace: Workspace) -> None:
    ids = _fill(workspace)
    services, plan_id = workspace.services, workspace.plan_id
    reader = AlignmentReader(services)
    before = reader.read(plan_id, today=TODAY)
    changes = []
    workspace.hub.subscribe(changes.append)
    services.campaigns.update(ids["big"], {"name": "Bigger"})
    after = reader.read(plan_id, changes[-1], today=TODAY)
    assert "Bigger" in [c.name for c in after.campaigns]
    assert after.objectives is before.objectives  # untouched: not read again
    assert after.segments is before.segments
    services.objectives.delete(ids["objective"])  # empties the campaign's link to it
    after = reader.read(plan_id, changes[-1], today=TODAY)
    assert after.objectives == ()
    assert all(c.objective_id is None for c in after.campaigns)


def test_plan_findings_in_one_call(workspace: Workspace) -> None:
    _fill(workspace)
    found = plan_findings(workspace.services, workspace.plan_id, "en", TODAY)
    kinds = {f.kind for f in found}
    assert "campaign_without_objective" in kinds  # last year's campaign serves nothing
    assert all(f.message for f in found)
