"""Keyboard: arrows move by the zoom's step, Shift resizes, Up/Down/Tab select, Enter, Delete."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stratdesk.ui.widgets.timeline import TimelineView, Zoom

from .conftest import TODAY, Recorder

D = dt.date
Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_arrows_move_the_current_bar_by_a_week_at_quarter_zoom(qtbot: QtBot, view, recorder):
    view.select_bar(1)
    qtbot.keyClick(view, Key.Key_Right)
    qtbot.keyClick(view, Key.Key_Left)
    assert recorder.calls == [
        ("move_requested", 1, "growth", D(2026, 3, 9), D(2026, 5, 3)),
        ("move_requested", 1, "growth", D(2026, 2, 23), D(2026, 4, 19)),
    ]


def test_arrows_move_by_a_month_at_year_zoom_and_a_day_at_month_zoom(qtbot, view, recorder):
    view.select_bar(2)
    view.set_zoom(Zoom.YEAR)
    qtbot.keyClick(view, Key.Key_Right)
    view.set_zoom(Zoom.MONTH)
    qtbot.keyClick(view, Key.Key_Right)
    assert recorder.named("move_requested") == [
        (2, "growth", D(2026, 5, 6), D(2026, 6, 30)),
        (2, "growth", D(2026, 4, 7), D(2026, 6, 1)),
    ]


def test_shift_arrows_resize_the_end(qtbot, view, recorder):
    view.select_bar(1)
    qtbot.keyClick(view, Key.Key_Right, SHIFT)
    qtbot.keyClick(view, Key.Key_Left, SHIFT)
    assert recorder.named("resize_requested") == [
        (1, D(2026, 3, 2), D(2026, 5, 3)),
        (1, D(2026, 3, 2), D(2026, 4, 19)),
    ]


def test_a_step_that_changes_nothing_emits_nothing(qtbot, view, recorder):
    view.select_bar(4)  # a milestone has no end to resize
    qtbot.keyClick(view, Key.Key_Right, SHIFT)
    view.set_horizon(D(2026, 1, 1), D(2026, 12, 31))
    view.update_bars([view.bar(5).__class__(9, "themes", D(2026, 12, 28), D(2026, 12, 31), "End")])
    view.select_bar(9)
    qtbot.keyClick(view, Key.Key_Right)  # already against the horizon's end
    assert recorder.calls == []


def test_up_down_and_tab_walk_the_bars_in_reading_order(qtbot, view):
    seen = []
    view.current_changed.connect(seen.append)
    view.setFocus()
    qtbot.keyClick(view, Key.Key_Down)
    qtbot.keyClick(view, Key.Key_Down)
    qtbot.keyClick(view, Key.Key_Tab)
    qtbot.keyClick(view, Key.Key_Up)
    qtbot.keyClick(view, Key.Key_Backtab)
    # growth: 1, 2; brand: 3 (2 Feb), 4 (15 Apr); themes: 5.
    assert seen == [1, 2, 3, 2, 1]


def test_enter_edits_and_delete_deletes_the_current_bar(qtbot, view, recorder: Recorder):
    view.select_bar(3)
    qtbot.keyClick(view, Key.Key_Return)
    qtbot.keyClick(view, Key.Key_Delete)
    view.set_editable(False)
    qtbot.keyClick(view, Key.Key_Delete)  # read-only: nothing
    qtbot.keyClick(view, Key.Key_Right)  # read-only: scrolls instead of moving
    assert recorder.calls == [("edit_requested", 3), ("delete_requested", 3)]


def test_t_goes_to_today_and_home_end_to_the_horizon(qtbot, view: TimelineView):
    view.set_zoom(Zoom.MONTH)
    qtbot.keyClick(view, Key.Key_End)
    assert view.visible_dates()[1] == D(2027, 12, 31)
    qtbot.keyClick(view, Key.Key_T)
    first, last = view.visible_dates()
    assert first < TODAY < last
    assert abs((TODAY - first).days - (last - TODAY).days) <= 1  # centred
    qtbot.keyClick(view, Key.Key_Home)
    assert view.visible_dates()[0] == D(2026, 1, 1)


def test_ctrl_plus_and_minus_zoom(qtbot, view):
    with qtbot.waitSignal(view.zoom_changed) as zoomed:
        qtbot.keyClick(view, Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert zoomed.args == [Zoom.MONTH]
    qtbot.keyClick(view, Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == Zoom.YEAR
