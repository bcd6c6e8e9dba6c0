"""The Environment page: PESTEL factors, competitors and Porter's five forces, one tab each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.environment.competitors import CompetitorsPanel
from stratdesk.ui.strategy.environment.forces import ForcesPanel
from stratdesk.ui.strategy.environment.intents import EnvironmentIntents
from stratdesk.ui.strategy.environment.pestel import PestelPanel
from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.page_header import PageHeader

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

PESTEL_TAB, COMPETITORS_TAB, FORCES_TAB = range(3)


class EnvironmentView(PageView):
    """The world around the client, in three tabs refreshed from the services."""

    kinds = frozenset({"environment_factor", "competitor", "force_rating", "swot_item"})

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.header = PageHeader(
            self.tr("Environment"),
            self.tr(
                "PESTEL factors rated for impact and likelihood, the main competitors and "
                "Porter's five forces. Send what matters to the SWOT."
            ),
            [],
        )
        self.intents = EnvironmentIntents(document)
        self.pestel = PestelPanel(self.intents)
        self.competitors = CompetitorsPanel(document, self.intents)
        self.forces = ForcesPanel(self.intents)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFont(sized_font(self.tabs.tabBar(), 13, bold=True))
        self.tabs.addTab(self.pestel, self.tr("PESTEL"))
        self.tabs.addTab(self.competitors, self.tr("Competitors"))
        self.tabs.addTab(self.forces, self.tr("Five forces"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        competitors = self.competitors
        self.guard_edits(
            self.pestel.board,
            self.pestel.inspector,
            competitors.table,
            competitors.add_action,
            competitors.delete_action,
            competitors.opportunity_action,
            competitors.threat_action,
            self.forces.table,
        )
        self.refresh()

    def refresh(self) -> None:
        services, plan_id = self.document.services, self.document.plan_id
        self.pestel.show_data(services.factors.list(plan_id), services.swot.list(plan_id))
        self.competitors.show_data()
        self.forces.show_data(services.forces.list(plan_id))
