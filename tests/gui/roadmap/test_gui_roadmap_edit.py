"""The roadmap page: drags and keys become one undo step each, only the bar changed redraws,
bad dates are refused with a message and nothing written, drags stay within the plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from stratdesk.domain.roadmap import objective_lane, theme_lane
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.strategy.roadmap import RoadmapView
from stratdesk.ui.widgets.timeline import Zoom

from .conftest import Plan, bar_point, date_x, drag, lane_y

D = dt.date


def _stored(page: RoadmapView, item_id: int):
    return page.document.services.roadmap.get(item_id)


def test_lanes_are_the_objectives_then_the_themes_with_bars_and_a_milestone(
    page: RoadmapView, plan: Plan
) -> None:
    scene = page.view.timeline_scene
    assert [lane.key for lane in scene.lanes] == [
        objective_lane(plan.grow),
        objective_lane(plan.keep),
        theme_lane(plan.brand),
    ]
    assert [lane.title for lane in scene.lanes] == [
        "Grow the online shop",
        "Keep subscribers",
        "Brand",
    ]
    assert page.view.bar(plan.stories).lane == theme_lane(plan.brand)
    assert page.view.bar(plan.event).milestone
    assert page.view.horizon() == (D(2026, 1, 1), D(2028, 12, 31))
    assert scene.today == D(2026, 3, 18)
    assert not page.empty_hint.isVisible()


def test_drag_to_move_then_undo(
    qtbot: QtBot, plan_window: MainWindow, page: RoadmapView, plan: Plan
) -> None:
    refreshed: list[int] = []
    page.refresh = lambda: refreshed.append(1)  # type: ignore[method-assign]
    passes = page.view.timeline_scene.layout_passes
    start = bar_point(page.view, plan.launch)
    drag(qtbot, page.view, start, start + QPoint(56, 0))  # 14 days: two weeks later
    moved = _stored(page, plan.launch)
    assert (moved.start, moved.end) == (D(2026, 3, 16), D(2026, 5, 10))
    assert page.view.bar(plan.launch).start == D(2026, 3, 16)  # the bar followed
    assert refreshed == []  # only that bar: no reload of the board
    assert page.view.timeline_scene.layout_passes - passes == 1  # one lane restacked
    assert page.document.stack.count() == 1
    assert plan_window.actions.undo.text() == "Undo Move initiative"
    plan_window.actions.undo.trigger()
    back = _stored(page, plan.launch)
    assert (back.start, back.end) == (D(2026, 3, 2), D(2026, 4, 26))
    assert page.view.bar(plan.launch).start == D(2026, 3, 2)


def test_drag_an_end_to_resize_then_undo_each_drag_its_own_step(
    qtbot: QtBot, page: RoadmapView, plan: Plan
) -> None:
    stack = page.document.stack
    edge = bar_point(page.view, plan.launch, 1.0) - QPoint(2, 0)
    drag(qtbot, page.view, edge, edge + QPoint(28, 0))  # a week more
    assert _stored(page, plan.launch).end == D(2026, 5, 3)
    edge = bar_point(page.view, plan.launch, 0.0) + QPoint(2, 0)
    drag(qtbot, page.view, edge, edge - QPoint(28, 0))  # starts a week earlier
    assert _stored(page, plan.launch).start == D(2026, 2, 23)
    assert stack.count() == 2  # two drags in a row: two steps, never merged
    assert stack.undoText() == "Change initiative dates"
    stack.undo()
    item = _stored(page, plan.launch)
    assert (item.start, item.end) == (D(2026, 3, 2), D(2026, 5, 3))
    stack.undo()
    assert _stored(page, plan.launch).end == D(2026, 4, 26)


def test_drag_to_another_lane_moves_it_there(qtbot: QtBot, page: RoadmapView, plan: Plan) -> None:
    start = bar_point(page.view, plan.launch)
    drag(qtbot, page.view, start, QPoint(start.x(), lane_y(page.view, theme_lane(plan.brand))))
    moved = _stored(page, plan.launch)
    assert (moved.lane_id, moved.objective_id) == (plan.brand, plan.grow)  # it still serves it
    assert page.view.bar(plan.launch).lane == theme_lane(plan.brand)
    start = bar_point(page.view, plan.stories)
    drag(qtbot, page.view, start, QPoint(start.x(), lane_y(page.view, objective_lane(plan.grow))))
    moved = _stored(page, plan.stories)
    assert (moved.lane_id, moved.objective_id) == (None, plan.grow)
    page.document.stack.undo()
    page.document.stack.undo()
    assert _stored(page, plan.launch).lane_id is None
    assert page.view.bar(plan.launch).lane == objective_lane(plan.grow)


def test_create_by_drag_in_an_objective_lane_and_in_a_theme_lane(
    qtbot: QtBot, plan_window: MainWindow, page: RoadmapView, plan: Plan
) -> None:
    view, services = page.view, page.document.services
    y = lane_y(view, objective_lane(plan.grow))
    drag(
        qtbot, view, QPoint(date_x(view, D(2026, 6, 3)), y), QPoint(date_x(view, D(2026, 6, 24)), y)
    )
    created = [
        i for i in services.roadmap.list(page.document.plan_id) if i.title == "New initiative"
    ]
    assert len(created) == 1
    item = created[0]
    assert (item.start, item.end, item.objective_id, item.lane_id) == (
        D(2026, 6, 1),
        D(2026, 6, 28),
        plan.grow,
        None,
    )
    assert view.current_bar() == item.id and view.bar(item.id) is not None
    dialog = page.item_dialog
    assert dialog is not None and dialog.isVisible()  # named at once
    dialog.title_edit.setText("Summer sale")
    dialog.accept()
    assert _stored(page, item.id).title == "Summer sale"
    y = lane_y(view, theme_lane(plan.brand))
    drag(
        qtbot, view, QPoint(date_x(view, D(2026, 9, 2)), y), QPoint(date_x(view, D(2026, 9, 20)), y)
    )
    themed = _stored(page, view.current_bar())
    assert (themed.lane_id, themed.objective_id) == (plan.brand, None)
    assert page.item_dialog is not None
    page.item_dialog.reject()
    assert plan_window.actions.undo.text() == "Undo Add initiative"
    plan_window.actions.undo.trigger()
    assert view.bar(themed.id) is None
    assert page.document.stack.index() == 2  # created and renamed stay done


def test_a_drag_beyond_the_horizon_is_clamped(qtbot: QtBot, page: RoadmapView, plan: Plan) -> None:
    view = page.view
    view.set_zoom(Zoom.YEAR)
    view.scroll_to_date(D(2026, 1, 1))
    start = bar_point(view, plan.launch)
    drag(qtbot, view, start, start - QPoint(400, 0), steps=2)
    item = _stored(page, plan.launch)
    assert item.start == D(2026, 1, 1)  # the plan's first day, not before
    assert (item.end - item.start) == (D(2026, 4, 26) - D(2026, 3, 2))  # the same length


def test_the_zoom_levels(qtbot: QtBot, page: RoadmapView) -> None:
    view, toolbar = page.view, page.toolbar
    widths = {}
    for zoom in (Zoom.YEAR, Zoom.MONTH, Zoom.QUARTER):
        toolbar.zoom_actions[zoom].trigger()
        assert view.zoom() == zoom and toolbar.zoom_actions[zoom].isChecked()
        widths[zoom] = view.day_width()
    assert widths[Zoom.YEAR] < widths[Zoom.QUARTER] < widths[Zoom.MONTH]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == Zoom.YEAR and toolbar.zoom_actions[Zoom.YEAR].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == Zoom.YEAR  # the widest there is
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == Zoom.QUARTER


def test_keyboard_moves_resizes_edits_and_deletes(
    qtbot: QtBot, plan_window: MainWindow, page: RoadmapView, plan: Plan
) -> None:
    view, stack = page.view, page.document.stack
    view.setFocus()
    view.select_bar(plan.launch)
    qtbot.keyClick(view, Qt.Key.Key_Right)  # quarter zoom: a week
    item = _stored(page, plan.launch)
    assert (item.start, item.end) == (D(2026, 3, 9), D(2026, 5, 3))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert _stored(page, plan.launch).end == D(2026, 5, 10)
    view.set_zoom(Zoom.YEAR)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # year zoom: a month earlier, the same length
    item = _stored(page, plan.launch)
    assert item.start == D(2026, 2, 9) and view.current_bar() == plan.launch
    assert item.end - item.start == D(2026, 5, 10) - D(2026, 3, 9)
    assert stack.count() == 3  # one step per key
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = page.item_dialog
    assert dialog is not None and dialog.item.id == plan.launch
    dialog.reject()
    qtbot.waitUntil(lambda: page.item_dialog is None)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert view.bar(plan.launch) is None and stack.count() == 4
    plan_window.actions.undo.trigger()
    assert view.bar(plan.launch) is not None and _stored(page, plan.launch).start == D(2026, 2, 9)
    for _ in range(3):
        stack.undo()
    item = _stored(page, plan.launch)
    assert (item.start, item.end) == (D(2026, 3, 2), D(2026, 4, 26))


def test_the_dialog_refuses_bad_dates_and_writes_nothing(
    qtbot: QtBot, plan_window: MainWindow, page: RoadmapView, plan: Plan
) -> None:
    dialog = page.open_editor(plan.launch)
    assert dialog is not None
    dialog.end_edit.set_date(D(2026, 2, 1))  # before its start
    dialog.accept()
    assert dialog.isVisible()
    assert "end date comes before the start date" in dialog.error_label.text()
    dialog.end_edit.setText("31/13/2026")  # unreadable
    dialog.accept()
    assert dialog.isVisible() and "not a date" in dialog.error_label.text()
    dialog.end_edit.set_date(D(2026, 5, 31))
    dialog.start_edit.set_date(D(2025, 12, 1))  # before the plan
    dialog.accept()
    assert dialog.isVisible() and "outside the plan (2026–2028)" in dialog.error_label.text()
    assert _stored(page, plan.launch).start == D(2026, 3, 2)
    assert page.document.stack.count() == 0
    dialog.start_edit.set_date(D(2026, 3, 9))
    dialog.milestone_box.setChecked(True)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("done"))
    dialog.accept()
    assert not dialog.isVisible()
    item = _stored(page, plan.launch)
    assert (item.start, item.end, item.milestone, item.status) == (
        D(2026, 3, 9),
        D(2026, 3, 9),
        True,
        "done",
    )
    assert page.view.bar(plan.launch).milestone and page.view.bar(plan.launch).symbol == "✓"
    assert plan_window.actions.undo.text() == "Undo Edit initiative"
    plan_window.actions.undo.trigger()
    assert not _stored(page, plan.launch).milestone


def test_add_from_the_keyboard_in_the_current_lane(
    qtbot: QtBot, page: RoadmapView, plan: Plan
) -> None:
    view = page.view
    view.scroll_to_date(D(2026, 3, 18))
    view.setFocus()
    view.select_bar(plan.stories)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    made = _stored(page, view.current_bar())
    assert made.milestone and made.start == made.end == D(2026, 3, 18)  # today, in view
    assert (made.lane_id, made.title) == (plan.brand, "New milestone")
    assert page.item_dialog is not None
    page.item_dialog.reject()
