"""Environment: the PESTEL factors, the competitors, and Porter's five forces."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from stratdesk.domain.enums import PestelCategory, PorterForce, Trend
from stratdesk.domain.labels import (
    TREND_ARROWS,
    enum_label,
    enum_labels,
    force_ratings,
    impacts,
    likelihoods,
    threat_levels,
)
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.forces import five_forces
from stratdesk.reports.flowables import Column, Heading, gap, note, table, table_heading


def build(report: Report) -> list[Flowable]:
    data = report.data
    story: list[Flowable] = []
    if data.factors:
        story += _pestel(report)
    if data.competitors:
        story += _competitors(report)
    if any(rating.rating for rating in data.forces):
        story += _forces(report)
    return story


def trend_text(trend: Trend) -> str:
    return f"{TREND_ARROWS[trend]} {enum_label(trend)}"


def _pestel(report: Report) -> list[Flowable]:
    impact_words, likely_words = dict(impacts()), dict(likelihoods())
    order = list(PestelCategory)
    factors = sorted(report.data.factors, key=lambda f: (order.index(f.category), f.position))
    with_votes = any(f.votes for f in factors)
    columns = [
        Column(translate("Report", "Category"), 1.1, bold=True),
        Column(translate("Report", "Factor"), 3.2, max_lines=None),
        Column(translate("Report", "Impact"), 1.3),
        Column(translate("Report", "Likelihood"), 1.2),
        Column(translate("Report", "Trend"), 0.9),
    ]
    if with_votes:
        columns.append(Column(translate("Report", "Votes"), 0.5, align="RIGHT"))
    rows = []
    previous = None
    for factor in factors:
        row: list[object] = [
            enum_label(factor.category) if factor.category != previous else "",
            factor.text,
            impact_words.get(factor.impact, str(factor.impact)),
            likely_words.get(factor.likelihood, str(factor.likelihood)),
            trend_text(factor.trend),
        ]
        if with_votes:
            row.append(report.values.number(factor.votes))
        rows.append(row)
        previous = factor.category
    return [
        table_heading(translate("Report", "PESTEL factors"), report.styles),
        table(columns, rows, report.width, report.theme),
        gap(8),
    ]


def _competitors(report: Report) -> list[Flowable]:
    threat_words = dict(threat_levels())
    values = report.values
    columns = [
        Column(translate("Report", "Competitor"), 1.2, bold=True),
        Column(translate("Report", "Offer"), 1.6),
        Column(translate("Report", "Price level"), 0.8),
        Column(translate("Report", "Est. share"), 0.7, align="RIGHT"),
        Column(translate("Report", "Threat"), 0.9),
        Column(translate("Report", "Strengths"), 1.7),
        Column(translate("Report", "Weaknesses"), 1.7),
    ]
    rows = [
        [
            c.name,
            c.offer,
            enum_label(c.price_level),
            values.percent(c.estimated_share),
            threat_words.get(c.threat, str(c.threat)),
            c.strengths,
            c.weaknesses,
        ]
        for c in report.data.competitors
    ]
    return [
        table_heading(translate("Report", "Competitors"), report.styles),
        table(columns, rows, report.width, report.theme),
        gap(8),
    ]


def _forces(report: Report) -> list[Flowable]:
    labels = dict(zip(PorterForce, enum_labels(PorterForce), strict=True))
    ratings = {r.force: r.rating for r in report.data.forces}
    words = dict(force_ratings())
    chart = five_forces(
        report.width, labels, ratings, words, translate("Report", "not rated"), report.theme
    )
    story: list[Flowable] = [
        KeepTogether(
            [
                Heading(translate("Report", "Five forces"), report.styles.h2, 1),
                note(
                    translate(
                        "Report",
                        "How strongly each force weighs on the client's profits, from 1 to 5.",
                    ),
                    report.styles,
                ),
                gap(6),
                chart,
            ]
        ),
        gap(8),
    ]
    notes = [r for r in report.data.forces if r.notes.strip()]
    if notes:
        columns = [
            Column(translate("Report", "Force"), 1.3, bold=True),
            Column(translate("Report", "Rating"), 0.8),
            Column(translate("Report", "Notes"), 3.4, max_lines=None),
        ]
        rows = [[labels[r.force], words.get(r.rating, str(r.rating)), r.notes] for r in notes]
        story.append(table(columns, rows, report.width, report.theme))
    return story
