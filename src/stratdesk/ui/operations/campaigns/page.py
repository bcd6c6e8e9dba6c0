"""The Campaigns page: the year's campaigns on a calendar (month, quarter, year), in a
sortable list, and their budget against the mix actions'; a side panel edits one campaign.

Data flows one way: the page loads the campaigns, the views show them, and every request
(a drag, a key, a field of the panel) is one undo command pushed by `CampaignIntents`. A
change to a few campaigns updates those rows and bars only (`apply_changes`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from stratdesk.domain.enums import Channel
from stratdesk.domain.errors import NotFound
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.operations.campaigns.editor import CampaignEditor
from stratdesk.ui.operations.campaigns.editor_panel import describe
from stratdesk.ui.operations.campaigns.intents import CampaignIntents
from stratdesk.ui.operations.campaigns.nav_bar import CalendarNavBar
from stratdesk.ui.operations.campaigns.views import BUDGET, LIST, CalendarViews
from stratdesk.ui.page import PageView
from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Changes the page follows row by row; any other kind reloads it.
FOLLOWED = frozenset({"campaign", "campaign_kpi", "experiment", "experiment_variant"})
FOLLOWED |= {"kpi_measurement"}
NEW_LENGTH = dt.timedelta(days=6)  # Ctrl+N plans a week from the day shown


class CampaignsPageView(PageView):
    kinds = frozenset({"campaign", "campaign_kpi", "experiment", "objective", "segment", "kpi"})
    kinds |= {"mix_action", "plan"}

    def __init__(
        self,
        document: PlanDocument,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(document, parent)
        self.today = today
        self.intents = CampaignIntents(document)
        self.service = document.services.campaigns
        self.campaigns: dict[int, Any] = {}
        self.objectives: dict[int, str] = {}
        self.segments: dict[int, str] = {}
        self._budget_stale = True
        self._make_actions()
        self.header = PageHeader(
            self.tr("Campaigns"),
            self.tr(
                "The campaigns on a calendar: channel, dates, planned and actual budgets, and "
                "the segment and objective each one serves. Drag across days to plan one."
            ),
            [self.add_action, self.export_action],
        )
        self.nav = CalendarNavBar(self.previous_action, self.today_action, self.next_action)
        self.empty_hint = QLabel(
            self.tr(
                "No campaigns yet. Drag across days in the month to plan the first one, or "
                "<a href='add'>add a campaign</a> (Ctrl+N)."
            )
        )
        self.empty_hint.setFont(sized_font(self.empty_hint, 13))
        self.empty_hint.setTextFormat(Qt.TextFormat.RichText)
        self.empty_hint.linkActivated.connect(lambda _link: self.add_campaign())
        self.views = CalendarViews()
        self.editor = CampaignEditor()
        # The panel scrolls, is never narrower than its fields, and keeps its width by name.
        self.splitter = SidePanelSplitter("campaigns", self.views, self.editor, 340, 0.32)
        self.panel = self.splitter.panel_area
        self.panel.hide()  # until a campaign is opened: the calendar gets the whole width
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.nav)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.splitter, 1)
        self._connect()
        if document.read_only:
            self._read_only()
        self.refresh()
        self.views.go_to(self.today())

    def _make_actions(self) -> None:
        self.add_action = QAction(self.tr("Add campaign"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_campaign)
        self.export_action = QAction(self.tr("Export calendar…"), self)
        self.export_action.setToolTip(self.tr("Save the campaigns as an .ics calendar file"))
        self.export_action.triggered.connect(self.export_calendar)
        self.previous_action: QAction = QAction("◀", self)
        self.previous_action.setToolTip(self.tr("Previous period"))
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.previous_action.triggered.connect(lambda: self.views.step(-1))
        self.today_action: QAction = QAction(self.tr("Today"), self)
        self.today_action.setToolTip(self.tr("Go to today"))
        self.today_action.setShortcut(QKeySequence(Qt.Key.Key_T))
        self.today_action.triggered.connect(lambda: self.views.go_to(self.today()))
        self.next_action: QAction = QAction("▶", self)
        self.next_action.setToolTip(self.tr("Next period"))
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.next_action.triggered.connect(lambda: self.views.step(1))
        actions = [self.add_action, self.previous_action, self.today_action, self.next_action]
        for index in range(5):
            tab = QAction(self)
            tab.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            tab.triggered.connect(lambda _checked=False, i=index: self.views.setCurrentIndex(i))
            actions.append(tab)
        for action in actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _read_only(self) -> None:
        """A plan open read-only: everything can be seen and opened, nothing changed."""
        self.add_action.setEnabled(False)
        self.views.month.editable = False
        for timeline in self.views.timelines():
            timeline.set_editable(False)
        self.editor.set_read_only(True)
        self.empty_hint.setText(self.tr("No campaigns in this plan."))

    def _connect(self) -> None:
        views, intents = self.views, self.intents
        month = views.month
        month.create_requested.connect(lambda start, end: self._created(intents.add(start, end)))
        month.move_requested.connect(intents.move)
        month.resize_requested.connect(intents.resize)
        for view in (month, views.quarter, views.year):
            view.edit_requested.connect(self.open_editor)
            view.delete_requested.connect(intents.delete)
            view.current_changed.connect(self._current_changed)
        for timeline in views.timelines():
            timeline.create_requested.connect(
                lambda lane, start, end: self._created(intents.add(start, end, lane))
            )
            timeline.move_requested.connect(self._moved_bar)
            timeline.resize_requested.connect(intents.resize)
        views.list.table.open_requested.connect(self.open_editor)
        views.list.table.delete_requested.connect(intents.delete)
        views.list.current_changed.connect(self._current_changed)
        views.currentChanged.connect(self._view_changed)
        views.period_changed.connect(self.nav.set_period)
        self.nav.date_chosen.connect(views.go_to)
        editor = self.editor
        editor.edit_requested.connect(self._edit_from_panel)
        editor.kpis_requested.connect(self._kpis_from_panel)
        editor.delete_requested.connect(intents.delete)
        editor.experiment_requested.connect(self.open_experiment)
        editor.close_requested.connect(self.close_editor)

    # -- showing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the campaigns and what they link to, then show them."""
        services, plan_id, plan = self.document.services, self.document.plan_id, self.document.plan
        campaigns = self.service.list(plan_id)
        self.campaigns = {c.id: c for c in campaigns}
        self.objectives = {o.id: o.statement for o in services.objectives.list(plan_id)}
        self.segments = {s.id: s.name for s in services.segments.list(plan_id)}
        kpis = [(k.id, k.name) for k in services.kpis.list(plan_id)]
        years = (plan.start_year, plan.end_year)
        self.views.set_plan(years, plan.currency, self.today())
        self.nav.date_edit.set_years(*years)
        self.views.list.model.set_context(self.objectives, self.segments, plan.currency)
        self.views.list.set_names(self.objectives, self.segments)
        self.views.show_campaigns(campaigns)
        self.editor.set_context(plan.currency, years, self.objectives, self.segments, kpis)
        self.views.month.describe = self.describe
        self._budget_stale = True
        self._load_budget_if_shown()
        self._show_in_editor()
        self.empty_hint.setVisible(not campaigns)
        self.views.show_period()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Campaigns changed, added or deleted (their experiments, KPI links) update in
        place; anything else (objectives, segments, the plan, mix actions) reloads."""
        if not changes.kinds <= FOLLOWED:
            return False
        ids = changes.ids_of("campaign")
        if "campaign" in changes.kinds and not ids:
            return False
        fresh, gone = [], []
        for item_id in sorted(ids):
            try:
                fresh.append(self.service.get(item_id))
            except NotFound:
                gone.append(item_id)
        for campaign in fresh:
            self.campaigns[campaign.id] = campaign
        for item_id in gone:
            self.campaigns.pop(item_id, None)
        if fresh:
            self.views.upsert(fresh)
        if gone:
            self.views.remove(gone)
        self._budget_stale = True
        self._load_budget_if_shown()
        self._show_in_editor()
        self.empty_hint.setVisible(not self.campaigns)
        return True

    def _load_budget_if_shown(self) -> None:
        if self._budget_stale and self.views.currentIndex() == BUDGET:
            self._budget_stale = False
            summary = self.service.budget(self.document.plan_id)
            currency = self.document.plan.currency
            self.views.budget.set_summary(summary, self.objectives, self.segments, currency)

    def _view_changed(self, index: int) -> None:
        self.nav.setVisible(index not in (LIST, BUDGET))
        self._load_budget_if_shown()
        campaign = self.editor.campaign if self.panel.isVisible() else None
        if campaign is not None and index != BUDGET:
            self.views.select(campaign.id)

    def describe(self, campaign: Any) -> str:
        """The month grid's tooltip: name, dates, channel, budgets, objective (plain text)."""
        return describe(campaign, self.objectives, self.document.plan.currency)

    # -- the side panel --------------------------------------------------------------------
    def open_editor(self, item_id: int, *, focus_name: bool = False) -> None:
        """Show the campaign in the side panel (double-click, Enter, a new campaign)."""
        if item_id not in self.campaigns:
            return
        self.panel.show()
        self._show_in_editor(item_id)
        if focus_name:
            self.editor.name_edit.setFocus()
            self.editor.name_edit.selectAll()

    def close_editor(self) -> None:
        self.panel.hide()
        self.views.current_view().setFocus()

    def _show_in_editor(self, item_id: int | None = None) -> None:
        if not self.panel.isVisible():
            return
        if item_id is None:
            item_id = self.editor.campaign.id if self.editor.campaign is not None else None
        campaign = self.campaigns.get(item_id) if item_id is not None else None
        if campaign is None:
            self.panel.hide()
            self.editor.show_campaign(None)
            return
        kpis = self.service.kpi_ids(campaign.id)
        experiments = self.document.services.experiments.for_campaign(campaign.id)
        self.editor.show_campaign(campaign, kpis, experiments)

    def _current_changed(self, item_id: int | None) -> None:
        if item_id is not None and self.panel.isVisible():
            self._show_in_editor(item_id)

    # -- requests --------------------------------------------------------------------------
    def add_campaign(self) -> int | None:
        """Ctrl+N: a week-long campaign from the day shown (clamped to the plan)."""
        plan = self.document.plan
        start = self.views.anchor
        last = dt.date(plan.end_year, 12, 31)
        end = min(start + NEW_LENGTH, last)
        return self._created(self.intents.add(start, end))

    def _created(self, item_id: int | None) -> int | None:
        if item_id is not None:
            self.views.select(item_id)
            self.open_editor(item_id, focus_name=True)
        return item_id

    def _moved_bar(self, item_id: int, lane: Any, start: dt.date, end: dt.date) -> None:
        campaign = self.campaigns.get(item_id)
        if campaign is not None and isinstance(lane, Channel) and lane != campaign.channel:
            self.intents.move_to_channel(item_id, lane, start, end)
        else:
            self.intents.move(item_id, start, end)

    def _edit_from_panel(self, item_id: int, changes: dict[str, Any]) -> None:
        if not self.intents.edit(item_id, changes) and self.intents.last_error:
            # Put back what is stored, and say why the change was refused.
            self._show_in_editor(item_id)
            self.editor.show_error(self.intents.last_error)

    def _kpis_from_panel(self, item_id: int, kpi_ids: list[int]) -> None:
        if not self.intents.set_kpis(item_id, kpi_ids) and self.intents.last_error:
            self._show_in_editor(item_id)
            self.editor.show_error(self.intents.last_error)

    def open_experiment(self, experiment_id: int) -> None:
        """The experiments page, with this experiment chosen."""
        from stratdesk.ui.operations.campaigns.navigation import open_page

        page = open_page(self, "operations", "experiments")
        if page is not None and hasattr(page, "select_experiment"):
            page.select_experiment(experiment_id)

    def export_calendar(self) -> Any:
        window = self.window()
        if hasattr(window, "export_calendar"):
            return window.export_calendar()
        from stratdesk.ui.exports.calendar import export_calendar

        return export_calendar(self, self.document)

    def screenshot_states(self) -> Iterator[str]:
        """The other views, one at a time, for `stratdesk screenshots`; then the month again."""
        for index, name in ((1, "quarter"), (2, "year"), (LIST, "list"), (BUDGET, "budget")):
            self.views.setCurrentIndex(index)
            yield name
        self.views.setCurrentIndex(0)
