"""The workbook's KPI sheets: each KPI's latest value, target and status (the dashboard's
rule), each target period's actual and status, and every measurement (read KPI by KPI)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from stratdesk.domain.kpi_status import status, status_text
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import period_label
from stratdesk.io.xlsx_cells import Kind
from stratdesk.io.xlsx_sheets import Col, Row, SheetSpec
from stratdesk.services.kpi_series import TOLERANCE
from stratdesk.services.plan_contents import PlanContents

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices


def kpi_sheets(data: PlanContents, language: str) -> list[SheetSpec]:

    def kpis() -> Iterator[Row]:
        for series in data.kpi_series:
            kpi = series.kpi
            summary = data.kpi_summaries.get(kpi.id)
            unit = kpi.unit.value
            yield (
                kpi.name,
                enum_label(kpi.unit),
                enum_label(kpi.direction),
                enum_label(kpi.period),
                enum_label(kpi.formula),
                summary.latest_day if summary else None,
                (summary.latest_value if summary else None, unit),
                (summary.target if summary else None, unit),
                status_text(summary.status) if summary else "",
                kpi.description,
            )

    def periods() -> Iterator[Row]:
        for series in data.kpi_series:
            kpi = series.kpi
            unit = kpi.unit.value
            actuals = series.period_actuals()
            for start, target, actual in zip(
                series.target_starts, series.target_values, actuals, strict=True
            ):
                judged = status(actual, target, kpi.direction, tolerance=TOLERANCE)
                yield (
                    kpi.name,
                    start,
                    period_label(start, kpi.period.value, language),
                    (target, unit),
                    (actual, unit),
                    status_text(judged),
                )

    period_count = sum(len(s.target_starts) for s in data.kpi_series)
    return [
        SheetSpec(
            translate("Workbook", "KPIs"),
            (
                Col(translate("Workbook", "KPI")),
                Col(translate("Workbook", "Unit")),
                Col(translate("Workbook", "Direction")),
                Col(translate("Workbook", "Period")),
                Col(translate("Workbook", "Formula")),
                Col(translate("Workbook", "Latest measurement"), Kind.DATE),
                Col(translate("Workbook", "Latest value"), Kind.KPI),
                Col(translate("Workbook", "Target of its period"), Kind.KPI),
                Col(translate("Workbook", "Status")),
                Col(translate("Workbook", "Description")),
            ),
            kpis,
            len(data.kpi_series),
        ),
        SheetSpec(
            translate("Workbook", "KPI periods"),
            (
                Col(translate("Workbook", "KPI")),
                Col(translate("Workbook", "Period start"), Kind.DATE),
                Col(translate("Workbook", "Period")),
                Col(translate("Workbook", "Target"), Kind.KPI),
                Col(translate("Workbook", "Actual"), Kind.KPI),
                Col(translate("Workbook", "Status")),
            ),
            periods,
            period_count,
        ),
    ]


def measurements_spec(services: PlanServices, contents: PlanContents) -> SheetSpec:
    """Every measurement of every KPI, read KPI by KPI (never all at once)."""
    campaigns = {c.id: c.name for c in contents.campaigns}

    def rows() -> Iterator[Row]:
        for series in contents.kpi_series:
            kpi = series.kpi
            for m in services.kpi_measurements.list(kpi.id):
                yield (
                    kpi.name,
                    m.day,
                    (m.value, kpi.unit.value if not m.component else "count"),
                    m.component,
                    m.source,
                    campaigns.get(m.campaign_id, "") if m.campaign_id else "",
                )

    return SheetSpec(
        translate("Workbook", "Measurements"),
        (
            Col(translate("Workbook", "KPI")),
            Col(translate("Workbook", "Date"), Kind.DATE),
            Col(translate("Workbook", "Value"), Kind.KPI),
            Col(translate("Workbook", "Component")),
            Col(translate("Workbook", "Source")),
            Col(translate("Workbook", "Campaign")),
        ),
        rows,
        sum(s.count for s in contents.kpi_series),
    )
