"""Faults that used to reach the person as tracebacks: reading a vanished file, ids that cannot
be ids, a fresh workspace writing before any other service loaded its tables, and measurement
days thousands of years away."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

import stratdesk
from stratdesk.domain.errors import InvalidInput, NotFound, StratdeskError
from stratdesk.services.registry import PlanServices
from stratdesk.services.workspace import Workspace

from .conftest import IN_PLAN

Unchanged = Callable[[], AbstractContextManager[None]]
BAD_IDS = [2**63, -(2**63) - 1, 10**30, "1", [1], (1,), None, 1.0, True, {"id": 1}]


def test_a_read_from_a_vanished_file_is_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "gone.stratdesk"
    workspace = Workspace.create(path, {"name": "Acme"}, {"title": "Plan", "start_year": 2025})
    try:
        plan_id = workspace.plan_id
        path.unlink()
        with pytest.raises(StratdeskError) as caught:
            workspace.services.swot.list(plan_id)
        assert "gone.stratdesk" in str(caught.value) and "no longer there" in str(caught.value)
    finally:
        workspace.close()


def test_a_read_the_database_refuses_is_one_sentence(
    workspace: Workspace, plan_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from stratdesk.db import engine as engine_module

    def locked(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(engine_module, "connect", locked)
    with pytest.raises(StratdeskError, match="could not be read: database is locked"):
        workspace.services.swot.list(plan_id)


@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
def test_ids_that_cannot_be_ids_are_unknown_items(
    services: PlanServices, plan_id: int, unchanged: Unchanged, bad: object
) -> None:
    item = services.swot.create(plan_id, {"quadrant": "S", "text": "Levain"})
    calls: list[Callable[[], object]] = [
        lambda: services.swot.get(bad),  # type: ignore[arg-type]
        lambda: services.swot.update(bad, {"text": "x"}),  # type: ignore[arg-type]
        lambda: services.swot.delete(bad),  # type: ignore[arg-type]
        lambda: services.swot.list(bad),  # type: ignore[arg-type]
        lambda: services.swot.create(bad, {"quadrant": "S", "text": "x"}),  # type: ignore[arg-type]
        lambda: services.swot.reorder(plan_id, [item.id, bad]),  # type: ignore[list-item]
        lambda: services.plans.get_plan(bad),  # type: ignore[arg-type]
        lambda: services.kpi_measurements.delete_many([bad]),  # type: ignore[list-item]
        lambda: services.kpi_targets.targets(bad),  # type: ignore[arg-type]
    ]
    for call in calls:
        with unchanged(), pytest.raises(NotFound):
            call()


def test_a_link_to_an_id_beyond_the_database_is_refused(
    services: PlanServices, plan_id: int, unchanged: Unchanged
) -> None:
    with unchanged(), pytest.raises(InvalidInput, match="no such item"):
        services.mix.create(plan_id, {"p": "product", "title": "Abonnement", "objective_id": 2**63})


_FRESH = """
import datetime as dt, sys
from pathlib import Path
from stratdesk.services.workspace import Workspace

with Workspace.open(Path(sys.argv[1])) as ws:
    plan, which = ws.plan_id, sys.argv[2]
    if which == "mix":
        ws.services.mix.create(plan, {"p": "product", "title": "Abonnement"})
    elif which == "campaign":
        ws.services.campaigns.create(plan, {"name": "Printemps", "start": dt.date(2025, 3, 1),
                                            "end": dt.date(2025, 4, 1)})
    elif which == "objective":
        ws.services.objectives.create(plan, {"statement": "Gagner 100 bureaux"})
print("ok")
"""


@pytest.mark.parametrize("which", ["mix", "campaign", "objective"])
def test_a_fresh_workspace_can_write_at_once(workspace: Workspace, which: str) -> None:
    """In a new process, with no other service used first (no warm-up)."""
    workspace.close()
    env = {**os.environ, "PYTHONPATH": str(Path(stratdesk.__file__).parents[1])}
    done = subprocess.run(
        [sys.executable, "-c", _FRESH, str(workspace.path), which],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize("year", [1, 1900, 2080, 9999])
def test_measurement_days_far_from_the_plan_are_refused(
    services: PlanServices, plan_id: int, unchanged: Unchanged, year: int
) -> None:
    kpi = services.kpis.create(plan_id, {"name": "Visites"})
    day = dt.date(year, 1, 1)
    with unchanged(), pytest.raises(InvalidInput, match="too far from the plan's years"):
        services.kpi_measurements.create(kpi.id, {"day": day, "value": 1.0})
    with unchanged(), pytest.raises(InvalidInput, match="Row 2"):
        services.kpi_measurements.add_many(
            kpi.id, [{"day": IN_PLAN, "value": 1.0}, {"day": day, "value": 2.0}]
        )
    with unchanged(), pytest.raises(InvalidInput) as caught:
        services.kpi_measurements.import_rows(kpi.id, [(7, IN_PLAN, 1.0, "f"), (8, day, 2.0, "f")])
    assert getattr(caught.value, "row", None) == 8


def test_baselines_before_the_plan_are_still_welcome(services: PlanServices, plan_id: int) -> None:
    kpi = services.kpis.create(plan_id, {"name": "Visites"})
    services.kpi_measurements.create(kpi.id, {"day": dt.date(2010, 1, 1), "value": 1.0})
    services.kpi_measurements.create(kpi.id, {"day": dt.date(2045, 12, 31), "value": 1.0})
    assert len(services.kpi_measurements.list(kpi.id)) == 2
