"""Campaigns and budget (landscape): the calendar strip (one lane per channel), the
operational budget month by month and by channel, the overspends, then every campaign."""

from __future__ import annotations

from collections.abc import Hashable

from reportlab.platypus import Flowable, KeepTogether

from stratdesk.domain.budget import Dimension
from stratdesk.domain.campaign_calendar import channels_used
from stratdesk.domain.enums import Channel, MixP, WorkStatus
from stratdesk.domain.labels import enum_label
from stratdesk.domain.roadmap import status_symbol
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.bars import month_bars
from stratdesk.reports.drawings.gantt import Bar, Gantt, Labels, Lane
from stratdesk.reports.flowables import Column, Heading, gap, note, table, table_heading
from stratdesk.reports.sections.mix import objective_refs, serves
from stratdesk.reports.values import DASH

LANE_ROWS = 8  # a channel shows this many rows of campaigns; the others are counted
# Grey levels that print apart: the lane's colour only helps, its name says the channel.
LANE_COLOURS = ("#2E6DB4", "#C2571A", "#2E8B57", "#8E44AD", "#B8860B", "#C0392B", "#16808A")


def build(report: Report) -> list[Flowable]:
    data = report.data
    story: list[Flowable] = []
    if data.campaigns:
        story += _calendar(report)
    if data.budget.total.planned or data.budget.total.actual:
        story += _budget(report)
    if data.campaigns:
        story += _list(report)
    return story


def _calendar(report: Report) -> list[Flowable]:
    data = report.data
    lanes = []
    for n, channel in enumerate(channels_used(data.campaigns)):
        bars = tuple(
            Bar(
                title=c.name,
                start=c.start,
                end=c.end,
                symbol=status_symbol(c.status),
                cancelled=c.status == WorkStatus.CANCELLED,
            )
            for c in data.campaigns
            if c.channel == channel
        )
        lanes.append(Lane(enum_label(channel), LANE_COLOURS[n % len(LANE_COLOURS)], bars))
    first, last = data.roadmap.first_day, data.roadmap.last_day
    labels = Labels(
        continued=translate("Report", "(continued)"),
        quarter=translate("Report", "Q{quarter}"),
        today=translate("Report", "Today"),
        more=translate("Report", "+{n} more"),
    )
    chart = Gantt(
        lanes, first, last, labels, report.values.month_name, data.today, max_rows=LANE_ROWS
    )
    return [
        Heading(translate("Report", "Campaign calendar"), report.styles.h2, 1),
        note(
            translate("Report", "One lane per channel. ✓ done, ✗ cancelled (dashed)."),
            report.styles,
        ),
        gap(4),
        chart,
        gap(10),
    ]


def _key_label(report: Report, dimension: Dimension, key: Hashable) -> str:
    if key is None:
        return {
            Dimension.MONTH: translate("Report", "No date"),
            Dimension.OBJECTIVE: translate("Report", "No objective"),
            Dimension.SEGMENT: translate("Report", "No segment"),
        }.get(dimension, DASH)
    if isinstance(key, Channel):
        return enum_label(key)
    if isinstance(key, MixP):
        return translate("Report", "Mix: {p}").format(p=enum_label(key))
    return str(key)


