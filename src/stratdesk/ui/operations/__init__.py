"""The operations workspace: marketing mix, campaigns, experiments and KPIs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stratdesk.ui.pages import PageSpec

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def _mix(document: PlanDocument) -> QWidget:
    from stratdesk.ui.operations.mix import mix_page

    return mix_page(document)


def _campaigns(document: PlanDocument) -> QWidget:
    from stratdesk.ui.operations.campaigns import campaigns_page

    return campaigns_page(document)


def _experiments(document: PlanDocument) -> QWidget:
    from stratdesk.ui.operations.experiments import experiments_page

    return experiments_page(document)


def _kpis(document: PlanDocument) -> QWidget:
    from stratdesk.ui.operations.kpis import kpi_page

    return kpi_page(document)


def operation_pages() -> tuple[PageSpec, ...]:
    translate = QCoreApplication.translate
    return (
        PageSpec("mix", translate("OperationsPages", "Marketing mix"), _mix),
        PageSpec("campaigns", translate("OperationsPages", "Campaigns"), _campaigns),
        PageSpec("experiments", translate("OperationsPages", "Experiments"), _experiments),
        PageSpec("kpis", translate("OperationsPages", "KPIs"), _kpis),
    )
