"""Targeting: the scoring criteria and their weights, each segment's totals and zone, the
score grid when it fits the page, and the GE–McKinsey matrix."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from stratdesk.domain.enums import CriterionKind, GeZone, Targeting
from stratdesk.domain.ge_matrix import zone_of
from stratdesk.domain.labels import enum_choices, enum_label
from stratdesk.domain.scoring import FamilyTotal, scale_text
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.ge_matrix import Bubble, ge_matrix
from stratdesk.reports.flowables import Column, Heading, gap, note, table, table_heading
from stratdesk.reports.sections.segments import targeting_text
from stratdesk.reports.values import DASH

GRID_COLUMNS = 9  # criteria beyond this do not fit across a page: the grid is left out


def total_text(total: FamilyTotal, report: Report) -> str:
    """ "78" (of 100), "≈ 64" when some criteria were not scored, "–" without a total."""
    if total.value is None:
        return DASH
    text = report.values.number(total.value)
    return f"≈ {text}" if total.partial else text


def build(report: Report) -> list[Flowable]:
    data = report.data
    if not data.criteria and not any(s.targeting != Targeting.NOT_TARGETED for s in data.segments):
        return []
    story: list[Flowable] = [note(scale_text(), report.styles), gap(4)]
    if data.criteria:
        story += _criteria(report)
    if data.segments:
        story += _totals(report)
        if data.criteria and len(data.criteria) <= GRID_COLUMNS and data.scores:
            story += _grid(report)
        story += _matrix(report)
    return story


def _criteria(report: Report) -> list[Flowable]:
    columns = [
        Column(translate("Report", "Criterion"), 2.4, bold=True),
        Column(translate("Report", "Family"), 1.6),
        Column(translate("Report", "Weight"), 0.7, align="RIGHT"),
    ]
    order = list(CriterionKind)
    criteria = sorted(report.data.criteria, key=lambda c: (order.index(c.kind), c.position))
    rows = [[c.name, enum_label(c.kind), report.values.number(c.weight, 1)] for c in criteria]
    return [
        table_heading(translate("Report", "Scoring criteria"), report.styles),
        table(columns, rows, report.width * 0.75, report.theme),
        gap(8),
    ]


def _zone(report: Report, segment_id: int) -> GeZone | None:
    totals = report.data.totals.get(segment_id)
    if totals is None or not totals.placed:
        return None
    assert totals.attractiveness.exact is not None and totals.strength.exact is not None
    return zone_of(totals.attractiveness.exact, totals.strength.exact)


def _totals(report: Report) -> list[Flowable]:
    columns = [
        Column(translate("Report", "Segment"), 2.0, bold=True),
        Column(enum_label(CriterionKind.ATTRACTIVENESS), 1.1, align="RIGHT"),
        Column(enum_label(CriterionKind.STRENGTH), 1.1, align="RIGHT"),
        Column(translate("Report", "Zone"), 1.1),
        Column(translate("Report", "Targeting"), 1.3),
    ]
    rows = []
    for segment in report.data.segments:
        totals = report.data.totals.get(segment.id)
        zone = _zone(report, segment.id)
        rows.append(
            [
                segment.name,
                total_text(totals.attractiveness, report) if totals else DASH,
                total_text(totals.strength, report) if totals else DASH,
                enum_label(zone) if zone else DASH,
                targeting_text(segment.targeting),
            ]
        )
    return [
        table_heading(translate("Report", "Segment totals"), report.styles),
        table(columns, rows, report.width, report.theme),
        gap(8),
    ]


def _grid(report: Report) -> list[Flowable]:
    order = list(CriterionKind)
    criteria = sorted(report.data.criteria, key=lambda c: (order.index(c.kind), c.position))
    columns = [Column(translate("Report", "Segment"), 2.2, bold=True)]
    columns += [Column(c.name, 1.0, align="RIGHT", max_lines=4) for c in criteria]
    rows = []
    for segment in report.data.segments:
        row: list[object] = [segment.name]
        for criterion in criteria:
            score = report.data.scores.get((segment.id, criterion.id))
            row.append(DASH if score is None else str(score))
        rows.append(row)
    return [
        table_heading(translate("Report", "Scores"), report.styles),
        table(columns, rows, report.width, report.theme),
        gap(8),
    ]


def _matrix(report: Report) -> list[Flowable]:
    zones = dict(enum_choices(GeZone))
    bubbles: list[Bubble] = []
    unplaced = []
    for segment in report.data.segments:
        totals = report.data.totals.get(segment.id)
        zone = _zone(report, segment.id)
        if totals is None or zone is None:
            unplaced.append(segment.name)
            continue
        assert totals.attractiveness.value is not None and totals.strength.value is not None
        bubbles.append(
            Bubble(
                number=len(bubbles) + 1,
                name=segment.name,
                strength=totals.strength.value,
                attractiveness=totals.attractiveness.value,
                value_cents=segment.value_cents,
                targeting=segment.targeting,
                zone_text=f"{targeting_text(segment.targeting)} · {zones[zone]} · "
                f"{report.values.compact(segment.value_cents)}",
            )
        )
    if not bubbles:
        return []
    chart = ge_matrix(
        report.width,
        bubbles,
        zones,
        (enum_label(CriterionKind.STRENGTH), enum_label(CriterionKind.ATTRACTIVENESS)),
        (
            translate("Report", "low"),
            translate("Report", "medium"),
            translate("Report", "high"),
        ),
        report.theme,
    )
    story: list[Flowable] = [
        KeepTogether(
            [
                Heading(translate("Report", "GE–McKinsey matrix"), report.styles.h2, 1),
                note(
                    translate(
                        "Report",
                        "A bubble's area follows the segment's yearly value; full: primary "
                        "target, half: secondary target, empty: not targeted.",
                    ),
                    report.styles,
                ),
                gap(6),
                chart,
            ]
        )
    ]
    if unplaced:
        story.append(
            note(
                translate("Report", "Not placed (not scored on both families): {names}").format(
                    names=", ".join(unplaced)
                ),
                report.styles,
            )
        )
    return story
