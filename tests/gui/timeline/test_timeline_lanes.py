"""Lanes come and go, the page's other signals, tooltips, the wheel and drag autoscroll."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from stratdesk.ui.widgets.timeline import Lane, TimelineView

from .conftest import LANES, bar_point

D = dt.date


def test_bars_of_a_removed_lane_hide_and_come_back_with_it(qtbot, view: TimelineView):
    scene = view.timeline_scene
    view.select_bar(3)
    with qtbot.waitSignal(view.current_changed) as cleared:
        view.set_lanes([LANES[0], LANES[2]])
    assert cleared.args == [None]
    assert scene.bar_items[3].scene() is None
    assert scene.lane_box("themes").y == scene.lane_box("growth").height
    assert scene.ordered_ids() == [1, 2, 5]
    view.set_lanes([LANES[1], LANES[0], Lane("themes", "Loyalty", colour="#123456")])
    assert scene.bar_items[3].scene() is scene
    assert scene.lane_box("brand").y == 0
    assert scene.ordered_ids() == [3, 4, 1, 2, 5]
    assert scene.bar_items[5].lane_colour == "#123456"


def test_a_bar_in_an_unknown_lane_waits_for_it(qtbot, view):
    from stratdesk.ui.widgets.timeline import Bar

    view.update_bars([Bar(8, "later", D(2026, 2, 1), D(2026, 2, 5), "Not yet")])
    assert view.timeline_scene.bar_items[8].scene() is None
    view.set_lanes([*LANES, Lane("later", "Later")])
    assert view.timeline_scene.bar_items[8].scene() is view.timeline_scene


def test_context_menu_and_lane_title_double_click_tell_the_page(qtbot, view):
    point = bar_point(view, 2)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    with qtbot.waitSignal(view.context_menu_requested) as menu:
        QApplication.sendEvent(view.viewport(), event)
    assert menu.args[:2] == [2, "growth"]
    assert D(2026, 4, 6) <= menu.args[2] <= D(2026, 5, 31)
    assert view.current_bar() == 2
    box = view.timeline_scene.lane_box("brand")
    with qtbot.waitSignal(view.lane_activated) as lane:
        qtbot.mouseDClick(
            view.lane_header, Qt.MouseButton.LeftButton, pos=QPoint(20, int(box.y + 10))
        )
    assert lane.args == ["brand"]


def test_hovering_a_bar_shows_its_tooltip(qtbot, view, monkeypatch):
    from stratdesk.ui.widgets.timeline import view as view_module

    shown = []
    monkeypatch.setattr(
        view_module.QToolTip, "showText", lambda pos, text, widget: shown.append(text)
    )
    point = bar_point(view, 5)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert len(shown) == 1
    assert "Loyalty card &lt;b&gt;v2" in shown[0]


def test_the_wheel_scrolls_through_time_when_there_is_nothing_to_scroll_down(qtbot, view):
    assert view.verticalScrollBar().maximum() == 0
    left = view.scene_left()
    point = QPointF(300, 100)
    event = QWheelEvent(
        point,
        QPointF(view.viewport().mapToGlobal(point.toPoint())),
        QPoint(),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.scene_left() == left + 120


def test_a_drag_near_the_edge_scrolls_the_view_and_still_ends_in_one_move(qtbot, view):
    moves = []
    view.move_requested.connect(lambda *args: moves.append(args))
    viewport = view.viewport()
    start = bar_point(view, 1)
    edge = QPoint(viewport.width() - 5, start.y())
    left = view.scene_left()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(20, 0))
    qtbot.mouseMove(viewport, pos=edge)
    qtbot.waitUntil(lambda: view.scene_left() > left + 100)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=edge)
    assert len(moves) == 1
    scrolled_days = (view.scene_left() - left) / view.day_width()
    assert (moves[0][2] - D(2026, 3, 2)).days > scrolled_days  # beyond where it started
