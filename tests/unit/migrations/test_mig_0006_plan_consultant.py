"""Revision 0006: plans get a consultant, empty for the plans that exist."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.services.workspace import Workspace


def test_existing_plans_have_no_consultant_yet(upgraded: Callable[[int], Path], plans: Any) -> None:
    before = plans.rows(plans.fixture_file(5), "SELECT id, title, start_year FROM plan")
    path = upgraded(5)
    after = plans.rows(path, "SELECT id, title, start_year, consultant FROM plan")
    assert after == [{**row, "consultant": ""} for row in before]


def test_the_consultant_can_be_set_after_the_upgrade(copy_of: Callable[[int], Path]) -> None:
    with Workspace.open(copy_of(5)) as workspace:
        plans = workspace.services.plans
        plan = plans.update_plan(workspace.plan_id, {"consultant": "Hélène Marchetti"})
        assert plans.get_plan(plan.id).consultant == "Hélène Marchetti"
