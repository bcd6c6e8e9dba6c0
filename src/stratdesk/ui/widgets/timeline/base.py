"""The view's frame: its signals, headers, zoom, scrolling and selection.

`TimelineView` (view.py) adds the data it shows and the mouse and keyboard on top.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Hashable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from stratdesk.domain.timeline import ZOOM_ORDER, TimeScale, Unit, Zoom, spec, zoomed
from stratdesk.ui.widgets.timeline.headers import Corner, LaneHeader, TimeHeader
from stratdesk.ui.widgets.timeline.scene import TimelineScene
from stratdesk.ui.widgets.timeline.style import Style

ROADMAP_ZOOMS = (Zoom.YEAR, Zoom.QUARTER, Zoom.MONTH)


class TimelineBase(QGraphicsView):
    create_requested = Signal(object, object, object)  # lane key, start, end
    move_requested = Signal(object, object, object, object)  # bar id, lane key, start, end
    resize_requested = Signal(object, object, object)  # bar id, start, end
    edit_requested = Signal(object)  # bar id
    delete_requested = Signal(object)  # bar id
    current_changed = Signal(object)  # bar id or None
    zoom_changed = Signal(object)  # Zoom
    lane_activated = Signal(object)  # lane key (double-click on its title)
    context_menu_requested = Signal(object, object, object, QPoint)  # bar id, lane, day, pos

    def __init__(
        self, parent: QWidget | None, zoom: Zoom, levels: Sequence[Zoom] = ROADMAP_ZOOMS
    ) -> None:
        super().__init__(parent)
        self._levels = tuple(z for z in ZOOM_ORDER if z in levels)
        zoom = zoomed(zoom, 0, self._levels)
        self._style = Style(self.font(), self.palette())
        self._lane_width: float | None = None
        self._fit_days: int | None = None
        year = dt.date.today().year
        scale = self._scale_for(dt.date(year, 1, 1), dt.date(year, 12, 31), zoom)
        self.timeline_scene = TimelineScene(self._style, scale, zoom, self)
        self.setScene(self.timeline_scene)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
        self._current: Hashable | None = None
        self.time_header = TimeHeader(self)
        self.lane_header = LaneHeader(self)
        self.corner = Corner(self)
        self.lane_header.lane_activated.connect(self.lane_activated)
        self.timeline_scene.layout_changed.connect(self._layout_changed)
        self._apply_margins()

    # --- zoom ----------------------------------------------------------------------------
    def zoom(self) -> Zoom:
        return self.timeline_scene.zoom

    def zoom_levels(self) -> tuple[Zoom, ...]:
        return self._levels

    def set_zoom_levels(self, levels: Sequence[Zoom]) -> None:
        """The zooms offered (the roadmap: year, quarter, month; the calendar adds week)."""
        self._levels = tuple(z for z in ZOOM_ORDER if z in levels)
        self.set_zoom(zoomed(self.zoom(), 0, self._levels))

    def set_zoom(self, zoom: Zoom, anchor_x: float | None = None) -> None:
        """Change the day width, keeping the date at the viewport's centre (or at `anchor_x`,
        a viewport x) where it was."""
        zoom = zoomed(zoom, 0, self._levels)
        if zoom == self.zoom():
            return
        old = self.timeline_scene.scale
        anchor = self.viewport().width() / 2 if anchor_x is None else anchor_x
        days = (self.scene_left() + anchor) / old.day_width
        self._rescale(self._scale_for(old.start, old.end, zoom), zoom)
        self.horizontalScrollBar().setValue(round(days * self.day_width() - anchor))
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(zoomed(self.zoom(), 1, self._levels))

    def zoom_out(self) -> None:
        self.set_zoom(zoomed(self.zoom(), -1, self._levels))

    def day_width(self) -> float:
        return self.timeline_scene.scale.day_width

    def set_fit_days(self, days: int | None) -> None:
        """Size the days so that `days` of them fill the viewport (a calendar's quarter or
        year at a glance), whatever the zoom's own day width; None: the zoom's width."""
        self._fit_days = days
        old = self.timeline_scene.scale
        self._rescale(self._scale_for(old.start, old.end, self.zoom()), self.zoom())

    def set_snap_unit(self, unit: Unit | None) -> None:
        """Snap drags and keyboard steps to `unit` (e.g. days) instead of the zoom's unit."""
        self.timeline_scene.snap_override = unit

    def _scale_for(self, start: dt.date, end: dt.date, zoom: Zoom) -> TimeScale:
        """The zoom's scale, its days widened when the font is too large for the day labels
        and stretched when the whole horizon is narrower than the viewport."""
        width = spec(zoom).px_per_day
        if spec(zoom).minor == Unit.DAY:
            sample = "00" if zoom == Zoom.MONTH else "Wed 00"
            needed = self._style.font_metrics.horizontalAdvance(sample) + 8
            width = max(width, float(math.ceil(needed)))  # whole pixels keep grid lines sharp
        days = (end - start).days + 1
        room = max(self.viewport().width() - 1, 1)
        if self._fit_days:
            # Exactly that many days in view (narrower than the zoom's day if need be).
            return TimeScale(start, end, room / min(days, self._fit_days))
        # One pixel short of the viewport, or the horizontal scroll bar would show.
        return TimeScale(start, end, max(width, room / days))

    def _rescale(self, scale: TimeScale, zoom: Zoom) -> None:
        self.timeline_scene.set_scale(scale, zoom)
        self._scrolled()

    # --- scrolling -----------------------------------------------------------------------
    def scroll_to_date(self, day: dt.date) -> None:
        """Centre `day` horizontally (clamped to the horizon)."""
        scale = self.timeline_scene.scale
        x = scale.date_to_x(scale.clamp(day)) + scale.day_width / 2
        self.horizontalScrollBar().setValue(round(x - self.viewport().width() / 2))

    def scroll_to_today(self) -> None:
        self.scroll_to_date(self.timeline_scene.today)

    def show_from(self, day: dt.date) -> None:
        """Scroll so that `day` (clamped to the horizon) is at the viewport's left edge."""
        scale = self.timeline_scene.scale
        # Up, not to the nearest: with fractional day widths, rounding down shows the day before.
        self.horizontalScrollBar().setValue(math.ceil(scale.date_to_x(scale.clamp(day)) - 1e-6))

    def scroll_by(self, dx: float) -> None:
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(dx))

    def scene_left(self) -> float:
        """The scene x at the viewport's left edge."""
        return self.mapToScene(QPoint(0, 0)).x()

    def scene_top(self) -> float:
        return self.mapToScene(QPoint(0, 0)).y()

    def visible_dates(self) -> tuple[dt.date, dt.date]:
        """The first and last day (partly) in view."""
        scale = self.timeline_scene.scale
        left = self.scene_left()
        return scale.x_to_date(left), scale.x_to_date(left + self.viewport().width() - 1)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self.time_header.update()
            self._scrolled()
        if dy:
            self.lane_header.update()

    def _scrolled(self) -> None:
        """Bars cut by the left edge (before or after the scroll) redraw their titles."""
        scene = self.timeline_scene
        old, new = scene.visible_left, self.scene_left()
        scene.visible_left = new
        top, height = self.scene_top(), float(self.viewport().height())
        for x in {old, new}:
            for item in scene.items(QRectF(x, top, 1, height)):
                item.update()

    # --- selection -----------------------------------------------------------------------
    def current_bar(self) -> Hashable | None:
        return self._current

    def select_bar(self, bar_id: Hashable | None) -> None:
        """Make `bar_id` current and scroll it into view (None clears the selection)."""
        self._set_current(bar_id)
        item = self.timeline_scene.bar_items.get(bar_id)
        if item is not None and item.scene() is not None:
            self.ensureVisible(self.timeline_scene.bar_scene_rect(item), 48, 24)

    def select_neighbour(self, step: int) -> bool:
        """Select the next (step 1) or previous (step -1) bar in reading order."""
        order = self.timeline_scene.ordered_ids()
        if not order:
            return False
        if self._current not in order:
            self.select_bar(order[0] if step > 0 else order[-1])
            return True
        index = order.index(self._current) + step
        if not 0 <= index < len(order):
            return False
        self.select_bar(order[index])
        return True

    def _set_current(self, bar_id: Hashable | None) -> None:
        items = self.timeline_scene.bar_items
        if bar_id not in items or items[bar_id].scene() is None:
            bar_id = None
        if bar_id == self._current:
            return
        if self._current in items:
            items[self._current].set_selected(False)
        self._current = bar_id
        if bar_id is not None:
            items[bar_id].set_selected(True)
        self.current_changed.emit(bar_id)

    # --- headers and look ------------------------------------------------------------------
    def set_lane_header_width(self, width: float | None) -> None:
        """The lane titles' column width in px (None: from the font)."""
        self._lane_width = width
        self._apply_margins()

    def lane_header_width(self) -> float:
        return self._lane_width or self._style.metrics.lane_header_width

    def _apply_margins(self) -> None:
        header = round(2 * self._style.metrics.header_line)
        self.setViewportMargins(round(self.lane_header_width()), header, 0, 0)
        self._place_headers()

    def _place_headers(self) -> None:
        lane_width = round(self.lane_header_width())
        header = round(2 * self._style.metrics.header_line)
        area = self.viewport().geometry()
        self.time_header.setGeometry(area.left(), area.top() - header, area.width(), header)
        self.lane_header.setGeometry(
            area.left() - lane_width, area.top(), lane_width, area.height()
        )
        self.corner.setGeometry(area.left() - lane_width, area.top() - header, lane_width, header)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_headers()
        old = self.timeline_scene.scale
        fitted = self._scale_for(old.start, old.end, self.zoom())
        if fitted.day_width != old.day_width:  # a short horizon fills the new width
            self._rescale(fitted, self.zoom())
        self._scrolled()

    def _layout_changed(self) -> None:
        self.time_header.update()
        self.lane_header.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(QCoreApplication.translate("TimelineView", "Timeline"))
            self._layout_changed()  # month and quarter names in the new language
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._style.apply(self.font(), self.palette())
            scene = self.timeline_scene
            scene.scale = self._scale_for(scene.scale.start, scene.scale.end, scene.zoom)
            scene.restyle()
            self._apply_margins()
            self.viewport().update()
            self._layout_changed()
            self.corner.update()
