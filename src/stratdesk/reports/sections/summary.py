"""The strategy on one page, at the front: who it is for, the positioning, the objectives and
how far they have come, the key figures, the SWOT at a glance and the chosen strategies.
Shrunk to fit its page whatever the plan holds."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Table, TableStyle

from stratdesk.domain.enums import Targeting
from stratdesk.domain.kpi_status import KpiStatus, status_label, status_symbol
from stratdesk.domain.labels import swot_quadrant_titles, tows_kinds
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.flowables import boxed, facts, gap, note
from stratdesk.reports.markup import escape, shorten
from stratdesk.reports.sections.cover import period_text
from stratdesk.reports.sections.objectives import measured_text
from stratdesk.reports.sections.positioning import statement_markup
from stratdesk.reports.theme import RULE

TOP_ITEMS = 3
MAX_OBJECTIVES = 6
HEADING_ROOM = 44.0


def build(report: Report) -> list[Flowable]:
    data, styles = report.data, report.styles
    if not _has_content(report):
        return []  # a new plan: no summary page with nothing on it
    story: list[Flowable] = []
    intro = " · ".join(p for p in (data.client.name, data.client.sector, period_text(data)) if p)
    story.append(note(intro, styles))
    story.append(gap(6))
    story += _positioning(report)
    columns = _columns(report)
    if columns is not None:
        story.append(columns)
    story += _swot(report)
    story += _strategies(report)
    if report.findings:
        count = len(report.findings)
        text = (
            translate("Report", "1 alignment finding: see the last section.")
            if count == 1
            else translate("Report", "{n} alignment findings: see the last section.").format(
                n=count
            )
        )
        story += [gap(6), Paragraph(f"<b>{escape(text)}</b>", styles.small)]
    frame = KeepInFrame(report.width, report.height - HEADING_ROOM, story, mode="shrink")
    return [frame]


def _has_content(report: Report) -> bool:
    data = report.data
    parts = (data.positionings, data.objectives, data.swot, data.tows, data.segments)
    return any(parts) or bool(data.campaigns or data.mix or data.kpi_series or report.findings)


def _h(report: Report, text: str) -> Paragraph:
    return Paragraph(f"<b>{escape(text)}</b>", report.styles.h3)


def _positioning(report: Report) -> list[Flowable]:
    data = report.data
    ordered = sorted(
        data.segments,
        key=lambda s: {Targeting.PRIMARY: 0, Targeting.SECONDARY: 1}.get(s.targeting, 2),
    )
    for segment in ordered:
        positioning = data.positionings.get(segment.id)
        if positioning is not None:
            quote = Paragraph(statement_markup(report, positioning), report.styles.body)
            label = translate("Report", "Positioning for {segment}").format(segment=segment.name)
            return [_h(report, label), boxed([quote], report.width, report.theme), gap(8)]
    return []


def _objectives(report: Report, width: float) -> list[Flowable]:
    data, styles, values = report.data, report.styles, report.values
    if not data.objectives:
        return []
    cell: list[Flowable] = [_h(report, translate("Report", "Objectives"))]
    for number, objective in enumerate(data.objectives[:MAX_OBJECTIVES], 1):
        cell.append(
            Paragraph(f"<b>{number}.</b> {escape(shorten(objective.statement, 160))}", styles.small)
        )
        review = data.reviews.get(objective.id)
        parts = []
        if review is not None and review.share is not None:
            parts.append(
                translate("Report", "{percent} of the way").format(
                    percent=values.percent(round(review.share * 100))
                )
            )
        if review is not None and review.measured.kpi is not None:
            parts.append(measured_text(report, review.measured))
        if objective.deadline is not None:
            parts.append(translate("Report", "by {day}").format(day=values.day(objective.deadline)))
        if parts:
            cell.append(note(" · ".join(parts), styles))
        cell.append(gap(3))
    if len(data.objectives) > MAX_OBJECTIVES:
        more = len(data.objectives) - MAX_OBJECTIVES
        cell.append(note(translate("Report", "… and {n} more.").format(n=more), styles))
    return cell


def _figures(report: Report, width: float) -> list[Flowable]:
    data, values = report.data, report.values
    targeted = sum(1 for s in data.segments if s.targeting != Targeting.NOT_TARGETED)
    total = data.budget.total
    pairs: list[tuple[str, object]] = []
    if data.segments:
        pairs.append(
            (
                translate("Report", "Segments targeted"),
                translate("Report", "{n} of {total}").format(n=targeted, total=len(data.segments)),
            )
        )
    counts = (
        (translate("Report", "Objectives"), len(data.objectives)),
        (translate("Report", "Initiatives"), len(data.roadmap.initiatives)),
        (translate("Report", "Mix actions"), len(data.mix)),
        (translate("Report", "Campaigns"), len(data.campaigns)),
    )
    pairs += [(label, values.number(n)) for label, n in counts if n]
    if total.planned or total.actual:
        pairs.append((translate("Report", "Planned budget"), values.money(total.planned)))
        pairs.append((translate("Report", "Spent so far"), values.money(total.actual)))
    if data.kpi_summaries:
        tally = Counter(s.status for s in data.kpi_summaries.values())
        lines = [
            f"{status_symbol(status)} {values.number(tally[status])} {status_label(status).lower()}"
            for status in KpiStatus
            if tally[status]
        ]
        pairs.append((translate("Report", "KPIs"), "\n".join(lines)))
    if not pairs:
        return []
    return [
        _h(report, translate("Report", "Key figures")),
        facts(pairs, width, report.styles, label_share=0.5),
    ]


def _columns(report: Report) -> Flowable | None:
    """The objectives beside the key figures (None when both are empty)."""
    left_w = report.width * 0.58
    right_w = report.width - left_w
    objectives, figures = _objectives(report, left_w - 12), _figures(report, right_w - 12)
    if not objectives and not figures:
        return None
    left = objectives or [gap(1)]
    right = figures or [gap(1)]
    grid = Table([[left, right]], colWidths=[left_w, right_w])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
                ("LINEBEFORE", (1, 0), (1, 0), 0.6, RULE),
            ]
        )
    )
    return grid


def _swot(report: Report) -> list[Flowable]:
    items = report.data.swot
    if not items:
        return []
    styles = report.styles
    cells = []
    for quadrant, title in swot_quadrant_titles():
        chosen = sorted(
            (i for i in items if i.quadrant == quadrant),
            key=lambda i: (-i.weight, -i.votes, i.position),
        )[:TOP_ITEMS]
        cell: list[Flowable] = [Paragraph(f"<b>{escape(title)}</b>", styles.small)]
        cell += [
            Paragraph(escape(shorten(i.text, 110)), styles.bullet, bulletText="•") for i in chosen
        ]
        cells.append(cell)
    half = report.width / 2
    grid = Table([[cells[0], cells[1]], [cells[2], cells[3]]], colWidths=[half, half])
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [gap(8), _h(report, translate("Report", "SWOT at a glance")), grid]


def _strategies(report: Report) -> list[Flowable]:
    tows = report.data.tows
    if not tows:
        return []
    lines = []
    for kind, _title, _what in tows_kinds():
        first = sorted((s for s in tows if s.kind == kind), key=lambda s: s.position)
        if first:
            lines.append(
                Paragraph(
                    f"<b>{escape(kind.value)}</b>\u00a0 {escape(shorten(first[0].text, 200))}",
                    report.styles.bullet,
                    bulletText="•",
                )
            )
    return [gap(8), _h(report, translate("Report", "Chosen strategies")), *lines]
