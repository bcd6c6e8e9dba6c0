"""KPIs: every KPI's latest actual, its target and its status (the dashboard tiles' rule,
`services.kpi_series.latest_summaries`), then a chart of actuals against targets period by
period (`KpiSeries.period_actuals`), two to a row."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Table, TableStyle

from stratdesk.domain.kpi_status import status_text
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.common import lines_of
from stratdesk.reports.drawings.kpi_chart import Point, kpi_chart
from stratdesk.reports.flowables import Column, gap, note, table, table_heading
from stratdesk.reports.values import DASH
from stratdesk.services.kpi_series import KpiSeries, minmax_downsample, seconds_day

CHART_HEIGHT = 128.0
MEASURED_POINTS = 120  # a KPI without targets: its measurements, thinned to this many


def build(report: Report) -> list[Flowable]:
    if not report.data.kpi_series:
        return []
    story = _summary(report)
    charted = [s for s in report.data.kpi_series if s.count or s.target_starts]
    if charted:
        story += [
            table_heading(translate("Report", "Actuals against targets"), report.styles),
            note(
                translate(
                    "Report",
                    "Each period's actual (solid line) against its target (dashed line).",
                ),
                report.styles,
            ),
            gap(6),
        ]
        story += _charts(report, charted)
    return story


def _summary(report: Report) -> list[Flowable]:
    values = report.values
    columns = [
        Column(translate("Report", "KPI"), 2.2, bold=True),
        Column(translate("Report", "Period"), 0.8),
        Column(translate("Report", "Latest actual"), 1.6, align="RIGHT"),
        Column(translate("Report", "Target"), 1.1, align="RIGHT"),
        Column(translate("Report", "Status"), 1.1),
    ]
    rows = []
    for series in report.data.kpi_series:
        kpi = series.kpi
        summary = report.data.kpi_summaries.get(kpi.id)
        latest = DASH
        target = DASH
        status = ""
        if summary is not None:
            if summary.latest_value is not None:
                latest = (
                    f"{values.value(summary.latest_value, kpi.unit)}\n"
                    f"{values.day(summary.latest_day)}"
                )
            if summary.target is not None:
                target = values.value(summary.target, kpi.unit)
            status = status_text(summary.status)
        rows.append([kpi.name, enum_label(kpi.period), latest, target, status])
    return [table(columns, rows, report.width, report.theme), gap(10)]


def _points(series: KpiSeries) -> tuple[list[Point], list[Point]]:
    """(actual, target) per target period; a KPI without targets: its measurements."""
    if series.target_starts:
        actuals = series.period_actuals()
        target = list(zip(series.target_starts, series.target_values, strict=True))
        actual = list(zip(series.target_starts, actuals, strict=True))
        return actual, target  # type: ignore[return-value]
    x, y = minmax_downsample(series.x, series.y, MEASURED_POINTS)
    return [(seconds_day(float(a)), float(b)) for a, b in zip(x, y, strict=True)], []


def _x_ticks(report: Report, points: list[Point]) -> list[tuple[dt.date, str]]:
    days = [d for d, _v in points]
    if not days:
        return []
    first, last = min(days), max(days)
    if (last - first).days > 540:
        return [(dt.date(y, 1, 1), str(y)) for y in range(first.year, last.year + 1)]
    ticks = []
    for year in range(first.year, last.year + 1):
        for month in (1, 4, 7, 10):
            day = dt.date(year, month, 1)
            ticks.append((day, report.values.month(day)))
    return ticks


def _chart(report: Report, series: KpiSeries, width: float) -> Flowable:
    from reportlab.graphics.shapes import Drawing

    kpi = series.kpi
    actual, target = _points(series)
    summary = report.data.kpi_summaries.get(kpi.id)
    title = Drawing(width, 24)
    below = lines_of(title, kpi.name, 0, 15, width, size=8.5, bold=True, max_lines=1)
    if summary is not None:
        lines_of(title, status_text(summary.status), 0, below + 1, width, size=7, max_lines=1)
    chart = kpi_chart(
        width,
        CHART_HEIGHT,
        actual,
        target,
        lambda value: report.values.value(value, kpi.unit),
        _x_ticks(report, [*actual, *target]),
        (translate("Report", "Actual"), translate("Report", "Target")),
        report.theme,
        translate("Report", "No measurement yet."),
    )
    return Table([[title], [chart]], colWidths=[width], style=_TIGHT)


_TIGHT = TableStyle(
    [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _charts(report: Report, charted: list[KpiSeries]) -> list[Flowable]:
    space = 14.0
    width = (report.width - space) / 2
    story: list[Flowable] = []
    for i in range(0, len(charted), 2):
        pair = [_chart(report, s, width) for s in charted[i : i + 2]]
        if len(pair) == 1:
            pair.append(gap(1))
        row = Table([pair], colWidths=[width + space, width], hAlign="LEFT", style=_TIGHT)
        story += [row, gap(12)]
    return story
