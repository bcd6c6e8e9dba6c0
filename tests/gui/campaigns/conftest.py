"""Fixtures of the campaigns and experiments pages: a plan (2026–2028), its document, the
pages built on it, "today" fixed, and mouse helpers for the month grid."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.campaigns.month_view import MonthGridView
from stratdesk.ui.operations.campaigns.page import CampaignsPageView

D = dt.date
TODAY = D(2026, 3, 18)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def document(qtbot: QtBot, plan_path: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument(Workspace.open(plan_path))
    yield doc
    doc.close()


@pytest.fixture
def add(document: PlanDocument) -> Callable[..., Any]:
    """Writes a campaign straight through the service (set-up, not under test)."""

    def create(name: str, start: dt.date, end: dt.date, **fields: Any) -> Any:
        data = {"name": name, "start": start, "end": end, **fields}
        return document.services.campaigns.create(document.plan_id, data)

    return create


@pytest.fixture
def make_page(qtbot: QtBot, document: PlanDocument) -> Callable[[], CampaignsPageView]:
    def build() -> CampaignsPageView:
        page = CampaignsPageView(document, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1300, 820)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()  # the keyboard goes where the page puts it
        qtbot.waitUntil(page.isActiveWindow)
        return page

    return build


def day_point(grid: MonthGridView, day: dt.date, y_fraction: float = 0.85) -> QPoint:
    """A point in `day`'s cell, low in it (below its bars) unless told otherwise."""
    cell = grid.grid_layout().cell_of(day)
    assert cell is not None, day
    rect = grid.cell_rect(*cell)
    return QPointF(rect.center().x(), rect.top() + rect.height() * y_fraction).toPoint()


def bar_point(grid: MonthGridView, item_id: int, where: str = "middle") -> QPoint:
    """A point on the campaign's first shown segment: its middle, or an edge."""
    segment = next(s for s in grid.shown_segments() if s.key == item_id)
    rect = grid.segment_rect(segment)
    x = {"middle": rect.center().x(), "left": rect.left() + 2, "right": rect.right() - 2}[where]
    return QPointF(x, rect.center().y()).toPoint()


def drag(qtbot: QtBot, widget: Any, start: QPoint, end: QPoint, steps: int = 4) -> None:
    qtbot.mousePress(widget, LEFT, pos=start)
    for n in range(1, steps + 1):
        qtbot.mouseMove(widget, pos=start + (end - start) * (n / steps))
    qtbot.mouseRelease(widget, LEFT, pos=end)


class Steps:
    """Helpers for tests (test modules cannot import each other here)."""

    day_point = staticmethod(day_point)
    bar_point = staticmethod(bar_point)
    drag = staticmethod(drag)


@pytest.fixture
def steps() -> type[Steps]:
    return Steps
