"""The KPI page on a fresh plan (English, EUR, 2026–2028), with helpers to seed KPIs.

The page is built from the open window's document, as the workspace's page factory does;
seeding goes through the services directly (it is set-up, not the behaviour under test).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from stratdesk.ui.document import PlanDocument
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.operations.kpis import kpi_page
from stratdesk.ui.operations.kpis.page import KpiPageView


@pytest.fixture
def document(plan_window: MainWindow) -> PlanDocument:
    document = plan_window.document
    assert document is not None
    document.services.plans.update_plan(document.plan_id, {"language": "en", "currency": "EUR"})
    return document


@pytest.fixture
def make_kpi(document: PlanDocument) -> Callable[..., int]:
    """A KPI with optional measurements [(day, value)] and targets [(period start, value)]."""

    def make(
        name: str = "Sessions",
        measured: list[tuple[dt.date, float]] = (),  # type: ignore[assignment]
        targets: list[tuple[dt.date, float]] = (),  # type: ignore[assignment]
        **fields: Any,
    ) -> int:
        services = document.services
        kpi = services.kpis.create(document.plan_id, {"name": name, **fields})
        if measured:
            services.kpi_measurements.add_many(
                kpi.id, [{"day": day, "value": value, "source": "seed"} for day, value in measured]
            )
        for start, value in targets:
            services.kpi_targets.set_target(kpi.id, start, value)
        return kpi.id

    return make


@pytest.fixture
def open_page(qtbot: QtBot, document: PlanDocument) -> Iterator[Callable[[], KpiPageView]]:
    """Builds and shows the page (call it after seeding, or before: it follows changes)."""
    pages: list[KpiPageView] = []

    def build() -> KpiPageView:
        page = kpi_page(document)
        assert isinstance(page, KpiPageView)
        qtbot.addWidget(page)
        page.resize(1200, 860)
        page.show()
        qtbot.waitExposed(page)
        pages.append(page)
        return page

    yield build
    for page in pages:
        page.close()


@pytest.fixture
def settle(qtbot: QtBot) -> Callable[[KpiPageView], None]:
    """Waits for the page's coalesced refresh (it redraws once after a burst of commits)."""

    def wait(page: KpiPageView) -> None:
        qtbot.waitUntil(lambda: not page.refresh_pending())

    return wait
