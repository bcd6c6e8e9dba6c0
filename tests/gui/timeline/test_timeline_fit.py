"""The calendar's additions to the timeline: a period fitted to the width, drags snapped to a
chosen unit, and a day scrolled to the left edge."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint

from stratdesk.domain.timeline import Unit

from .conftest import bar_point
from .test_timeline_drag import drag

D = dt.date


def test_fit_days_fills_the_width_with_that_many_days(view):
    room = view.viewport().width() - 1
    view.set_fit_days(91)
    assert abs(view.day_width() - room / 91) < 1e-9
    view.set_fit_days(366)  # narrower than the zoom's own day: a year at a glance
    assert abs(view.day_width() - room / 366) < 1e-9
    view.set_fit_days(None)
    assert view.day_width() == 4.0  # the quarter zoom's day again


def test_show_from_puts_the_day_at_the_left_edge(view):
    view.set_fit_days(91)
    view.show_from(D(2026, 4, 1))
    assert view.visible_dates()[0] == D(2026, 4, 1)


def test_a_snap_unit_of_days_lets_a_drag_land_on_any_day(qtbot, view, recorder):
    view.set_snap_unit(Unit.DAY)
    start = bar_point(view, 1)
    drag(qtbot, view, start, start + QPoint(12, 0))  # 3 days at 4 px a day
    assert recorder.calls == [("move_requested", 1, "growth", D(2026, 3, 5), D(2026, 4, 29))]
    view.set_snap_unit(None)
    drag(qtbot, view, start, start + QPoint(12, 0))  # weeks again: too short to move
    assert len(recorder.calls) == 1
