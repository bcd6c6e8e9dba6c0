"""The month grid's data, geometry and painting (the mouse and keys are in `month_view`).

Six week rows of seven days (Monday first), laid out by `domain.timeline.month_layout`: a
campaign crossing weeks is cut into one segment per week, stacked without overlap. A week with
more rows than fit shows one less and a "+n more" line per crowded day
(`domain.campaign_calendar.month_overflow`). Today's cell is highlighted; days of the
neighbouring months are drawn softer and days outside the plan's years are hatched.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from stratdesk.domain.campaign_calendar import Overflow, month_overflow
from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.timeline import MonthLayout, Segment, Span, month_layout, month_weeks
from stratdesk.i18n.formatting import day_names
from stratdesk.ui.language import ui_language
from stratdesk.ui.style import contrast_line, sized_font
from stratdesk.ui.widgets.timeline.style import text_on

NEW = "new"  # the key of the interval a drag across empty days is drawing
EDGE = 6.0  # px at each end of a bar where a press resizes instead of moving


# Bars a week shows before "+n more" takes over, when the page has the room (it scrolls).
ROWS_WANTED = 5
ROWS_MIN = 2


@dataclass(frozen=True)
class Preview:
    """Dates shown for one key while a drag lasts (a campaign id, or NEW)."""

    key: Hashable
    start: dt.date
    end: dt.date


class MonthGrid(QWidget):
    """Shows one month of campaigns; `MonthGridView` adds what the person does with them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(sized_font(self, 11))
        # No fixed minimum size: it would override `minimumSizeHint`, which grows with the rows.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        today = dt.date.today()
        self.year, self.month = today.year, today.month
        self.today = today
        self.horizon = (dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
        self.campaigns: dict[int, Any] = {}
        self.current: int | None = None
        self.preview: Preview | None = None
        self.describe: Callable[[Any], str] = lambda campaign: campaign.name
        self._layout: MonthLayout | None = None
        self._overflow: Overflow | None = None
        self._spans: list[Span] | None = None

    # --- data ------------------------------------------------------------------------------
    def set_month(self, year: int, month: int) -> None:
        if (year, month) != (self.year, self.month):
            self.year, self.month = year, month
            self.relayout()

    def set_horizon(self, first: dt.date, last: dt.date) -> None:
        """The plan's first and last day: nothing is created or moved outside them."""
        self.horizon = (first, last)
        self.update()

    def set_today(self, day: dt.date) -> None:
        self.today = day
        self.update()

    def set_campaigns(self, campaigns: Iterable[Any]) -> None:
        self.campaigns = {c.id: c for c in campaigns}
        if self.current not in self.campaigns:
            self.current = None
        self.relayout()

    def upsert(self, campaigns: Iterable[Any]) -> None:
        for campaign in campaigns:
            self.campaigns[campaign.id] = campaign
        self.relayout()

    def remove(self, ids: Iterable[int]) -> None:
        for item_id in ids:
            self.campaigns.pop(item_id, None)
        if self.current not in self.campaigns:
            self.current = None
        self.relayout()

    def relayout(self, *, data: bool = True) -> None:
        """Lay the month out again; `data=False` when only the drag's preview moved."""
        self._layout = None
        if data:
            self._spans = None
            self.updateGeometry()  # the rows the busiest week needs may have changed
        self.update()

    # --- layout ----------------------------------------------------------------------------
    def grid_layout(self) -> MonthLayout:
        if self._layout is None:
            spans = self._month_spans()
            if self.preview is not None:
                spans = [s for s in spans if s.key != self.preview.key]
                spans.append(Span(self.preview.key, self.preview.start, self.preview.end))
            self._layout = month_layout(self.year, self.month, spans)
            self._overflow = None
        return self._layout

    def _month_spans(self) -> list[Span]:
        """The campaigns the grid's weeks show, kept while only a drag's preview changes (a
        drag re-lays the month at every move; the plan may hold thousands of campaigns)."""
        if self._spans is None:
            weeks = month_weeks(self.year, self.month)
            first, last = weeks[0].monday, weeks[-1].monday + dt.timedelta(days=6)
            self._spans = [
                Span(c.id, c.start, c.end)
                for c in self.campaigns.values()
                if c.start <= last and c.end >= first
            ]
        return self._spans

    def overflow(self) -> Overflow:
        if self._overflow is None:
            # "+n more" sits on the day number's line: every row below it holds bars.
            self._overflow = month_overflow(self.grid_layout(), self.max_rows(), more_line=False)
        return self._overflow

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._overflow = None  # how many rows fit depends on the height
        super().resizeEvent(event)

    def line(self) -> float:
        return QFontMetricsF(self.font()).height()

    def header_height(self) -> float:
        return round(self.line() + 10)

    def number_height(self) -> float:
        return round(self.line() + 3)

    def row_height(self) -> float:
        return round(self.line() + 4)

    def weeks(self) -> int:
        return len(self.grid_layout().weeks)

    def week_height(self) -> float:
        return (self.height() - self.header_height()) / self.weeks()

    def column_width(self) -> float:
        return self.width() / 7

    def minimumSizeHint(self) -> QSize:
        """Room for the busiest week's bars, up to `ROWS_WANTED` (the rest go to "+n more"):
        on a laptop the month scrolls rather than hiding most campaigns behind "+n more"."""
        busiest = max(self.grid_layout().rows_per_week, default=0)
        rows = max(ROWS_MIN, min(busiest, ROWS_WANTED))
        week = self.number_height() + rows * self.row_height() + 4
        return QSize(7 * 40, round(self.header_height() + self.weeks() * week))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def max_rows(self) -> int:
        room = self.week_height() - self.number_height() - 2
        return max(1, math.floor(room / self.row_height()))

    def cell_rect(self, week: int, column: int) -> QRectF:
        width, height = self.column_width(), self.week_height()
        return QRectF(column * width, self.header_height() + week * height, width, height)

    def cell_at(self, point: QPointF) -> tuple[int, int]:
        """(week, column) under `point`, clamped to the grid."""
        column = math.floor(point.x() / self.column_width())
        week = math.floor((point.y() - self.header_height()) / self.week_height())
        return max(0, min(self.weeks() - 1, week)), max(0, min(6, column))

    def day_at(self, point: QPointF) -> dt.date:
        return self.grid_layout().day_at(*self.cell_at(point))

    def segment_rect(self, segment: Segment) -> QRectF:
        first = self.cell_rect(segment.week, segment.start_col)
        last = self.cell_rect(segment.week, segment.end_col)
        left = first.left() + (0 if segment.continues_left else 3)
        right = last.right() - (0 if segment.continues_right else 3)
        top = first.top() + self.number_height() + segment.row * self.row_height() + 1
        return QRectF(left, top, right - left, self.row_height() - 2)

    def more_rect(self, week: int, column: int) -> QRectF:
        """The "+n more" link: the left part of the day number's line."""
        cell = self.cell_rect(week, column)
        return QRectF(cell.left() + 4, cell.top() + 1, cell.width() * 0.7, self.number_height())

    def shown_segments(self) -> list[Segment]:
        shown = self.overflow().shown_rows
        return [s for s in self.grid_layout().segments if s.row < shown[s.week]]

    def segment_at(self, point: QPointF) -> Segment | None:
        for segment in self.shown_segments():
            if segment.key != NEW and self.segment_rect(segment).contains(point):
                return segment
        return None

    def more_at(self, point: QPointF) -> tuple[int, int] | None:
        """The (week, column) whose "+n more" line is under `point`, if any."""
        week, column = self.cell_at(point)
        if self.overflow().hidden.get((week, column)) and self.more_rect(week, column).contains(
            point
        ):
            return week, column
        return None

    def in_plan(self, day: dt.date) -> bool:
        return self.horizon[0] <= day <= self.horizon[1]

    # --- painting --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_header(painter, palette)
        layout = self.grid_layout()
        for week in layout.weeks:
            for column, day in enumerate(week.days):
                self._paint_cell(painter, palette, week.index, column, day)
        for segment in self.shown_segments():
            self._paint_segment(painter, segment)
        self._paint_more(painter, palette)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        names = day_names(ui_language(), "abbreviated")
        painter.fillRect(
            QRectF(0, 0, self.width(), self.header_height()),
            palette.color(QPalette.ColorRole.Window),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        for column in range(7):
            box = QRectF(column * self.column_width(), 0, self.column_width(), self.header_height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, names[column])

    def _paint_cell(
        self, painter: QPainter, palette: QPalette, week: int, column: int, day: dt.date
    ) -> None:
        cell = self.cell_rect(week, column)
        if column >= 5:
            painter.fillRect(cell, contrast_line(palette, 0.05))
        if not self.in_plan(day):
            painter.fillRect(cell, QColor(contrast_line(palette, 0.12)))
            painter.fillRect(cell, Qt.BrushStyle.BDiagPattern)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if day == self.today:
            tint = QColor(highlight)
            tint.setAlphaF(0.14)
            painter.fillRect(cell, tint)
        painter.setPen(QPen(contrast_line(palette, 0.22), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(cell)
        number = QRectF(cell.left() + 4, cell.top() + 1, cell.width() - 8, self.number_height())
        font = QFont(self.font())
        own_month = day.month == self.month
        font.setBold(own_month and day == self.today)
        painter.setFont(font)
        if day == self.today:
            side = self.number_height() - 4
            badge = QRectF(number.right() - side - 2, number.top() + 1, side + 4, side)
            painter.setBrush(highlight)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(badge, side / 2, side / 2)
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(day.day))
            return
        colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(colour if own_month else contrast_line(palette, 0.5))
        painter.drawText(number, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         str(day.day))  # fmt: skip

    def _paint_segment(self, painter: QPainter, segment: Segment) -> None:
        rect = self.segment_rect(segment)
        palette = self.palette()
        if segment.key == NEW:
            colour = palette.color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(colour, 1.5, Qt.PenStyle.DashLine))
            colour.setAlphaF(0.25)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 3, 3)
            return
        campaign = self.campaigns.get(segment.key)  # type: ignore[call-overload]
        if campaign is None:
            return
        colour = QColor(campaign.colour)
        muted = campaign.status == WorkStatus.CANCELLED
        fill = QColor(colour)
        if muted:
            fill.setAlphaF(0.3)
            painter.setPen(QPen(colour, 1.2, Qt.PenStyle.DashLine))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        if self.preview is not None and self.preview.key == segment.key:
            fill.setAlphaF(fill.alphaF() * 0.75)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        if segment.key == self.current:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 2))
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
        text = rect.adjusted(5, 0, -4, 0)
        title = ("◀ " if segment.continues_left else "") + " ".join(campaign.name.split())
        metrics = QFontMetricsF(self.font())
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, text.width())
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Text) if muted else text_on(colour))
        painter.drawText(text, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)

    def _paint_more(self, painter: QPainter, palette: QPalette) -> None:
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        metrics = QFontMetricsF(self.font())
        for (week, column), count in self.overflow().hidden.items():
            text = self.more_text(count)
            # Beside the day's number; a narrow cell gets the short form ("+4").
            room = self.column_width() - metrics.horizontalAdvance("00") - 14
            if metrics.horizontalAdvance(text) > room:
                text = f"+{count}"
            painter.drawText(
                self.more_rect(week, column),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )

    def more_text(self, count: int) -> str:
        if count == 1:
            return QCoreApplication.translate("MonthGrid", "+1 more")
        return QCoreApplication.translate("MonthGrid", "+{count} more").format(count=count)
