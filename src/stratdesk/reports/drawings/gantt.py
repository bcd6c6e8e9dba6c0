"""A Gantt chart that splits across pages: lanes down the left, time across, bars stacked
without overlap in each lane's rows (`domain.timeline.stack`).

The chart is one flowable; when it does not fit, it splits between rows, and every page it
runs onto repeats the time header and the name of the lane it continues ("(continued)").
Each bar says its title (inside, or after it when the bar is short: rows are stacked with the
room the title needs), its status by a symbol (✓ done, ✗ cancelled) and a milestone is a
diamond: nothing relies on colour. The roadmap and the campaign calendar both use it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Group, Line, Polygon, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from stratdesk.domain.timeline import TimeScale
from stratdesk.domain.timeline.stacking import Span, stack
from stratdesk.domain.timeline.units import Unit, days_in_month, unit_starts
from stratdesk.reports.drawings.common import GRID, box, hatch, lines_of
from stratdesk.reports.fonts import BOLD, REGULAR
from stratdesk.reports.markup import shorten, wrap_lines
from stratdesk.reports.theme import INK, MUTED, RULE, ZEBRA, mix

LANE_WIDTH = 118.0
HEADER = 28.0
ROW = 14.0
BAR = 10.0
LABEL_SIZE = 6.8
PAD = 3.0
NAME_SIZE = 7.0


@dataclass(frozen=True)
class Bar:
    title: str
    start: dt.date
    end: dt.date
    symbol: str = ""  # "✓", "✗"…
    milestone: bool = False
    cancelled: bool = False


@dataclass(frozen=True)
class Lane:
    name: str
    colour: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Labels:
    continued: str  # "(continued)"
    quarter: str  # "Q{quarter}"
    today: str
    more: str = "+{n}"  # "+{n} more": bars left out of a lane past `max_rows`


@dataclass(frozen=True)
class _Row:
    lane: int
    row: int
    first: bool  # the lane's first row
    last: bool  # the lane's last row
    bars: tuple[tuple[Bar, str, str], ...]  # (bar, its label, where: "in", "right", "left")


class Gantt(Flowable):
    """`lanes` over `start`..`end`; `month_name(day)` names a month in the header."""

    def __init__(
        self,
        lanes: Sequence[Lane],
        start: dt.date,
        end: dt.date,
        labels: Labels,
        month_name: object,
        today: dt.date | None = None,
        rows: list[_Row] | None = None,
        continued: bool = False,
        max_rows: int | None = None,
        hidden: dict[int, int] | None = None,
    ) -> None:
        super().__init__()
        self.max_rows = max_rows
        self.hidden: dict[int, int] = hidden if hidden is not None else {}
        self.lanes = list(lanes)
        self.start, self.end = start, end
        self.labels = labels
        self.month_name = month_name
        self.today = today
        self._rows = rows
        self.continued = continued
        self.width = 0.0

    # -- layout ----------------------------------------------------------------------------
    def _scale(self, width: float) -> TimeScale:
        days = (self.end - self.start).days + 1
        return TimeScale(self.start, self.end, (width - LANE_WIDTH) / days)

    def _layout(self, width: float) -> list[_Row]:
        if self._rows is not None:
            return self._rows
        scale = self._scale(width)
        rows: list[_Row] = []
        for index, lane in enumerate(self.lanes):
            spans, texts, sides = [], {}, {}
            for n, bar in enumerate(lane.bars):
                text = (f"{bar.symbol} " if bar.symbol else "") + shorten(bar.title, 60)
                texts[n] = text
                start = max(bar.start, self.start)
                end = min(max(bar.end, start), self.end)
                left, right = scale.span_x(start, end)
                label = stringWidth(text, REGULAR, LABEL_SIZE) + (14 if bar.milestone else 8)
                side = _side(left, right, label, scale.width, bar.milestone)
                sides[n] = side
                first_day, last_day = start, end
                if side == "right":
                    last_day = max(end, scale.x_to_date(right + label + 2, clamp=False))
                elif side == "left":
                    first_day = min(start, scale.x_to_date(left - label - 2, clamp=False))
                spans.append(Span(n, first_day, last_day))
            stacking = stack(spans)
            count = max(stacking.count, 1)
            if self.max_rows is not None and count > self.max_rows:
                count = self.max_rows
                self.hidden[index] = sum(1 for r in stacking.rows.values() if r >= count)
            by_row: dict[int, list[tuple[Bar, str, str]]] = {}
            for n, bar in enumerate(lane.bars):
                if stacking.rows[n] < count:
                    by_row.setdefault(stacking.rows[n], []).append((bar, texts[n], sides[n]))
            for row in range(count):
                rows.append(
                    _Row(index, row, row == 0, row == count - 1, tuple(by_row.get(row, ())))
                )
        self._rows = rows
        return rows

    def _height(self, rows: Sequence[_Row]) -> float:
        return HEADER + sum(self._row_height(rows, i) for i in range(len(rows)))

    def _lane_start(self, rows: Sequence[_Row], i: int) -> int:
        return next(j for j in range(i, -1, -1) if rows[j].first or j == 0)

    def _row_height(self, rows: Sequence[_Row], i: int) -> float:
        row = rows[i]
        height = ROW + (PAD if row.first else 0.0) + (PAD if row.last else 0.0)
        if row.last:
            # A lane is at least as tall as its (wrapped) name.
            first = self._lane_start(rows, i)
            lines = self._name_lines(row.lane, self.continued and first == 0)
            needed = lines * (NAME_SIZE + 2) + 2 * PAD
            height += max(0.0, needed - (i - first + 1) * ROW - 2 * PAD)
        return height

    def _lane_name(self, lane: int, continued: bool) -> str:
        name = self.lanes[lane].name
        return f"{name} {self.labels.continued}" if continued else name

    def _name_lines(self, lane: int, continued: bool) -> int:
        name = self._lane_name(lane, continued)
        lines = wrap_lines(name, BOLD, NAME_SIZE, LANE_WIDTH - 2 * PAD - 4, 4).count("\n") + 1
        return lines + (1 if lane in self.hidden else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self._height(self._layout(avail_width))

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """The rows that fit `avail_height` (under the header), and the rest: [] when not
        even one row fits (the chart then starts on the next page)."""
        self.width = avail_width
        rows = self._layout(avail_width)
        fit = 0
        for count in range(1, len(rows)):
            if self._height(_closed(rows[:count])) > avail_height:
                break
            fit = count
        if fit == 0:
            return []
        head, tail = _closed(rows[:fit]), _opened(rows[fit:])
        continues = tail[0].lane == head[-1].lane
        return [self._part(head, self.continued), self._part(tail, continues)]

    def _part(self, rows: list[_Row], continued: bool) -> Gantt:
        return Gantt(
            self.lanes,
            self.start,
            self.end,
            self.labels,
            self.month_name,
            self.today,
            rows,
            continued,
            self.max_rows,
            self.hidden,
        )

    # -- drawing ---------------------------------------------------------------------------
    def draw(self) -> None:
        rows = self._layout(self.width)
        height = self._height(rows)
        drawing = Drawing(self.width, height)
        scale = self._scale(self.width)
        self._header(drawing, scale, height)
        y = height - HEADER
        lane_top, lane_first = y, 0
        for i, row in enumerate(rows):
            if row.first or i == 0:
                lane_top, lane_first = y, i
            top_pad = PAD if row.first else 0.0
            bar_y = y - top_pad - ROW + (ROW - BAR) / 2
            for bar, label, side in row.bars:
                drawing.add(self._bar(scale, bar, label, side, bar_y, self.lanes[row.lane].colour))
            y -= self._row_height(rows, i)
            if row.last:
                continued = self.continued and lane_first == 0
                self._lane(drawing, row.lane, lane_top, y, continued)
        if self.today is not None and scale.contains(self.today):
            x = LANE_WIDTH + scale.today_x(self.today)  # type: ignore[operator]
            line = Line(x, 0, x, height - 2, strokeColor=INK, strokeWidth=0.7)
            line.strokeDashArray = [2, 2]
            drawing.add(line)
            label = self.labels.today
            label_width = stringWidth(label, BOLD, 6) + 4
            drawing.add(box(x + 1, height - 12, label_width, 9, fillColor=ZEBRA, strokeColor=None))
            drawing.add(String(x + 3, height - 10, label, fontName=BOLD, fontSize=6, fillColor=INK))
        renderPDF.draw(drawing, self.canv, 0, 0)

    def _header(self, drawing: Drawing, scale: TimeScale, height: float) -> None:
        top = height
        drawing.add(box(0, top - HEADER, self.width, HEADER, fillColor=ZEBRA, strokeColor=None))
        years = unit_starts(self.start, self.end, Unit.YEAR)
        fine_unit = Unit.MONTH if scale.day_width * 30 >= 14 else Unit.QUARTER
        for day in years:
            x = LANE_WIDTH + scale.date_to_x(max(day, self.start))
            drawing.add(Line(x, 0, x, top, strokeColor=RULE, strokeWidth=0.8))
            drawing.add(
                String(x + 3, top - 10, str(day.year), fontName=BOLD, fontSize=7.5, fillColor=INK)
            )
        for day in unit_starts(self.start, self.end, fine_unit):
            x = LANE_WIDTH + scale.date_to_x(max(day, self.start))
            if day.month != 1 or day == self.start:
                drawing.add(Line(x, 0, x, top - 13, strokeColor=GRID, strokeWidth=0.4))
            if fine_unit == Unit.MONTH:
                text = str(self.month_name(day))  # type: ignore[operator]
            else:
                text = self.labels.quarter.format(quarter=(day.month - 1) // 3 + 1)
            width = scale.day_width * (
                days_in_month(day.year, day.month) if fine_unit == Unit.MONTH else 90
            )
            if stringWidth(text, REGULAR, 6) + 2 <= width:
                drawing.add(
                    String(x + 2, top - 23, text, fontName=REGULAR, fontSize=6, fillColor=MUTED)
                )
        drawing.add(
            Line(0, top - HEADER, self.width, top - HEADER, strokeColor=INK, strokeWidth=0.6)
        )

    def _lane(
        self, drawing: Drawing, lane: int, top: float, bottom: float, continued: bool
    ) -> None:
        colour = colors.HexColor(self.lanes[lane].colour)
        drawing.add(box(0, bottom, 3, top - bottom, fillColor=colour, strokeColor=None))
        name = self._lane_name(lane, continued)
        group = Group()
        below = lines_of(
            group,
            name,
            6,
            top - PAD - NAME_SIZE,
            LANE_WIDTH - 2 * PAD - 4,
            size=NAME_SIZE,
            bold=True,
            max_lines=4,
            leading=NAME_SIZE + 2,
        )
        if lane in self.hidden:
            more = self.labels.more.format(n=self.hidden[lane])
            group.add(
                String(6, below, more, fontName=REGULAR, fontSize=NAME_SIZE - 0.5, fillColor=MUTED)
            )
        drawing.add(group)
        drawing.add(Line(0, bottom, self.width, bottom, strokeColor=RULE, strokeWidth=0.5))

    def _bar(
        self, scale: TimeScale, bar: Bar, label: str, side: str, y: float, colour_hex: str
    ) -> Group:
        group = Group()
        colour = colors.HexColor(colour_hex)
        start = max(bar.start, self.start)
        end = min(max(bar.end, start), self.end)
        left, right = scale.span_x(start, end)
        left += LANE_WIDTH
        right += LANE_WIDTH
        if bar.milestone:
            cx, cy, r = (left + right) / 2, y + BAR / 2, BAR / 2 + 1
            group.add(
                Polygon(
                    [cx, cy + r, cx + r, cy, cx, cy - r, cx - r, cy],
                    fillColor=colour,
                    strokeColor=INK,
                    strokeWidth=0.6,
                )
            )
            left, right = cx - r, cx + r
        else:
            width = max(right - left, 1.5)
            fill = colors.white if bar.cancelled else mix(colour, colors.white, 0.55)
            rect = box(left, y, width, BAR, fillColor=fill, strokeColor=colour, strokeWidth=0.8)
            if bar.cancelled:
                rect.strokeDashArray = [2, 1.5]
            group.add(rect)
            if bar.cancelled:
                hatch(
                    group,
                    left,
                    y,
                    width,
                    BAR,
                    spacing=3,
                    colour=mix(colour, colors.white, 0.4),
                    stroke=0.4,
                )
        text: dict[str, Any] = {"fontName": REGULAR, "fontSize": LABEL_SIZE, "fillColor": INK}
        if side == "in":
            group.add(String(left + 3, y + 2.8, label, **text))
        elif side == "right":
            group.add(String(right + 3, y + 2.8, label, **text))
        else:
            group.add(String(left - 3, y + 2.8, label, textAnchor="end", **text))
        return group


def _side(left: float, right: float, label: float, width: float, milestone: bool) -> str:
    """Where a bar's title goes: inside when it fits, else after it, else before it (at the
    right edge of the chart)."""
    if not milestone and right - left >= label:
        return "in"
    if right + label <= width or left - label < 0:
        return "right"
    return "left"


def _closed(rows: Sequence[_Row]) -> list[_Row]:
    """`rows` ending a page: the last one closes its lane there."""
    found = list(rows)
    last = found[-1]
    found[-1] = _Row(last.lane, last.row, last.first, True, last.bars)
    return found


def _opened(rows: Sequence[_Row]) -> list[_Row]:
    """`rows` starting a page: the first one opens its lane (name, padding) there."""
    found = list(rows)
    first = found[0]
    found[0] = _Row(first.lane, first.row, True, first.last, first.bars)
    return found
