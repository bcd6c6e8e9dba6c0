"""Segments: the market's segments at a glance, then each one's description, needs,
channels and personas."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from stratdesk.domain.enums import Targeting
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.flowables import Column, Heading, bullets, facts, gap, table, text
from stratdesk.services.read_models_targeting import PersonaRead, SegmentRead

# Shapes beside the targeting's name, as on the matrix: filled, half, empty.
TARGETING_MARKS = {Targeting.PRIMARY: "●", Targeting.SECONDARY: "◐", Targeting.NOT_TARGETED: "○"}


def targeting_text(targeting: Targeting) -> str:
    return f"{TARGETING_MARKS[targeting]} {enum_label(targeting)}"


def build(report: Report) -> list[Flowable]:
    segments = report.data.segments
    if not segments:
        return []
    values = report.values
    columns = [
        Column(translate("Report", "Segment"), 2.0, bold=True),
        Column(translate("Report", "Size"), 0.9, align="RIGHT"),
        Column(translate("Report", "Yearly value"), 1.1, align="RIGHT"),
        Column(translate("Report", "Growth"), 0.8, align="RIGHT"),
        Column(translate("Report", "Targeting"), 1.3),
    ]
    rows = [
        [
            s.name,
            values.number(s.size),
            values.compact(s.value_cents),
            values.percent(s.growth_pct),
            targeting_text(s.targeting),
        ]
        for s in segments
    ]
    story: list[Flowable] = [table(columns, rows, report.width, report.theme), gap(10)]
    for segment in segments:
        story += _details(report, segment, report.data.personas.get(segment.id, ()))
    return story


def _details(
    report: Report, segment: SegmentRead, personas: tuple[PersonaRead, ...]
) -> list[Flowable]:
    pairs: list[tuple[str, object]] = [
        (label, value)
        for label, value in (
            (translate("Report", "Description"), segment.description),
            (translate("Report", "Needs"), segment.needs),
            (translate("Report", "Channels"), segment.channels),
            (translate("Report", "Why this targeting"), segment.targeting_rationale),
        )
        if value.strip()
    ]
    if not pairs and not personas:
        return []
    styles = report.styles
    block: list[Flowable] = [Heading(segment.name, styles.h2, 1)]
    if pairs:
        block.append(facts(pairs, report.width, styles, label_share=0.22))
    story: list[Flowable] = [KeepTogether(block)]
    if personas:
        story.append(text(translate("Report", "Personas"), styles.h3))
        lines = []
        for persona in personas:
            parts = [persona.name]
            parts += [
                p for p in (persona.description, persona.needs, persona.channels) if p.strip()
            ]
            lines.append(" — ".join(parts))
        story += bullets(lines, styles.small)
    story.append(gap(6))
    return story
