"""What each cell of the objectives tree says: its text, its tooltip and the value it edits.

The numbers and dates are written by `i18n.formatting` (in the measuring KPI's unit, the
plan's currency and the interface's language); the words of the SMART check and of the KPI
status come from the domain, so that the PDF can say the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from stratdesk.domain.kpi_status import KpiStatus, status_text
from stratdesk.domain.objective_progress import as_percent
from stratdesk.domain.smart import SmartCriterion, check_summary, criterion_label, criterion_line
from stratdesk.i18n.formatting import format_date, format_percent, format_value, period_label
from stratdesk.services.objective_review import Measured, ObjectiveReview
from stratdesk.services.read_models import KeyResultRead, ObjectiveRead
from stratdesk.services.read_models_ops import KpiRead

STATEMENT, MEASURE, BASELINE, TARGET, DEADLINE, PROGRESS, SMART = range(7)
NUMERIC = frozenset({BASELINE, TARGET})
COUNT = "count"
DASH = "—"

translate = QCoreApplication.translate


def headers() -> tuple[str, ...]:
    return (
        translate("ObjectivesModel", "Objective and key results"),
        translate("ObjectivesModel", "Measured by"),
        translate("ObjectivesModel", "Baseline"),
        translate("ObjectivesModel", "Target"),
        translate("ObjectivesModel", "Deadline"),
        translate("ObjectivesModel", "Progress"),
        translate("ObjectivesModel", "SMART"),
    )


@dataclass(frozen=True)
class Formats:
    """How to write values: the plan's currency and the interface's language."""

    currency: str = "EUR"
    language: str = "en"

    def value(self, value: float | None, kpi: KpiRead | None) -> str:
        if value is None:
            return ""
        return format_value(value, str(kpi.unit) if kpi else COUNT, self.currency, self.language)

    def day(self, day: Any) -> str:
        return format_date(day, self.language) if day is not None else ""


# -- objectives -----------------------------------------------------------------------------
def objective_text(
    objective: ObjectiveRead, column: int, review: ObjectiveReview, kpi: KpiRead | None, f: Formats
) -> str:
    if column == STATEMENT:
        return " ".join(objective.statement.split())
    if column == MEASURE:
        return kpi.name if kpi else DASH
    if column == BASELINE:
        return f.value(objective.baseline, kpi)
    if column == TARGET:
        return f.value(objective.target, kpi)
    if column == DEADLINE:
        return f.day(objective.deadline)
    if column == PROGRESS:
        return progress_text(objective, review, kpi, f)
    if column == SMART:
        return f"{review.smart.score}/4"
    return ""


def progress_text(
    objective: ObjectiveRead, review: ObjectiveReview, kpi: KpiRead | None, f: Formats
) -> str:
    """ "45% · ✓ On track", or what is missing for a progress ("No measurement yet")."""
    measured = review.measured
    if kpi is None:
        return translate("ObjectivesModel", "Choose a KPI")
    if objective.baseline is None or objective.target is None:
        return translate("ObjectivesModel", "Set a baseline and a target")
    if measured.latest_value is None:
        return translate("ObjectivesModel", "No measurement yet")
    percent = as_percent(review.share)
    shown = format_percent(percent, f.language) if percent is not None else DASH
    if measured.status == KpiStatus.NO_DATA:
        return shown
    return translate("ObjectivesModel", "{percent}  {status}").format(
        percent=shown, status=status_text(measured.status)
    )


def share_text(review: ObjectiveReview, f: Formats) -> str:
    """ "25% of the way from the baseline to the target" ("" when unknown)."""
    percent = as_percent(review.share)
    if percent is None:
        return ""
    return translate(
        "ObjectivesModel", "{percent} of the way from the baseline to the target"
    ).format(percent=format_percent(percent, f.language))


def progress_lines(
    objective: ObjectiveRead, review: ObjectiveReview, kpi: KpiRead | None, f: Formats
) -> list[str]:
    """Baseline → latest → target in the KPI's unit, and the status it is judged by."""
    measured = review.measured
    if kpi is None:
        return [
            translate(
                "ObjectivesModel",
                "Choose the KPI that measures this objective (or create one from it): its "
                "measurements show the progress here.",
            )
        ]
    latest = (
        translate("ObjectivesModel", "{value} on {date}").format(
            value=f.value(measured.latest_value, kpi), date=f.day(measured.latest_day)
        )
        if measured.latest_value is not None
        else translate("ObjectivesModel", "no measurement yet")
    )
    path = translate("ObjectivesModel", "{kpi}: {baseline} → {latest} → {target}").format(
        kpi=kpi.name,
        baseline=f.value(objective.baseline, kpi) or DASH,
        latest=latest,
        target=f.value(objective.target, kpi) or DASH,
    )
    return [path, status_line(measured, f)]


