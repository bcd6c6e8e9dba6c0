"""Roadmap: the initiatives on a Gantt over the plan's years (landscape pages; a long one
runs onto the next pages with its header and lane names repeated), then the list of
initiatives lane by lane with their dates and status."""

from __future__ import annotations

from reportlab.platypus import Flowable

from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.labels import enum_label
from stratdesk.domain.roadmap import NO_LANE, OBJECTIVE, THEME, status_symbol
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.gantt import Bar, Gantt, Labels, Lane
from stratdesk.reports.flowables import Column, gap, note, table, table_heading
from stratdesk.reports.markup import shorten
from stratdesk.services.roadmap_board import BoardLane


def gantt_labels() -> Labels:
    return Labels(
        continued=translate("Report", "(continued)"),
        quarter=translate("Report", "Q{quarter}"),
        today=translate("Report", "Today"),
    )


def lane_name(report: Report, lane: BoardLane, short: bool = False) -> str:
    """An objective's lane is named by its number and statement (`short`: "Objective 2")."""
    if lane.key[0] == OBJECTIVE and lane.objective is not None:
        number = next(
            (n for n, o in enumerate(report.data.objectives, 1) if o.id == lane.objective.id), 0
        )
        if short:
            return translate("Report", "Objective {n}").format(n=number)
        return f"{number}. {shorten(lane.objective.statement, 90)}"
    if lane.key[0] == THEME and lane.theme is not None:
        return lane.theme.name
    return translate("Report", "No lane")


def build(report: Report) -> list[Flowable]:
    board = report.data.roadmap
    if not board.initiatives:
        return []
    lanes = []
    names = {}
    for lane in board.lanes:
        items = [i.item for i in board.initiatives if i.lane == lane.key]
        names[lane.key] = lane_name(report, lane, short=True)
        if not items:
            continue
        bars = tuple(
            Bar(
                title=item.title,
                start=item.start,
                end=item.end,
                symbol=status_symbol(item.status),
                milestone=item.milestone,
                cancelled=item.status == WorkStatus.CANCELLED,
            )
            for item in items
        )
        lanes.append(Lane(lane_name(report, lane), lane.colour, bars))
    chart = Gantt(
        lanes,
        board.first_day,
        board.last_day,
        gantt_labels(),
        report.values.month_name,
        today=report.data.today,
    )
    story: list[Flowable] = [
        note(
            translate(
                "Report",
                "One lane per objective, then the themes. ✓ done, ✗ cancelled (dashed), "
                "◆ milestone.",
            ),
            report.styles,
        ),
        gap(4),
        chart,
        gap(10),
    ]
    columns = [
        Column(translate("Report", "Lane"), 1.2),
        Column(translate("Report", "Initiative"), 2.2, bold=True),
        Column(translate("Report", "Description"), 3.0),
        Column(translate("Report", "Start"), 0.9),
        Column(translate("Report", "End"), 0.9),
        Column(translate("Report", "Status"), 0.9),
    ]
    order = {lane.key: n for n, lane in enumerate(board.lanes)}
    initiatives = sorted(
        board.initiatives, key=lambda i: (order.get(i.lane, len(order)), i.item.start, i.item.id)
    )
    rows = []
    for initiative in initiatives:
        item = initiative.item
        status = enum_label(item.status)
        if item.milestone:
            status = f"◆ {status}"
        rows.append(
            [
                names.get(initiative.lane, names.get(NO_LANE, "")),
                item.title,
                item.description,
                report.values.day(item.start),
                report.values.day(item.end),
                status,
            ]
        )
    story += [
        table_heading(translate("Report", "Initiatives"), report.styles),
        table(columns, rows, report.wide_width, report.theme),
    ]
    return story
