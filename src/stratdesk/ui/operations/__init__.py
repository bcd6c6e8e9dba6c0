"""The operations workspace: marketing mix, campaigns, experiments and KPIs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stratdesk.ui.pages import PageSpec, empty_page

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def _mix(document: PlanDocument) -> QWidget:
    from stratdesk.ui.operations.mix import mix_page

    return mix_page(document)


def _kpis(document: PlanDocument) -> QWidget:
    from stratdesk.ui.operations.kpis import kpi_page

    return kpi_page(document)


def operation_pages() -> tuple[PageSpec, ...]:
    translate = QCoreApplication.translate
    return (
        PageSpec("mix", translate("OperationsPages", "Marketing mix"), _mix),
        empty_page(
            "campaigns",
            translate("OperationsPages", "Campaigns"),
            translate(
                "OperationsPages",
                "The year's campaigns on a calendar: channel, dates, planned and actual "
                "budgets, and the segment and objective each one serves.",
            ),
            translate(
                "OperationsPages", "Add your first campaign: a name, a channel and its dates."
            ),
        ),
        empty_page(
            "experiments",
            translate("OperationsPages", "Experiments"),
            translate(
                "OperationsPages",
                "Test and learn: each experiment states a hypothesis, the metric that "
                "decides it, its variants, the result and what was decided.",
            ),
            translate(
                "OperationsPages",
                "Add your first experiment: what do you believe, and how will you know?",
            ),
        ),
        PageSpec("kpis", translate("OperationsPages", "KPIs"), _kpis),
    )
