"""The KPI page of the operations workspace (dashboard, charts, targets, measurements).

`kpi_page(document)` is the page factory the workspace registers. It imports the page (and so
pyqtgraph) only when called: the page is built the first time it is shown, keeping start-up
fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def kpi_page(document: PlanDocument) -> QWidget:
    """Build the KPI page for an open plan."""
    from stratdesk.ui.operations.kpis.page import KpiPageView

    return KpiPageView(document)


__all__ = ["kpi_page"]
