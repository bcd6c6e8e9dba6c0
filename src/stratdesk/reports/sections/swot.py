"""SWOT and TOWS: the four quadrants (items numbered S1, W1… so that strategies can cite
them), then the TOWS strategies by kind with the SWOT items each combines."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from stratdesk.domain.enums import SwotQuadrant
from stratdesk.domain.labels import swot_quadrant_titles, tows_kinds
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.flowables import Heading, gap, note
from stratdesk.reports.markup import escape
from stratdesk.reports.theme import RULE
from stratdesk.services.read_models_analysis import SwotItemRead

GRID_LIMIT = 28  # more items than this: quadrants one after the other, not side by side


def build(report: Report) -> list[Flowable]:
    story: list[Flowable] = []
    if report.data.swot:
        story += _swot(report)
    if report.data.tows:
        story += _tows(report)
    return story


def numbered(items: Sequence[SwotItemRead]) -> dict[int, str]:
    """Each item's reference: its quadrant's letter and its place there ("S1", "O3")."""
    refs: dict[int, str] = {}
    for quadrant in SwotQuadrant:
        ordered = sorted((i for i in items if i.quadrant == quadrant), key=lambda i: i.position)
        for n, item in enumerate(ordered, 1):
            refs[item.id] = f"{quadrant.value}{n}"
    return refs


def _item(report: Report, ref: str, item: SwotItemRead) -> Paragraph:
    weight = translate("Report", "weight {n}/5").format(n=item.weight)
    votes = (
        " · " + translate("Report", "{n} votes").format(n=item.votes)
        if item.votes > 1
        else (" · " + translate("Report", "1 vote") if item.votes == 1 else "")
    )
    return Paragraph(
        f"<b>{escape(ref)}</b>\u00a0 {escape(item.text)} "
        f'<font size="7" color="#5F6368">({escape(weight + votes)})</font>',
        report.styles.small,
    )


def _quadrant(
    report: Report, quadrant: SwotQuadrant, title: str, refs: dict[int, str]
) -> list[Flowable]:
    items = sorted(
        (i for i in report.data.swot if i.quadrant == quadrant), key=lambda i: i.position
    )
    cell: list[Flowable] = [Paragraph(f"<b>{escape(title)}</b>", report.styles.h3)]
    cell += [_item(report, refs[i.id], i) for i in items]
    if not items:
        cell.append(note(translate("Report", "Nothing noted."), report.styles))
    return cell


def _swot(report: Report) -> list[Flowable]:
    refs = numbered(report.data.swot)
    titles = swot_quadrant_titles()
    cells = [_quadrant(report, q, title, refs) for q, title in titles]
    story: list[Flowable] = [Heading(translate("Report", "SWOT analysis"), report.styles.h2, 1)]
    if len(report.data.swot) > GRID_LIMIT:
        for cell in cells:
            story += [*cell, gap(6)]
        return story
    half = report.width / 2
    grid = Table([[cells[0], cells[1]], [cells[2], cells[3]]], colWidths=[half, half], splitInRow=1)
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BOX", (0, 0), (-1, -1), 0.8, report.theme.accent),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, RULE),
                ("BACKGROUND", (0, 0), (0, 0), report.theme.tint),
                ("BACKGROUND", (1, 1), (1, 1), report.theme.tint),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    story += [grid, gap(10)]
    return story


def _tows(report: Report) -> list[Flowable]:
    refs = numbered(report.data.swot)
    story: list[Flowable] = [
        Heading(translate("Report", "TOWS strategies"), report.styles.h2, 1),
        note(
            translate("Report", "Strategies that combine the SWOT items cited in brackets."),
            report.styles,
        ),
    ]
    for kind, title, what in tows_kinds():
        strategies = sorted(
            (s for s in report.data.tows if s.kind == kind), key=lambda s: s.position
        )
        if not strategies:
            continue
        story.append(Paragraph(f"<b>{escape(title)}</b> — {escape(what)}", report.styles.h3))
        for n, strategy in enumerate(strategies, 1):
            cited = [refs[i] for i in strategy.swot_item_ids if i in refs]
            cited.sort(key=lambda ref: ("SWOT".index(ref[0]), int(ref[1:])))
            suffix = f' <font color="#5F6368">({escape(", ".join(cited))})</font>' if cited else ""
            story.append(
                Paragraph(
                    f"<b>{escape(kind.value)}{n}</b>\u00a0 {escape(strategy.text)}{suffix}",
                    report.styles.body,
                )
            )
    story.append(gap(6))
    return story
