"""The "Strategy on a page" page: the plan in one screen, for a client's management.

Positioning statements and objectives (with their KPI's status and progress) side by side;
under them the year's main campaigns on a strip calendar (the shared timeline, read-only:
Enter or a double-click opens a campaign in the Campaigns page) beside the budget split by
objective. It follows the document's `AlignmentState`: read again only when a change touches
what it shows. Large type, legible on a 1920×1080 projector; it scrolls on a small screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QScrollArea, QVBoxLayout, QWidget

from stratdesk.services.changes import ChangeSet
from stratdesk.services.strategy_page import StrategyPage, strategy_page
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.timelines import (
    campaign_bar,
    channel_lanes,
    status_labels,
)
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.alignment.navigation import focus
from stratdesk.ui.strategy.alignment.state import alignment_state
from stratdesk.ui.strategy.onepage.parts import Panel, budget_grid, objective_line, plain
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.timeline import TimelineView, Zoom

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

STRIP_HEIGHT = 240


class StrategyOnAPageView(PageView):
    """Read-only: every edit happens in the pages it sums up (Enter on a campaign opens it)."""

    kinds: frozenset[str] = frozenset({"client"})  # the brand named in the statements

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.state = alignment_state(document)
        self.header = PageHeader(
            self.tr("Strategy on a page"),
            self.tr(
                "The plan in one screen: how the brand is positioned, where it is going and how "
                "far it has come, the year's main campaigns and where the money goes."
            ),
            [],
        )
        self.positioning = Panel(self.tr("Positioning"))
        self.objectives = Panel(self.tr("Objectives"))
        self.campaigns = Panel(self.tr("Main campaigns"), fill=True)
        self.budget = Panel(self.tr("Budget by objective"))
        self.strip = TimelineView(zoom=Zoom.YEAR, levels=(Zoom.YEAR,))
        self.strip.setObjectName("strategyStrip")
        self.strip.set_editable(False)
        self.strip.set_fit_days(366)
        self.strip.setMinimumHeight(STRIP_HEIGHT)
        self.strip.set_lane_header_width(170)
        self.strip.edit_requested.connect(self._open_campaign)
        self.campaigns.body.addWidget(self.strip, 1)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setSpacing(14)
        grid.addWidget(self.positioning, 0, 0)
        grid.addWidget(self.objectives, 0, 1, 1, 2)
        grid.addWidget(self.campaigns, 1, 0, 1, 2)
        grid.addWidget(self.budget, 1, 2)
        grid.setRowStretch(1, 1)
        # Top: positioning and objectives halves; bottom: the strip two thirds, budget one.
        for column, stretch in enumerate((3, 1, 2)):
            grid.setColumnStretch(column, stretch)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        self.shown: StrategyPage | None = None
        self.shown_reads = -1
        self.state.updated.connect(self._on_updated)
        self.refresh()

    def refresh(self) -> None:
        self.state.ensure()
        self.shown_reads = -1
        self._show()

    def apply_changes(self, changes: ChangeSet) -> bool:
        self.refresh()
        return True

    def _on_updated(self) -> None:
        if self.isVisible():
            self._show()
        else:
            self.stale = True

    def _show(self) -> None:
        data = self.state.data
        if data is None or self.shown_reads == self.state.reads:
            return
        self.shown_reads = self.state.reads
        language = ui_language()
        brand = self.document.client.name if self.document.client is not None else ""
        page = strategy_page(data, brand, str(data.plan.language))
        self.shown = page
        self._show_positioning(page)
        self._show_objectives(page, language)
        self._show_campaigns(page)
        self.budget.clear()
        if page.budget:
            self.budget.body.addWidget(budget_grid(page.budget, page.currency, language))
        else:
            self.budget.empty(self.tr("No budget planned yet: give campaigns a budget."))

    def _show_positioning(self, page: StrategyPage) -> None:
        self.positioning.clear()
        for line in page.positioning:
            self.positioning.body.addWidget(plain(line.segment, 13, bold=True))
            self.positioning.body.addWidget(plain(line.statement))
        if not page.positioning:
            self.positioning.empty(
                self.tr("No positioning yet: write one for each target segment.")
            )

    def _show_objectives(self, page: StrategyPage, language: str) -> None:
        self.objectives.clear()
        for line in page.objectives:
            self.objectives.body.addWidget(objective_line(line, page.currency, language))
        if not page.objectives:
            self.objectives.empty(self.tr("No objective yet: set them on the Objectives page."))

    def _show_campaigns(self, page: StrategyPage) -> None:
        self.campaigns.title.setText(self.tr("Main campaigns of {year}").format(year=page.year))
        lanes = channel_lanes(page.campaigns, page.currency) if page.campaigns else []
        statuses = status_labels()
        bars = [campaign_bar(c, statuses) for c in page.campaigns]
        first, last = dt.date(page.year, 1, 1), dt.date(page.year, 12, 31)
        self.strip.set_content(lanes, bars, first, last)
        self.strip.show_from(first)

    def _open_campaign(self, bar_id: Hashable) -> None:
        if isinstance(bar_id, int):
            focus(self, "campaign", bar_id)
