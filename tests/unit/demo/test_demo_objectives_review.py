"""The demo fills the Objectives and Roadmap pages: progress from real measurements, SMART
checks that show the hint once, lanes for each objective and two themes over three years."""

from __future__ import annotations

from typing import Any

from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.domain.roadmap import NO_LANE, OBJECTIVE, THEME
from stratdesk.domain.smart import SmartIssue
from stratdesk.services.objective_review import ObjectiveReviewer
from stratdesk.services.workspace import Workspace

from .conftest import TODAY


def test_objectives_show_progress_and_a_smart_check(english_demo: Any) -> None:
    workspace = Workspace.open(english_demo.path, read_only=True)
    try:
        services, plan_id = workspace.services, workspace.plan_id
        objectives = services.objectives.list(plan_id)
        results = [r for rs in services.key_results.by_objective(plan_id).values() for r in rs]
        overview = ObjectiveReviewer(services).overview(plan_id, objectives, results, None, TODAY)
        reviews = [overview.reviews[o.id] for o in objectives]
        assert all(r.share is not None and 0 < r.share < 1 for r in reviews)
        assert all(r.measured.status != KpiStatus.NO_DATA for r in reviews)
        # Two objectives are SMART; the third names no segment: the page has a hint to show.
        assert [r.smart.issues for r in reviews] == [(), (), (SmartIssue.NO_SEGMENT_OR_PRODUCT,)]
        assert any(m.latest_value is not None for m in overview.results.values())
    finally:
        workspace.close()


def test_the_roadmap_has_a_lane_per_objective_and_two_themes(english_demo: Any) -> None:
    workspace = Workspace.open(english_demo.path, read_only=True)
    try:
        board = workspace.services.roadmap.board(workspace.plan_id)
    finally:
        workspace.close()
    kinds = [lane.key[0] for lane in board.lanes]
    assert kinds == [OBJECTIVE] * 3 + [THEME] * 2 and NO_LANE not in board.lane_keys()
    assert len(board.initiatives) >= 10
    assert {i.item.start.year for i in board.initiatives} == {
        TODAY.year,
        TODAY.year + 1,
        TODAY.year + 2,
    }
    assert sum(i.item.milestone for i in board.initiatives) >= 4
    used = {i.lane for i in board.initiatives}
    assert used == set(board.lane_keys())  # every lane holds work
    assert all(not lane.serving.empty for lane in board.lanes if lane.objective)
