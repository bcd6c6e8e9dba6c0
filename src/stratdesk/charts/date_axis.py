"""The charts' date axis: month names in the reader's language, each name in the middle of the
span it names (as a calendar writes them), not on the instant the span starts.

pyqtgraph writes "Sept." on 1 September: a value of 31 August, drawn one day before, then
reads as September's. Here a tick (and its grid line) still marks where a day, a month or a
year starts, and its name moves to the middle of that span; the span cut by the left edge
gets its name too when its middle is in view.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QLocale, QRectF, Qt
from PySide6.QtGui import QPainter

DAY = 86400.0
# pyqtgraph's spacings of its year, month and day ticks (they pick the label's format).
_SPACINGS = {"year": 365 * DAY, "month": 30 * DAY, "day": DAY}
_EPOCH = dt.date(1970, 1, 1)
PARTLY_SHOWN = 0.4  # of a span cut by an end of the axis, to be named


def seconds_to_qdate(seconds: float) -> QDate:
    day = _EPOCH + dt.timedelta(days=math.floor(seconds / DAY))
    return QDate(day.year, day.month, day.day)


def next_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the year, month or day after the one starting on `day`."""
    if unit == "year":
        return dt.date(day.year + 1, 1, 1)
    if unit == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day + dt.timedelta(days=1)


def previous_start(day: dt.date, unit: str) -> dt.date:
    """The first day of the year, month or day before the one starting on `day`."""
    if unit == "year":
        return dt.date(day.year - 1, 1, 1)
    if unit == "month":
        return dt.date(day.year - (day.month == 1), (day.month - 2) % 12 + 1, 1)
    return day - dt.timedelta(days=1)


def label_unit(days: list[dt.date]) -> str:
    """What the labels of an axis name: years (all on 1 January), months, or days."""
    if all(day.month == 1 and day.day == 1 for day in days):
        return "year"
    if all(day.day == 1 for day in days):
        return "month"
    return "day"


def seconds(day: dt.date) -> float:
    return (day - _EPOCH).days * DAY


class LocaleDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis, with month names in the interface's language, centred in their
    spans (see the module).

    The x values are UTC midnights, so the axis shows UTC (utcOffset=0): every tick is the day
    that was measured, whatever the computer's time zone.
    """

    def __init__(self, locale: QLocale | None = None, **kwargs: object) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)
        self.locale = locale or QLocale()

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        pattern = {"%Y": "yyyy", "%b": "MMM", "%d": "d"}.get(spec.format if spec else "")
        if pattern is None:  # hours and finer: not used for daily data, keep pyqtgraph's
            return super().tickStrings(values, scale, spacing)
        return [self.locale.toString(seconds_to_qdate(v), pattern) for v in values]

    def _name_of(self, day: dt.date) -> str:
        """What pyqtgraph writes at `day`'s tick: a year's start its year, a month's its month."""
        kinds = {round(spec.spacing) for spec in self.zoomLevel.tickSpecs}
        if day.month == 1 and day.day == 1 and round(_SPACINGS["year"]) in kinds:
            unit = "year"
        elif day.day == 1 and round(_SPACINGS["month"]) in kinds:
            unit = "month"
        else:
            unit = "day"
        return self.tickStrings([seconds(day)], 1.0, _SPACINGS[unit])[0]

    def generateDrawSpecs(self, p: QPainter) -> Any:
        specs = super().generateDrawSpecs(p)
        if not specs or self.zoomLevel.exampleText not in ("YYYY", "MMM"):
            return specs  # hours and finer: the labels are instants
        axis_spec, tick_specs, text_specs = specs
        low, high = self.range
        width = self.mapRectFromParent(self.geometry()).width()
        if high <= low or not text_specs or width <= 0:
            return specs
        scale = width / (high - low)

        def x_of(value: float) -> float:
            return (value - low) * scale

        days = [
            _EPOCH + dt.timedelta(days=round((rect.center().x() / scale + low) / DAY))
            for rect, _, _ in text_specs
        ]
        unit = label_unit(days)
        box = self.boundingRect()
        named: list[tuple[QRectF, Any, str, dt.date]] = []
        first = previous_start(days[0], unit)
        if seconds(first) >= low - 400 * DAY:
            # pyqtgraph leaves out the name of a span that starts out of view or too near the
            # edge: it is named here when there is room for it in the part that shows.
            rect, flags, _ = text_specs[0]
            text = self._name_of(first)
            size = p.boundingRect(QRectF(0, 0, 100, 100), Qt.AlignmentFlag.AlignCenter, text)
            named.append((QRectF(0, rect.top(), size.width(), rect.height()), flags, text, first))
        for (rect, flags, text), day in zip(text_specs, days, strict=True):
            named.append((rect, flags, text, day))
        centred: list[tuple[QRectF, Any, str]] = []
        for rect, flags, text, day in named:
            start, end = x_of(seconds(day)), x_of(seconds(next_start(day, unit)))
            half = rect.width() / 2
            # The middle of the span, or as near to it as the axis's ends let the name be.
            lowest = max(start, box.left()) + half
            highest = min(end, box.right()) - half
            if lowest > highest:
                continue  # too little of the span shows to hold its name
            middle = (start + end) / 2
            if not lowest <= middle <= highest:
                shown = min(end, box.right()) - max(start, box.left())
                if shown < PARTLY_SHOWN * (end - start):
                    continue  # a sliver of the span at an end: its name would mislead
                middle = min(max(middle, lowest), highest)
            moved = rect.translated(middle - rect.center().x(), 0)
            if centred and moved.left() < centred[-1][0].right():
                continue  # never over the name before it
            centred.append((moved, flags, text))
        return axis_spec, tick_specs, centred