def progress_tooltip(
    objective: ObjectiveRead, review: ObjectiveReview, kpi: KpiRead | None, f: Formats
) -> str:
    lines = progress_lines(objective, review, kpi, f)
    if objective.deadline is not None and kpi is not None:
        deadline = translate("ObjectivesModel", "Deadline: {date}")
        lines.insert(1, deadline.format(date=f.day(objective.deadline)))
    return "\n".join(lines)


def status_line(measured: Measured, f: Formats) -> str:
    """The KPI's status as its dashboard tile gives it, with the target it is judged by."""
    status = status_text(measured.status)
    if measured.target is None or measured.target_period is None or measured.kpi is None:
        return translate("ObjectivesModel", "{status}: no KPI target for this period").format(
            status=status
        )
    return translate(
        "ObjectivesModel", "{status} against the KPI's target of {target} ({period})"
    ).format(
        status=status,
        target=f.value(measured.target, measured.kpi),
        period=period_label(measured.target_period, measured.kpi.period, f.language),
    )


def smart_tooltip(review: ObjectiveReview) -> str:
    lines = [check_summary(review.smart)]
    lines += [criterion_line(review.smart, criterion) for criterion in SmartCriterion]
    return "\n".join(lines)


def smart_lines(review: ObjectiveReview) -> str:
    """The check in few lines: what is missing one criterion a line, what holds on one."""
    smart = review.smart
    lines = [check_summary(smart)]
    lines += [criterion_line(smart, c) for c in SmartCriterion if not smart.met(c)]
    met = [criterion_label(c) for c in SmartCriterion if smart.met(c)]
    if met:
        lines.append("✓ " + translate("ObjectivesModel", ", ").join(met))
    return "\n".join(lines)


# -- key results ----------------------------------------------------------------------------
def result_text(result: KeyResultRead, column: int, measured: Measured, f: Formats) -> str:
    kpi = measured.kpi
    if column == STATEMENT:
        return " ".join(result.statement.split())
    if column == MEASURE:
        return kpi.name if kpi else (result.metric or DASH)
    if column == TARGET:
        return f.value(result.target, kpi)
    if column == DEADLINE:
        return f.day(result.due)
    if column == PROGRESS and kpi is not None and measured.latest_value is not None:
        return translate("ObjectivesModel", "Latest {value}").format(
            value=f.value(measured.latest_value, kpi)
        )
    return ""


# -- editing --------------------------------------------------------------------------------
def objective_value(objective: ObjectiveRead, column: int) -> Any:
    """The stored value a cell's editor starts from."""
    field = {STATEMENT: "statement", MEASURE: "kpi_id", BASELINE: "baseline"}
    field |= {TARGET: "target", DEADLINE: "deadline"}
    return getattr(objective, field[column]) if column in field else None


def result_value(result: KeyResultRead, column: int) -> Any:
    if column == MEASURE:
        return result.kpi_id if result.kpi_id is not None else result.metric
    field = {STATEMENT: "statement", TARGET: "target", DEADLINE: "due"}
    return getattr(result, field[column]) if column in field else None


def changes_for(objective: bool, column: int, value: Any) -> dict[str, Any]:
    """The fields an edited cell changes: a key result is measured by a KPI (an id) or by a
    metric of its own (a text), never both."""
    if column == STATEMENT:
        return {"statement": value}
    if column == MEASURE:
        if objective:
            return {"kpi_id": value}
        if isinstance(value, int):
            return {"kpi_id": value, "metric": ""}
        return {"kpi_id": None, "metric": (value or "").strip()}
    if column == BASELINE and objective:
        return {"baseline": value}
    if column == TARGET:
        return {"target": value}
    if column == DEADLINE:
        return {"deadline" if objective else "due": value}
    return {}
