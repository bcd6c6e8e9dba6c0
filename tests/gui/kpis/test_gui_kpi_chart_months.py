"""The charts agree with the Targets table: a month's value is drawn above that month's name.

Month-end values used to sit one day before the next month's tick, right under its name
("August's value above Sept."). The combined chart now draws one point per period (the
period's actual against its target, as the table shows them) in the middle of the period,
and the date axis writes each month's name in the middle of the month.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from stratdesk.charts.date_axis import LocaleDateAxis
from stratdesk.i18n.formatting import period_label
from stratdesk.services.kpi_series import seconds_day
from stratdesk.ui.operations.kpis.page import COMBINED, KpiPageView
from stratdesk.ui.operations.kpis.targets import ACTUAL, PERIOD, TARGET

D = dt.date
MONTHS = [D(2026, month, 1) for month in range(1, 13)]
Page = Callable[[], KpiPageView]


def _month_name(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM")


def _month_end(first: dt.date) -> dt.date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _ranged(axis: LocaleDateAxis) -> bool:
    """Whether the axis spans the data (months of it) yet, once laid out and auto-ranged."""
    low, high = axis.range
    return high - low > 90 * 86400


def _labels(axis: LocaleDateAxis) -> list[tuple[float, str]]:
    """(value at the centre of each drawn name, the name), as the axis would paint them."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    low, high = axis.range
    width = axis.mapRectFromParent(axis.geometry()).width()
    return [(low + rect.center().x() * (high - low) / width, text) for rect, _, text in texts]


def test_each_months_point_sits_above_that_months_name(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    measured = [(_month_end(first), 90.0 + month) for month, first in enumerate(MONTHS)]
    make_kpi("Visits", measured, [(first, 100.0) for first in MONTHS])
    page = open_page()
    page.resize(1366, 768)
    page.tabs.setCurrentIndex(COMBINED)
    chart = page.combined.chart
    (line,) = chart.lines()
    qtbot.waitUntil(lambda: _ranged(chart.plot.getAxis("bottom")))
    labels = _labels(chart.plot.getAxis("bottom"))
    # The table's rows: each period's actual against its target.
    page.tabs.setCurrentIndex(0)
    table = page.detail.targets.model
    rows = [
        tuple(table.index(r, column).data() for column in (PERIOD, TARGET, ACTUAL))
        for r in range(table.rowCount())
    ]
    assert len(line.x) == len(rows) == 12
    points = zip(line.x, line.y, strict=True)
    for (x, y), (period, target, actual) in zip(points, rows, strict=True):
        day = seconds_day(float(x))
        # The point lies inside the table's period.
        assert period == period_label(day.replace(day=1), "month", "en")
        assert y == float(actual) / float(target) * 100
        nearest = min(labels, key=lambda label: abs(label[0] - x))[1]
        # The name under the point is its month's (January's is the year's: "2026").
        assert nearest in (_month_name(day), "2026"), (period, nearest)


def test_month_names_are_centred_in_their_months_on_the_kpi_chart(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    make_kpi("Visits", [(_month_end(first), 10.0) for first in MONTHS[:6]])
    page = open_page()
    page.resize(1366, 768)
    axis = page.detail.chart.plot.getAxis("bottom")
    qtbot.waitUntil(lambda: _ranged(axis))
    labels = _labels(axis)
    for number, (value, text) in enumerate(labels):
        day = seconds_day(value)
        if text.isdigit():
            assert day.month == 1  # the year's name sits in January
            continue
        assert text == _month_name(day)  # inside its month, never on the next one's start
        if 0 < number < len(labels) - 1:  # whole months: in the middle (the ends may be cut)
            assert 10 <= day.day <= 21, (text, day)