def _budget(report: Report) -> list[Flowable]:
    budget, values = report.data.budget, report.values
    months = [row for row in budget.rows[Dimension.MONTH] if row.key is not None]
    names = [values.month_name(row.key) for row in months]  # type: ignore[arg-type]
    years = [
        str(row.key.year) if row.key.month == 1 or n == 0 else ""  # type: ignore[attr-defined]
        for n, row in enumerate(months)
    ]
    words = (translate("Report", "Planned"), translate("Report", "Actual"))
    chart = month_bars(
        report.wide_width,
        names,
        years,
        [row.amounts.planned for row in months],
        [row.amounts.actual for row in months],
        values.compact,
        words,
        report.theme,
    )
    total = budget.total
    columns = [
        Column(translate("Report", "Channel or P"), 2.0, bold=True),
        Column(translate("Report", "Campaigns"), 0.8, align="RIGHT"),
        Column(translate("Report", "Mix actions"), 0.8, align="RIGHT"),
        Column(translate("Report", "Planned"), 1.1, align="RIGHT"),
        Column(translate("Report", "Actual"), 1.1, align="RIGHT"),
        Column(translate("Report", "Remaining"), 1.1, align="RIGHT"),
    ]
    rows = [
        [
            _key_label(report, Dimension.CHANNEL, row.key),
            values.number(row.amounts.campaigns),
            values.number(row.amounts.actions),
            values.money(row.amounts.planned),
            ("! " if row.amounts.over else "") + values.money(row.amounts.actual),
            values.money(row.amounts.remaining),
        ]
        for row in budget.rows[Dimension.CHANNEL]
    ]
    totals = [
        translate("Report", "Total"),
        values.number(total.campaigns),
        values.number(total.actions),
        values.money(total.planned),
        values.money(total.actual),
        values.money(total.remaining),
    ]
    story: list[Flowable] = [
        KeepTogether(
            [
                Heading(translate("Report", "Budget by month"), report.styles.h2, 1),
                note(
                    translate(
                        "Report",
                        "Campaigns spread over the months they run, mix actions in the month "
                        "they are due.",
                    ),
                    report.styles,
                ),
                gap(4),
                chart,
            ]
        ),
        gap(8),
        table_heading(translate("Report", "Budget by channel"), report.styles),
        table(columns, rows, report.wide_width * 0.8, report.theme, totals=totals),
        gap(8),
    ]
    if budget.overspent:
        story += _overspent(report)
    return story


def _overspent(report: Report) -> list[Flowable]:
    values = report.values
    kinds = {
        "campaign": translate("Report", "Campaign"),
        "action": translate("Report", "Mix action"),
    }
    columns = [
        Column(translate("Report", "Overspent"), 3.0, bold=True),
        Column(translate("Report", "Kind"), 1.0),
        Column(translate("Report", "Planned"), 1.0, align="RIGHT"),
        Column(translate("Report", "Actual"), 1.0, align="RIGHT"),
        Column(translate("Report", "Over by"), 1.0, align="RIGHT"),
    ]
    rows = [
        [
            o.name,
            kinds.get(o.kind, o.kind),
            values.money(o.planned_cents),
            values.money(o.actual_cents),
            values.money(o.excess_cents),
        ]
        for o in report.data.budget.overspent
    ]
    return [
        table_heading(translate("Report", "Overspends"), report.styles),
        table(columns, rows, report.wide_width * 0.8, report.theme),
        gap(8),
    ]


def _list(report: Report) -> list[Flowable]:
    values = report.values
    refs = objective_refs(report)
    columns = [
        Column(translate("Report", "Campaign"), 2.6, bold=True),
        Column(translate("Report", "Channel"), 1.2),
        Column(translate("Report", "Start"), 0.85),
        Column(translate("Report", "End"), 0.85),
        Column(translate("Report", "Planned"), 1.0, align="RIGHT"),
        Column(translate("Report", "Actual"), 1.0, align="RIGHT"),
        Column(translate("Report", "Status"), 0.9),
        Column(translate("Report", "Serves"), 1.6),
    ]
    rows = [
        [
            c.name,
            enum_label(c.channel),
            values.day(c.start),
            values.day(c.end),
            values.money(c.budget_planned_cents),
            ("! " if c.budget_actual_cents > c.budget_planned_cents else "")
            + values.money(c.budget_actual_cents),
            enum_label(c.status),
            serves(report, refs, c.objective_id, c.segment_id),
        ]
        for c in report.data.campaigns
    ]
    planned = sum(c.budget_planned_cents for c in report.data.campaigns)
    actual = sum(c.budget_actual_cents for c in report.data.campaigns)
    totals = [
        translate("Report", "Total"),
        "",
        "",
        "",
        values.money(planned),
        values.money(actual),
        "",
        "",
    ]
    return [
        table_heading(translate("Report", "Campaigns"), report.styles),
        table(columns, rows, report.wide_width, report.theme, totals=totals),
    ]
