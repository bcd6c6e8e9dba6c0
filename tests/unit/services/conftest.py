"""A plan file on a tmp path holding one client and one plan (2025–2027), and helpers to
prove that a refused call wrote nothing and announced nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from stratdesk.domain.tables import metadata
from stratdesk.services.changes import ChangeSet
from stratdesk.services.registry import PlanServices
from stratdesk.services.workspace import Workspace

START_YEAR = 2025
IN_PLAN = dt.date(2026, 6, 30)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(
        tmp_path / "client.stratdesk",
        {"name": "Acme Coffee"},
        {"title": "Growth plan", "start_year": START_YEAR, "horizon_years": 3},
    )
    yield ws
    ws.close()


@pytest.fixture
def services(workspace: Workspace) -> PlanServices:
    return workspace.services


@pytest.fixture
def plan_id(workspace: Workspace) -> int:
    return workspace.plan_id


@pytest.fixture
def other_plan_id(services: PlanServices) -> int:
    """A second client's plan in the same file, to prove links never cross plans."""
    plan = services.plans.create_client_and_plan(
        {"name": "Other client"}, {"title": "Other plan", "start_year": START_YEAR}
    )
    return plan.id


@pytest.fixture
def changes(workspace: Workspace) -> list[ChangeSet]:
    """Every ChangeSet emitted from now on, in order."""
    seen: list[ChangeSet] = []
    workspace.hub.subscribe(seen.append)
    return seen


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with workspace.store.session() as session:
        return {
            table.name: [
                tuple(row)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for table in metadata.sorted_tables
        }


@pytest.fixture
def unchanged(workspace: Workspace) -> Callable[[], AbstractContextManager[None]]:
    """`with unchanged(), pytest.raises(...)`: the file is as before and nothing was emitted."""

    @contextmanager
    def guard() -> Iterator[None]:
        seen: list[ChangeSet] = []
        unsubscribe = workspace.hub.subscribe(seen.append)
        before = dump(workspace)
        try:
            yield
        finally:
            unsubscribe()
        assert dump(workspace) == before, "a refused call changed the file"
        assert seen == [], "a refused call announced a change"

    return guard
