"""Positioning: each targeted segment's statement, written out in the export's language from
its seven fields (fields still empty show as grey placeholders), then the perceptual map."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from stratdesk.domain.enums import MapAxisOrientation
from stratdesk.domain.labels import enum_label
from stratdesk.domain.positioning import build_statement
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.common import legend, marker
from stratdesk.reports.drawings.perceptual import AxisWords, MapMark, perceptual_map
from stratdesk.reports.flowables import Heading, boxed, gap, note
from stratdesk.reports.markup import escape
from stratdesk.reports.theme import MUTED
from stratdesk.services.read_models_targeting import PositioningRead

FILLS = ("own", "competitor", "free")


def statement_markup(report: Report, positioning: PositioningRead) -> str:
    """The statement as markup: the person's words escaped, placeholders in grey."""
    statement = build_statement(positioning, report.data.client.name, report.language)
    muted = MUTED.hexval()[2:]
    return "".join(
        f'<font color="#{muted}">{escape(part.text)}</font>' if part.missing else escape(part.text)
        for part in statement.parts
    )


def build(report: Report) -> list[Flowable]:
    story: list[Flowable] = []
    for segment in report.data.segments:
        positioning = report.data.positionings.get(segment.id)
        if positioning is None:
            continue
        quote = Paragraph(statement_markup(report, positioning), report.styles.quote_plain)
        story.append(
            KeepTogether(
                [
                    Heading(segment.name, report.styles.h2, 1),
                    boxed([quote], report.width, report.theme),
                    gap(8),
                ]
            )
        )
    if report.data.map_points:
        story += _map(report)
    return story


def _axis(report: Report, orientation: MapAxisOrientation) -> AxisWords:
    found = next((a for a in report.data.map_axes if a.orientation == orientation), None)
    if found is None:
        return AxisWords(enum_label(orientation), "", "")
    return AxisWords(found.name, found.low_label, found.high_label)


def _map(report: Report) -> list[Flowable]:
    marks = [
        MapMark(
            p.label,
            p.x,
            p.y,
            "own" if p.own_brand else ("competitor" if p.competitor_id is not None else "free"),
        )
        for p in report.data.map_points
    ]
    chart = perceptual_map(
        report.width,
        _axis(report, MapAxisOrientation.X),
        _axis(report, MapAxisOrientation.Y),
        marks,
        report.theme,
    )
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    key = Drawing(report.width, 14)
    fills = {
        "own": report.theme.accent,
        "competitor": colors.white,
        "free": colors.HexColor("#B8BEC4"),
    }
    shapes = {"own": "star", "competitor": "circle", "free": "diamond"}
    words = {
        "own": translate("Report", "Our brand"),
        "competitor": translate("Report", "Competitor"),
        "free": translate("Report", "Other point"),
    }
    items = [
        (marker(shapes[k], 5, 2.5, 7, fills[k]), words[k])
        for k in FILLS
        if any(m.kind == k for m in marks)
    ]
    legend(key, items, 0, 4, report.width)
    return [
        KeepTogether(
            [
                Heading(translate("Report", "Perceptual map"), report.styles.h2, 1),
                note(
                    translate(
                        "Report", "Where customers place the brand and its rivals on two axes."
                    ),
                    report.styles,
                ),
                gap(6),
                chart,
                key,
            ]
        )
    ]
