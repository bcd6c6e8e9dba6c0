"""A roadmap to drive: a 2026–2028 plan with two objectives, a theme lane and a few items,
shown on the Roadmap page of a main window at the quarter zoom (4 px a day, weeks snap)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.roadmap import RoadmapView
from stratdesk.ui.widgets.timeline import TimelineView, Zoom

D = dt.date
TODAY = D(2026, 3, 18)
LEFT = Qt.MouseButton.LeftButton


@dataclass
class Plan:
    grow: int
    keep: int
    brand: int
    launch: int  # in the "grow" lane, 2 Mar – 26 Apr 2026
    stories: int  # in the brand lane, serving "keep"
    event: int  # a milestone in the "keep" lane, 15 Apr 2026


@pytest.fixture
def plan(plan_window: MainWindow) -> Plan:
    document = plan_window.document
    assert document is not None
    services, plan_id = document.services, document.plan_id
    grow = services.objectives.create(plan_id, {"statement": "Grow the online shop"}).id
    keep = services.objectives.create(plan_id, {"statement": "Keep subscribers"}).id
    brand = services.roadmap_lanes.create(plan_id, {"name": "Brand"}).id

    def item(title: str, start: dt.date, end: dt.date, **extra: object) -> int:
        data = {"title": title, "start": start, "end": end, **extra}
        return services.roadmap.create(plan_id, data).id

    return Plan(
        grow,
        keep,
        brand,
        item("New checkout", D(2026, 3, 2), D(2026, 4, 26), objective_id=grow),
        item("Podcast season", D(2026, 2, 2), D(2026, 6, 28), lane_id=brand, objective_id=keep),
        item("Launch event", D(2026, 4, 15), D(2026, 4, 15), milestone=True, objective_id=keep),
    )


@pytest.fixture
def page(qtbot: QtBot, plan_window: MainWindow, plan: Plan) -> Iterator[RoadmapView]:
    plan_window.resize(1366, 768)
    plan_window.show_workspace("strategy", "roadmap")
    assert plan_window.plan_view is not None
    view = plan_window.plan_view.workspace("strategy").page_widget("roadmap")
    assert isinstance(view, RoadmapView)
    view._today = lambda: TODAY
    QApplication.processEvents()  # the page's first scroll, once shown, is done
    view.view.set_today(TODAY)
    view.view.set_zoom(Zoom.QUARTER)
    view.view.horizontalScrollBar().setValue(0)
    plan_window.activateWindow()
    qtbot.waitUntil(plan_window.isActiveWindow)
    yield view


def bar_point(view: TimelineView, bar_id: int, fraction: float = 0.5) -> QPoint:
    """A viewport point on the bar, `fraction` of the way along it (0 = left edge)."""
    item = view.timeline_scene.bar_items[bar_id]
    body = item.mapRectToScene(item.body())
    scene_point = QPointF(body.left() + body.width() * fraction, body.center().y())
    return view.mapFromScene(scene_point)


def lane_y(view: TimelineView, key: object) -> int:
    box = view.timeline_scene.lane_box(key)
    assert box is not None
    return view.mapFromScene(QPointF(0, box.y + box.height - 6)).y()


def date_x(view: TimelineView, day: dt.date) -> int:
    scale = view.timeline_scene.scale
    return view.mapFromScene(QPointF(scale.date_to_x(day) + scale.day_width / 2, 0)).x()


def drag(qtbot: QtBot, view: TimelineView, start: QPoint, end: QPoint, steps: int = 4) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for n in range(1, steps + 1):
        qtbot.mouseMove(viewport, pos=start + (end - start) * (n / steps))
    qtbot.mouseRelease(viewport, LEFT, pos=end)
