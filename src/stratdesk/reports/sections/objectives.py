"""Objectives: each statement in full, the KPI that measures it, its way from the baseline
through the latest actual to the target (a bar and the figures), its SMART notes, and its
key results. Actuals and status come from the KPI tiles' rule (`services.kpi_series`)."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from stratdesk.domain.enums import KpiUnit
from stratdesk.domain.kpi_status import status_text
from stratdesk.domain.labels import enum_label
from stratdesk.domain.objective_progress import as_percent, bar_fraction
from stratdesk.domain.smart import SmartCriterion, check_summary, criterion_line
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.bars import progress_bar
from stratdesk.reports.flowables import Heading, bullets, facts, gap, note
from stratdesk.reports.markup import escape, shorten
from stratdesk.services.objective_review import Measured
from stratdesk.services.read_models import KeyResultRead, ObjectiveRead


def build(report: Report) -> list[Flowable]:
    story: list[Flowable] = []
    for number, objective in enumerate(report.data.objectives, 1):
        story += _objective(report, number, objective)
    return story


def unit_of(report: Report, kpi_id: int | None) -> KpiUnit:
    summary = report.data.kpi_summaries.get(kpi_id) if kpi_id is not None else None
    return summary.kpi.unit if summary is not None else KpiUnit.COUNT


def measured_text(report: Report, measured: Measured) -> str:
    """ "1 234 (12 Oct 2026) · ✓ On track", or the status alone without data."""
    if measured.kpi is None:
        return ""
    if measured.latest_value is None:
        return status_text(measured.status)
    value = report.values.value(measured.latest_value, measured.kpi.unit)
    return f"{value} ({report.values.day(measured.latest_day)}) · {status_text(measured.status)}"


def _objective(report: Report, number: int, objective: ObjectiveRead) -> list[Flowable]:
    styles, values = report.styles, report.values
    review = report.data.reviews.get(objective.id)
    title = translate("Report", "Objective {n}").format(n=number)
    heading = Heading(
        f"{title} · {enum_label(objective.status)}",
        styles.h2,
        1,
        outline=f"{number}. {shorten(objective.statement, 70)}",
    )
    block: list[Flowable] = [
        heading,
        Paragraph(f"<b>{escape(objective.statement)}</b>", styles.body),
    ]
    unit = unit_of(report, objective.kpi_id)
    pairs: list[tuple[str, object]] = []
    kpi_name = report.data.kpi_name(objective.kpi_id)
    if kpi_name:
        pairs.append((translate("Report", "Measured by"), kpi_name))
    if objective.baseline is not None or objective.target is not None:
        pairs.append(
            (
                translate("Report", "From baseline to target"),
                f"{values.value(objective.baseline, unit)} → "
                f"{values.value(objective.target, unit)}",
            )
        )
    if review is not None and review.measured.kpi is not None:
        pairs.append((translate("Report", "Latest actual"), measured_text(report, review.measured)))
    if objective.deadline is not None:
        pairs.append((translate("Report", "Deadline"), values.day(objective.deadline)))
    if objective.owner.strip():
        pairs.append((translate("Report", "Owner"), objective.owner))
    if pairs:
        block.append(facts(pairs, report.width, styles, label_share=0.26))
    if review is not None and review.share is not None:
        percent = as_percent(review.share)
        label = values.percent(percent)
        block += [
            gap(3),
            note(translate("Report", "Progress from the baseline to the target"), styles),
            progress_bar(min(report.width, 260), bar_fraction(review.share), label, report.theme),
        ]
    story: list[Flowable] = list(block)
    if review is not None:
        smart = review.smart
        lines = [criterion_line(smart, c) for c in SmartCriterion]
        story.append(Paragraph(f"<b>{escape(check_summary(smart))}</b>", styles.small))
        if not smart.complete:
            story += bullets(lines, styles.muted)
    results = report.data.key_results.get(objective.id, ())
    if results:
        title = translate("Report", "Key results")
        story.append(Paragraph(f"<b>{escape(title)}</b>", styles.h3))
        story += bullets([_result(report, r) for r in results], styles.small)
    # One objective on one page when it fits (its key results not left to the next one).
    return [KeepTogether(story), gap(10)]


def _result(report: Report, result: KeyResultRead) -> str:
    values = report.values
    parts = [result.statement]
    measure = report.data.kpi_name(result.kpi_id) or result.metric
    unit = unit_of(report, result.kpi_id)
    if measure:
        parts.append(translate("Report", "measured by {name}").format(name=measure))
    if result.target is not None:
        parts.append(
            translate("Report", "target {value}").format(value=values.value(result.target, unit))
        )
    if result.due is not None:
        parts.append(translate("Report", "due {day}").format(day=values.day(result.due)))
    measured = report.data.results.get(result.id)
    if measured is not None and measured.kpi is not None:
        parts.append(
            translate("Report", "latest {value}").format(value=measured_text(report, measured))
        )
    return " — ".join(parts[:1]) + (" (" + "; ".join(parts[1:]) + ")" if len(parts) > 1 else "")
