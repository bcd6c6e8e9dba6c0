"""A plan file on a tmp path with one client and one 4P plan (2025–2027), and the ops services.

The plan service is written elsewhere, so the client and plans are inserted directly.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlmodel import SQLModel

from stratdesk.db.store import PlanStore
from stratdesk.domain.plan import Client, Plan
from stratdesk.services.changes import ChangeHub, ChangeSet
from stratdesk.services.context import ServiceContext
from stratdesk.services.kpis import KpiMeasurementService, KpiService, KpiTargetService
from stratdesk.services.operations import CampaignService, ExperimentService, MixActionService


@dataclass
class OpsServices:
    mix: MixActionService
    campaigns: CampaignService
    experiments: ExperimentService
    kpis: KpiService
    targets: KpiTargetService
    measurements: KpiMeasurementService


@pytest.fixture
def store(tmp_path: Path) -> Iterator[PlanStore]:
    plan_store = PlanStore.create(tmp_path / "p.stratdesk")
    yield plan_store
    plan_store.close()


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def changes(hub: ChangeHub) -> list[ChangeSet]:
    """Every ChangeSet emitted during the test, in order."""
    seen: list[ChangeSet] = []
    hub.subscribe(seen.append)
    return seen


@pytest.fixture
def ctx(store: PlanStore, hub: ChangeHub) -> ServiceContext:
    return ServiceContext(store, hub)


@pytest.fixture
def ops(ctx: ServiceContext) -> OpsServices:
    return OpsServices(
        mix=MixActionService(ctx),
        campaigns=CampaignService(ctx),
        experiments=ExperimentService(ctx),
        kpis=KpiService(ctx),
        targets=KpiTargetService(ctx),
        measurements=KpiMeasurementService(ctx),
    )


@pytest.fixture
def insert(store: PlanStore) -> Callable[..., int]:
    """Insert a row of `table` directly (no service) and return its id."""

    def _insert(table: type[SQLModel], **fields: Any) -> int:
        with store.session() as session:
            row = table(**fields)
            session.add(row)
            session.commit()
            return row.id  # type: ignore[attr-defined]

    return _insert


@pytest.fixture
def make_plan(insert: Callable[..., int]) -> Callable[..., int]:
    """A new client and plan (4P, 2025–2027 unless told otherwise); returns the plan id."""

    def _make(**fields: Any) -> int:
        client_id = insert(Client, name="Boulangerie Martin")
        values = {"title": "Plan", "start_year": 2025, "horizon_years": 3, **fields}
        return insert(Plan, client_id=client_id, **values)

    return _make


@pytest.fixture
def plan_id(make_plan: Callable[..., int]) -> int:
    return make_plan()


@pytest.fixture
def count(store: PlanStore) -> Callable[[type[SQLModel]], int]:
    """How many rows `table` holds right now."""

    def _count(table: type[SQLModel]) -> int:
        with store.session() as session:
            return session.execute(select(func.count()).select_from(table)).scalar_one()

    return _count


@pytest.fixture
def fetch(store: PlanStore) -> Callable[[type[SQLModel], int], Any]:
    """A row of `table` read directly (None if absent)."""

    def _fetch(table: type[SQLModel], item_id: int) -> Any:
        with store.session() as session:
            return session.get(table, item_id)

    return _fetch
