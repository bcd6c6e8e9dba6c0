"""The demo plan's alignment findings: a handful of realistic ones, whenever it is opened
during its first year."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from stratdesk.services.alignment import AlignmentReader
from stratdesk.services.workspace import Workspace


@pytest.mark.parametrize("day", [(1, 10), (6, 15), (12, 31)])
def test_the_demo_shows_a_handful_of_findings(
    english_demo: Any, day: tuple[int, int], tmp_path: Any
) -> None:
    with Workspace.open(english_demo.path, read_only=True) as workspace:
        plan = workspace.services.plans.get_plan(workspace.plan_id)
        today = dt.date(plan.start_year, *day)
        data = AlignmentReader(workspace.services).read(workspace.plan_id, today=today)
        found = data.findings("en")
    kinds = [f.kind for f in found]
    assert 4 <= len(found) <= 8
    assert kinds.count("action_without_objective") == 1
    assert kinds.count("kpi_not_measured") == 1
    assert kinds.count("campaign_segment_not_targeted") == 1
    assert "channel_over_budget" in kinds
    named = {f.kind: f.item_name for f in found}
    assert named["kpi_not_measured"] == "Share of voice"
    assert named["action_without_objective"] == "Volume discount for offices"
