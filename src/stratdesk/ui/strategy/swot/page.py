"""The SWOT & TOWS page: the four-quadrant board, and the strategies that combine it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.swot.board import SwotPanel
from stratdesk.ui.strategy.swot.data import SwotData
from stratdesk.ui.strategy.swot.intents import SwotIntents
from stratdesk.ui.strategy.swot.tows import TowsPanel
from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.page_header import PageHeader

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

SWOT_TAB, TOWS_TAB = 0, 1


class SwotView(PageView):
    """Two tabs: the SWOT board and the TOWS matrix, refreshed together from one load."""

    kinds = frozenset(
        {"swot_item", "tows_strategy", "tows_link", "objective", "environment_factor", "competitor"}
    )

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.blurbs = (
            self.tr(
                "Strengths and weaknesses inside the company, opportunities and threats outside "
                "it; then the TOWS strategies that combine them. Drag cards or use the keyboard: "
                "Enter edits, Ctrl+arrows move, 1 to 5 set the weight."
            ),
            self.tr(
                "Strategies that combine the SWOT: strengths to seize opportunities (SO) or to "
                "meet threats (ST), opportunities that overcome weaknesses (WO), defences where "
                "weaknesses meet threats (WT). Tick the SWOT items each one combines; drag cards "
                "or use the keyboard: Enter edits, Ctrl+arrows move."
            ),
        )
        self.header = PageHeader(self.tr("SWOT & TOWS"), self.blurbs[SWOT_TAB], [])
        self.intents = SwotIntents(document)
        self.swot = SwotPanel(self.intents)
        self.tows = TowsPanel(self.intents)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setFont(sized_font(self.tabs.tabBar(), 13, bold=True))
        self.tabs.addTab(self.swot, self.tr("SWOT"))
        self.tabs.addTab(self.tows, self.tr("TOWS strategies"))
        # The sentence under the title speaks of the tab shown (TOWS has no weights).
        self.tabs.currentChanged.connect(
            lambda tab: self.header.description_label.setText(self.blurbs[tab])
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.guard_edits(
            self.swot.board, self.tows.board, self.tows.link_list, self.tows.promote_button
        )
        self.data = SwotData()
        self.refresh()

    def refresh(self) -> None:
        self.data = SwotData.load(self.document.services, self.document.plan_id)
        self.swot.show_data(self.data)
        self.tows.show_data(self.data)
