"""A small timeline to drive: three lanes, a few bars and a milestone over 2026–2027."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF
from pytestqt.qtbot import QtBot

from stratdesk.ui.widgets.timeline import Bar, Lane, TimelineView, Zoom

D = dt.date
START, END = D(2026, 1, 1), D(2027, 12, 31)
TODAY = D(2026, 3, 18)

LANES = [
    Lane("growth", "Grow the online shop", "Objective · revenue", "#1f77b4"),
    Lane("brand", "Brand awareness", "", "#ff7f0e"),
    Lane("themes", "Free theme: loyalty"),
]
BARS = [
    Bar(1, "growth", D(2026, 3, 2), D(2026, 4, 26), "New checkout"),
    Bar(2, "growth", D(2026, 4, 6), D(2026, 5, 31), "Search ads push", status="Planned"),
    Bar(3, "brand", D(2026, 2, 2), D(2026, 6, 28), "Podcast season", colour="#2ca02c"),
    Bar(4, "brand", D(2026, 4, 15), D(2026, 4, 15), "Launch event", milestone=True),
    Bar(5, "themes", D(2026, 5, 4), D(2026, 7, 26), "Loyalty card <b>v2</b>", muted=True),
]


class Recorder:
    """Every intent the view emits, in order."""

    def __init__(self, view: TimelineView) -> None:
        self.calls: list[tuple] = []
        for name in (
            "create_requested",
            "move_requested",
            "resize_requested",
            "edit_requested",
            "delete_requested",
        ):
            getattr(view, name).connect(lambda *args, name=name: self.calls.append((name, *args)))

    def named(self, name: str) -> list[tuple]:
        return [call[1:] for call in self.calls if call[0] == name]


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[TimelineView]:
    widget = TimelineView(zoom=Zoom.QUARTER)
    qtbot.addWidget(widget)
    widget.set_today(TODAY)
    widget.set_content(LANES, BARS, START, END)
    widget.resize(1100, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.horizontalScrollBar().setValue(0)
    yield widget
    widget.close()


@pytest.fixture
def recorder(view: TimelineView) -> Recorder:
    return Recorder(view)


def bar_point(view: TimelineView, bar_id: int, fraction: float = 0.5) -> QPoint:
    """A viewport point on the bar, `fraction` of the way along it (0 = left edge)."""
    item = view.timeline_scene.bar_items[bar_id]
    body = item.mapRectToScene(item.body())
    scene_point = QPointF(body.left() + body.width() * fraction, body.center().y())
    return view.mapFromScene(scene_point)


def date_x(view: TimelineView, day: dt.date) -> int:
    """The viewport x of the middle of `day`."""
    scale = view.timeline_scene.scale
    return view.mapFromScene(QPointF(scale.date_to_x(day) + scale.day_width / 2, 0)).x()
