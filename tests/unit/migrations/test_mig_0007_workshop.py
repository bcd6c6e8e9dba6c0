"""Revision 0007: no votes yet on factors and mix actions, no workshop steps chosen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.services.workspace import Workspace


def test_existing_factors_and_actions_have_no_votes(
    upgraded: Callable[[int], Path], plans: Any
) -> None:
    old = plans.fixture_file(6)
    path = upgraded(6)
    for table, text in (("environment_factor", "text"), ("mix_action", "title")):
        before = plans.rows(old, f"SELECT id, {text} FROM {table} ORDER BY id")
        after = plans.rows(path, f"SELECT id, {text}, votes FROM {table} ORDER BY id")
        assert after == [{**row, "votes": 0} for row in before]
    swot = "SELECT id, votes FROM swot_item ORDER BY id"
    assert plans.rows(path, swot) == plans.rows(old, swot)  # SWOT votes untouched
    assert plans.rows(path, "SELECT count(*) AS n FROM workshop_step") == [{"n": 0}]


def test_steps_and_votes_can_be_saved_after_the_upgrade(copy_of: Callable[[int], Path]) -> None:
    with Workspace.open(copy_of(6)) as workspace:
        services, plan_id = workspace.services, workspace.plan_id
        assert services.workshop.steps(plan_id) == []
        services.workshop.set_steps(plan_id, [("swot", True), ("kpis", False)])
        assert services.workshop.steps(plan_id) == [("swot", True), ("kpis", False)]
        factor = services.factors.list(plan_id)[0]
        assert services.factors.update(factor.id, {"votes": 2}).votes == 2
