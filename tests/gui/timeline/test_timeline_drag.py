"""Mouse drags: one intent when the drag ends, snapped dates, Esc cancels, nothing on a click."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from stratdesk.ui.widgets.timeline import TimelineView

from .conftest import Recorder, bar_point, date_x

D = dt.date
LEFT = Qt.MouseButton.LeftButton


def drag(qtbot: QtBot, view: TimelineView, start: QPoint, end: QPoint, steps: int = 4) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for n in range(1, steps + 1):
        point = start + (end - start) * (n / steps)
        qtbot.mouseMove(viewport, pos=point)
    qtbot.mouseRelease(viewport, LEFT, pos=end)


def test_dragging_a_bar_emits_one_move_with_week_snapped_dates(qtbot, view, recorder: Recorder):
    # Quarter zoom: 4 px a day, dates snap to Mondays. 14 days to the right.
    start = bar_point(view, 1)
    drag(qtbot, view, start, start + QPoint(56, 0))
    assert recorder.calls == [("move_requested", 1, "growth", D(2026, 3, 16), D(2026, 5, 10))]


def test_a_bar_follows_the_mouse_during_the_drag_and_returns_if_the_page_does_nothing(
    qtbot, view, recorder
):
    item = view.timeline_scene.bar_items[1]
    x_before = item.scenePos().x()
    start = bar_point(view, 1)
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(30, 0))
    qtbot.mouseMove(viewport, pos=start + QPoint(56, 0))
    assert item.scenePos().x() == x_before + 56  # live, snapped to the Monday two weeks on
    assert recorder.calls == []  # nothing until the drag ends
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(56, 0))
    assert len(recorder.calls) == 1
    assert item.scenePos().x() == x_before  # refused or ignored: back to its real dates


def test_a_bar_stays_where_the_page_put_it_when_the_page_answers(qtbot, view):
    def apply(bar_id, lane, start, end):
        view.update_bars([dataclasses.replace(view.bar(bar_id), lane=lane, start=start, end=end)])

    view.move_requested.connect(apply)
    start = bar_point(view, 1)
    drag(qtbot, view, start, start + QPoint(56, 0))
    scale = view.timeline_scene.scale
    assert view.bar(1).start == D(2026, 3, 16)
    assert view.timeline_scene.bar_items[1].scenePos().x() == scale.date_to_x(D(2026, 3, 16))


def test_dragging_the_right_edge_resizes_the_end(qtbot, view, recorder):
    edge = bar_point(view, 1, 1.0) - QPoint(2, 0)
    qtbot.mouseMove(view.viewport(), pos=edge)
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    drag(qtbot, view, edge, edge + QPoint(28, 0))
    # End 26 April + 7 days = 3 May, the Sunday before a week boundary.
    assert recorder.calls == [("resize_requested", 1, D(2026, 3, 2), D(2026, 5, 3))]


def test_dragging_the_left_edge_resizes_the_start_and_never_past_the_end(qtbot, view, recorder):
    edge = bar_point(view, 1, 0.0) + QPoint(2, 0)
    drag(qtbot, view, edge, edge - QPoint(28, 0))
    drag(qtbot, view, edge, edge + QPoint(2000, 0))
    assert recorder.calls == [
        ("resize_requested", 1, D(2026, 2, 23), D(2026, 4, 26)),
        ("resize_requested", 1, D(2026, 4, 20), D(2026, 4, 26)),  # the end's week at least
    ]


def test_dragging_across_empty_time_creates_whole_weeks_in_that_lane(qtbot, view, recorder):
    box = view.timeline_scene.lane_box("themes")
    y = view.mapFromScene(0, box.y + box.height / 2).y()
    start, end = QPoint(date_x(view, D(2026, 2, 19)), y), QPoint(date_x(view, D(2026, 2, 4)), y)
    drag(qtbot, view, start, end)  # right to left works too
    assert recorder.calls == [("create_requested", "themes", D(2026, 2, 2), D(2026, 2, 22))]


def test_escape_cancels_a_drag(qtbot, view, recorder):
    item = view.timeline_scene.bar_items[1]
    x_before = item.scenePos().x()
    start = bar_point(view, 1)
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(80, 0))
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert item.scenePos().x() == x_before
    qtbot.mouseMove(viewport, pos=start + QPoint(120, 0))
    qtbot.mouseRelease(viewport, LEFT, pos=start + QPoint(120, 0))
    assert recorder.calls == []
    assert item.scenePos().x() == x_before


def test_a_click_or_a_drag_back_to_the_start_emits_nothing_but_selects(qtbot, view, recorder):
    point = bar_point(view, 2)
    with qtbot.waitSignal(view.current_changed) as selected:
        qtbot.mouseClick(view.viewport(), LEFT, pos=point)
    assert selected.args == [2]
    drag(qtbot, view, point, point + QPoint(60, 0), steps=2)
    recorder.calls.clear()
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=point)
    qtbot.mouseMove(viewport, pos=point + QPoint(60, 0))
    qtbot.mouseMove(viewport, pos=point + QPoint(1, 0))
    qtbot.mouseRelease(viewport, LEFT, pos=point + QPoint(1, 0))
    assert recorder.calls == []
    with qtbot.waitSignal(view.current_changed) as cleared:
        qtbot.mouseClick(viewport, LEFT, pos=QPoint(5, viewport.height() - 5))
    assert cleared.args == [None]


def test_moving_to_another_lane_only_when_the_page_allows_it(qtbot, view, recorder):
    start = bar_point(view, 1)
    box = view.timeline_scene.lane_box("themes")
    below = QPoint(start.x() + 56, view.mapFromScene(0, box.y + 8).y())
    drag(qtbot, view, start, below)
    view.set_lane_changes_allowed(True)
    drag(qtbot, view, start, below)
    assert recorder.named("move_requested") == [
        (1, "growth", D(2026, 3, 16), D(2026, 5, 10)),
        (1, "themes", D(2026, 3, 16), D(2026, 5, 10)),
    ]


def test_a_milestone_only_moves(qtbot, view, recorder):
    point = bar_point(view, 4)
    drag(qtbot, view, point, point + QPoint(28, 0))
    assert recorder.calls == [("move_requested", 4, "brand", D(2026, 4, 20), D(2026, 4, 20))]


def test_double_click_edits_and_a_read_only_view_does_not_drag(qtbot, view, recorder):
    qtbot.mouseDClick(view.viewport(), LEFT, pos=bar_point(view, 3))
    view.set_editable(False)
    start = bar_point(view, 1)
    drag(qtbot, view, start, start + QPoint(56, 0))
    assert recorder.calls == [("edit_requested", 3)]


def test_where_two_bars_touch_the_edge_belongs_to_the_bar_under_the_pointer(qtbot, view, recorder):
    from stratdesk.ui.widgets.timeline import Bar, Lane

    view.set_lanes([Lane("pair", "Two in a row")])
    view.set_bars(
        [
            Bar(20, "pair", D(2026, 3, 2), D(2026, 3, 8), "First"),
            Bar(21, "pair", D(2026, 3, 9), D(2026, 3, 15), "Second"),
        ]
    )
    assert view.timeline_scene.bar_items[20].row == view.timeline_scene.bar_items[21].row
    edge = bar_point(view, 20, 1.0) - QPoint(1, 0)
    drag(qtbot, view, edge, edge + QPoint(28, 0))
    edge = bar_point(view, 21, 0.0) + QPoint(1, 0)
    drag(qtbot, view, edge, edge - QPoint(28, 0))
    assert recorder.calls == [
        ("resize_requested", 20, D(2026, 3, 2), D(2026, 3, 15)),
        ("resize_requested", 21, D(2026, 3, 2), D(2026, 3, 15)),
    ]
