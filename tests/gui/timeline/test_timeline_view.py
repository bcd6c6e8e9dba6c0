"""Zoom, scrolling, headers that stay put, local updates, tooltips and palettes."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette, QWheelEvent
from PySide6.QtWidgets import QApplication

from stratdesk.ui.widgets.timeline import Bar, TimelineView, Zoom
from stratdesk.ui.widgets.timeline.tooltips import bar_tooltip

from .conftest import BARS, LANES

D = dt.date


def centre_date(view: TimelineView) -> dt.date:
    scale = view.timeline_scene.scale
    return scale.x_to_date(view.scene_left() + view.viewport().width() / 2)


def test_zooming_changes_the_day_width_and_keeps_the_centre(qtbot, view):
    view.set_horizon(D(2026, 1, 1), D(2035, 12, 31))  # wider than the window at every zoom
    view.scroll_to_date(D(2029, 9, 14))
    assert centre_date(view) == D(2029, 9, 14)
    widths = {}
    for zoom in (Zoom.MONTH, Zoom.YEAR, Zoom.QUARTER):
        view.set_zoom(zoom)
        widths[zoom] = view.day_width()
        assert abs((centre_date(view) - D(2029, 9, 14)).days) <= 1
    assert widths[Zoom.YEAR] < widths[Zoom.QUARTER] < widths[Zoom.MONTH]
    scale = view.timeline_scene.scale
    item = view.timeline_scene.bar_items[3]
    assert item.scenePos().x() == scale.date_to_x(D(2026, 2, 2))
    assert item.width == (D(2026, 6, 28) - D(2026, 2, 2)).days * scale.day_width + scale.day_width


def test_ctrl_wheel_zooms_around_the_pointer(qtbot, view):
    view.scroll_to_date(D(2026, 6, 1))
    point = QPointF(200, 100)
    scale = view.timeline_scene.scale
    under = scale.x_to_date(view.scene_left() + point.x())
    event = QWheelEvent(
        point,
        QPointF(view.viewport().mapToGlobal(point.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == Zoom.MONTH
    scale = view.timeline_scene.scale
    assert abs((scale.x_to_date(view.scene_left() + point.x()) - under).days) <= 1


def test_headers_stay_put_while_the_view_scrolls(qtbot, view):
    header, lanes = view.time_header.geometry(), view.lane_header.geometry()
    left = view.scene_left()
    view.scroll_by(400)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.scene_left() == left + 400
    assert (view.time_header.geometry(), view.lane_header.geometry()) == (header, lanes)
    assert view.time_header.geometry().bottom() < view.viewport().geometry().top()
    assert view.lane_header.geometry().right() < view.viewport().geometry().left()


def test_updating_one_bar_touches_only_its_lane(qtbot, view):
    scene = view.timeline_scene
    items = dict(scene.bar_items)
    places = {bar_id: item.scenePos() for bar_id, item in items.items()}
    passes = scene.layout_passes
    moved = dataclasses.replace(view.bar(3), end=D(2026, 6, 20), title="Podcast, short")
    view.update_bars([moved])
    assert scene.layout_passes == passes + 1  # one lane restacked, not three
    assert scene.bar_items == items  # the same items: nothing was rebuilt
    assert all(items[n].scenePos() == places[n] for n in (1, 2, 4, 5))
    assert items[3].width == (D(2026, 6, 20) - D(2026, 2, 2)).days * 4 + 4
    assert items[3].bar.title == "Podcast, short"
    # A refresh with the same bars changes nothing at all.
    view.set_bars([moved if bar.id == 3 else bar for bar in BARS])
    assert scene.layout_passes == passes + 1


def test_bars_can_be_added_removed_and_moved_across_lanes(qtbot, view):
    scene = view.timeline_scene
    view.select_bar(2)
    with qtbot.waitSignal(view.current_changed) as cleared:
        view.remove_bars([2])
    assert cleared.args == [None]
    view.update_bars([Bar(7, "themes", D(2026, 5, 10), D(2026, 6, 1), "Overlaps 5")])
    assert scene.bar_items[7].row == 1  # stacked under bar 5
    growth = scene.lane_box("growth")
    view.update_bars([dataclasses.replace(view.bar(1), lane="themes")])
    assert scene.bar_items[1].parentItem().pos().y() == scene.lane_box("themes").y
    assert scene.lane_box("growth").height <= growth.height
    assert set(scene.ordered_ids()) == {1, 3, 4, 5, 7}


def test_a_lane_that_grows_pushes_the_lanes_under_it(qtbot, view):
    scene = view.timeline_scene
    brand_y = scene.lane_box("brand").y
    extra = [Bar(10 + n, "growth", D(2026, 3, 1), D(2026, 3, 20), f"Overlap {n}") for n in range(4)]
    view.update_bars(extra)
    assert scene.lane_box("brand").y > brand_y
    assert scene.bar_items[3].scenePos().y() > brand_y
    assert view.lane_header.height() > 0


def test_select_bar_scrolls_it_into_view(qtbot, view):
    view.scroll_to_date(D(2027, 10, 1))
    view.select_bar(1)
    first, last = view.visible_dates()
    assert first <= D(2026, 3, 2) <= last
    assert view.current_bar() == 1


def test_tooltip_shows_the_title_as_plain_text_with_dates_and_status(qtbot):
    text = bar_tooltip(BARS[4], LANES[2])
    assert "Loyalty card &lt;b&gt;v2&lt;/b&gt;" in text
    assert "Free theme: loyalty" in text
    assert "4 May 2026 – 26 Jul 2026 (84 day" in text
    planned = bar_tooltip(BARS[1], LANES[0])
    assert "Planned" in planned
    assert "Milestone" in bar_tooltip(BARS[3], None)


def test_the_view_follows_a_dark_palette(qtbot, view):
    palette = QPalette(view.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2d30"))
    view.setPalette(palette)
    colours = view.timeline_scene.timeline_style.colours
    assert colours.base == QColor("#1e1f22")
    assert colours.header == QColor("#2b2d30")
    assert colours.text == QColor("#e8e8e8")


def test_a_larger_font_gives_taller_rows_and_wider_days(qtbot, view):
    row = view.timeline_scene.timeline_style.metrics.row_height
    view.set_zoom(Zoom.MONTH)
    day = view.day_width()
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    assert view.timeline_scene.timeline_style.metrics.row_height > row
    assert view.day_width() > day
