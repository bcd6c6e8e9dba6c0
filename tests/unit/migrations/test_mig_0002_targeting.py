"""Revision 0002: the yes/no "targeted" flag becomes primary target / not targeted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from stratdesk.services.workspace import Workspace


def test_targeted_segments_become_primary_targets(
    upgraded: Callable[[int], Path], plans: Any
) -> None:
    before = plans.rows(plans.fixture_file(1), "SELECT id, name, targeted FROM segment ORDER BY id")
    assert {bool(s["targeted"]) for s in before} == {True, False}  # both cases are tried

    path = upgraded(1)

    after = plans.rows(
        path, "SELECT id, name, targeting, targeting_rationale FROM segment ORDER BY id"
    )
    assert [(s["id"], s["name"]) for s in after] == [(s["id"], s["name"]) for s in before]
    expected = ["PRIMARY" if s["targeted"] else "NOT_TARGETED" for s in before]
    assert [s["targeting"] for s in after] == expected
    assert {s["targeting_rationale"] for s in after} == {""}
    assert "targeted" not in plans.columns(path, "segment")


def test_the_app_reads_the_migrated_targeting(copy_of: Callable[[int], Path]) -> None:
    with Workspace.open(copy_of(1)) as workspace:
        segments = workspace.services.segments.list(workspace.plan_id)
    assert [s.targeting.value for s in segments] == ["primary", "primary", "primary", "none"]


def test_criteria_are_kept_and_may_now_weigh_nothing(
    copy_of: Callable[[int], Path], plans: Any
) -> None:
    path = copy_of(1)
    before = plans.rows(path, "SELECT id, name, kind, weight FROM criterion ORDER BY id")
    with Workspace.open(path) as workspace:
        services = workspace.services
        criteria = services.criteria.list(workspace.plan_id)
        assert [(c.id, c.name, c.weight) for c in criteria] == [
            (c["id"], c["name"], c["weight"]) for c in before
        ]
        assert services.criteria.update(criteria[0].id, {"weight": 0}).weight == 0
