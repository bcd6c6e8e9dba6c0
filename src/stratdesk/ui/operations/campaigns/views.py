"""The five views of the campaigns page as tabs (month, quarter, year, list, budget), and the
period they show: one date (`anchor`) that Page Up / Page Down, T and "Go to" move.

Every calendar view shows the same loaded campaigns; `show_campaigns`, `upsert` and `remove`
keep them in step (one row or bar at a time for a single change).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from stratdesk.domain.campaign_calendar import (
    CalendarPeriod,
    clamp_to_years,
    period_span,
    stepped_period,
)
from stratdesk.i18n.formatting import format_date, period_label
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.budget_view import BudgetView
from stratdesk.ui.operations.campaigns.list_view import CampaignListView
from stratdesk.ui.operations.campaigns.month_view import MonthGridView
from stratdesk.ui.operations.campaigns.timelines import (
    CalendarTimeline,
    campaign_bar,
    channel_lanes,
    status_labels,
)

MONTH, QUARTER, YEAR, LIST, BUDGET = range(5)
PERIODS = {MONTH: CalendarPeriod.MONTH, QUARTER: CalendarPeriod.QUARTER, YEAR: CalendarPeriod.YEAR}


class CalendarViews(QTabWidget):
    period_changed = Signal(str, object)  # the period's name, the anchor date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.month = MonthGridView()
        self.quarter = CalendarTimeline(CalendarPeriod.QUARTER)
        self.year = CalendarTimeline(CalendarPeriod.YEAR)
        self.list = CampaignListView()
        self.budget = BudgetView()
        # The month scrolls on a small screen rather than hiding its bars (see MonthGrid).
        self.month_area = QScrollArea()
        self.month_area.setWidget(self.month)
        self.month_area.setWidgetResizable(True)
        self.month_area.setFrameShape(QFrame.Shape.NoFrame)
        self.month_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.month_area.setFocusProxy(self.month)
        self.addTab(self.month_area, self.tr("Month"))
        self.addTab(self.quarter, self.tr("Quarter"))
        self.addTab(self.year, self.tr("Year"))
        self.addTab(self.list, self.tr("List"))
        self.addTab(self.budget, self.tr("Budget"))
        for index, key in enumerate(("Alt+1", "Alt+2", "Alt+3", "Alt+4", "Alt+5")):
            self.setTabToolTip(index, self.tr("Show this view ({key})").format(key=key))
        self.campaigns: dict[int, Any] = {}
        self.stale: set[int] = {QUARTER, YEAR, LIST}  # views to fill when first shown
        self.years = (dt.date.today().year, dt.date.today().year)
        self.anchor = dt.date.today()
        self.currency = "EUR"
        for timeline in self.timelines():
            timeline.horizontalScrollBar().valueChanged.connect(
                lambda _value, t=timeline: self._scrolled(t)
            )
        self.currentChanged.connect(self._view_shown)

    def _view_shown(self, _index: int) -> None:
        self._fill_current()
        self.show_period()

    def timelines(self) -> tuple[CalendarTimeline, CalendarTimeline]:
        return self.quarter, self.year

    def period(self) -> CalendarPeriod | None:
        """The period the current view steps by (None: the list and the budget)."""
        return PERIODS.get(self.currentIndex())

    # --- campaigns -------------------------------------------------------------------------
    def set_plan(self, years: tuple[int, int], currency: str, today: dt.date) -> None:
        self.years, self.currency = years, currency
        first, last = dt.date(years[0], 1, 1), dt.date(years[1], 12, 31)
        self.month.set_horizon(first, last)
        self.month.set_today(today)
        for timeline in self.timelines():
            timeline.set_horizon(first, last)
            timeline.set_today(today)
        self.anchor = clamp_to_years(self.anchor, years)

    def show_campaigns(self, campaigns: list[Any]) -> None:
        """Everything anew. The month is filled at once; the quarter, the year and the list
        when they are first shown (opening the page with thousands of campaigns stays quick)."""
        self.campaigns = {c.id: c for c in campaigns}
        self.month.set_campaigns(campaigns)
        self.stale = {QUARTER, YEAR, LIST}
        self._fill_current()

    def _fill_current(self) -> None:
        index = self.currentIndex()
        if index not in self.stale:
            return
        self.stale.discard(index)
        campaigns = list(self.campaigns.values())
        if index == LIST:
            self.list.model.set_rows(campaigns)
            return
        timeline = self.quarter if index == QUARTER else self.year
        timeline.set_lanes(channel_lanes(campaigns, self.currency))
        statuses = status_labels()
        timeline.set_bars([campaign_bar(c, statuses) for c in campaigns])

    def upsert(self, fresh: list[Any]) -> None:
        """A few campaigns added or changed: those only, in the views already filled."""
        for campaign in fresh:
            self.campaigns[campaign.id] = campaign
        self.month.upsert(fresh)
        statuses = status_labels()
        for index, timeline in ((QUARTER, self.quarter), (YEAR, self.year)):
            if index not in self.stale:
                timeline.set_lanes(channel_lanes(self.campaigns.values(), self.currency))
                timeline.update_bars([campaign_bar(c, statuses) for c in fresh])
        if LIST not in self.stale:
            self.list.model.upsert(fresh)

    def remove(self, ids: list[int]) -> None:
        for item_id in ids:
            self.campaigns.pop(item_id, None)
        self.month.remove(ids)
        for index, timeline in ((QUARTER, self.quarter), (YEAR, self.year)):
            if index not in self.stale:
                timeline.remove_bars(ids)
                timeline.set_lanes(channel_lanes(self.campaigns.values(), self.currency))
        if LIST not in self.stale:
            self.list.model.remove(ids)

    def select(self, item_id: int | None) -> None:
        """Make `item_id` current in the view shown (the month shows its first day)."""
        index = self.currentIndex()
        if index == MONTH:
            campaign = self.month.campaigns.get(item_id) if item_id is not None else None
            if campaign is not None and not self._month_shows(campaign):
                self.go_to(campaign.start)
            self.month.select(item_id)
        elif index in (QUARTER, YEAR):
            (self.quarter if index == QUARTER else self.year).select_bar(item_id)
        elif index == LIST and item_id is not None:
            self.list.select_id(item_id)

    def _month_shows(self, campaign: Any) -> bool:
        layout = self.month.grid_layout()
        first, last = layout.weeks[0].monday, layout.weeks[-1].monday + dt.timedelta(days=6)
        return campaign.start <= last and campaign.end >= first

    def current_view(self) -> QWidget:
        current = self.currentWidget()
        return self.month if current is self.month_area else current

    # --- the period ------------------------------------------------------------------------
    def step(self, steps: int) -> None:
        period = self.period()
        if period is not None:
            self.anchor = stepped_period(period, self.anchor, steps, self.years)
            self.show_period()

    def go_to(self, day: dt.date) -> None:
        self.anchor = clamp_to_years(day, self.years)
        self.show_period()

    def show_period(self) -> None:
        period = self.period()
        if period is None:
            self.period_changed.emit("", self.anchor)
            return
        first, _last = period_span(period, self.anchor)
        if period == CalendarPeriod.MONTH:
            self.month.set_month(first.year, first.month)
        else:
            timeline = self.quarter if period == CalendarPeriod.QUARTER else self.year
            timeline.show_from(first)
        self.period_changed.emit(self.period_name(period, first), self.anchor)

    @staticmethod
    def period_name(period: CalendarPeriod, first: dt.date) -> str:
        language = ui_language()
        if period == CalendarPeriod.MONTH:
            text = format_date(first, language, "LLLL yyyy")
            return text[:1].upper() + text[1:]
        if period == CalendarPeriod.QUARTER:
            return period_label(first, "quarter", language)
        return str(first.year)

    def _scrolled(self, timeline: CalendarTimeline) -> None:
        """Scrolling a timeline by hand moves the period shown (and its name) along."""
        if self.currentWidget() is not timeline or not timeline.isVisible():
            return
        first, last = timeline.visible_dates()
        middle = first + (last - first) / 2
        start, _end = period_span(timeline.period, middle)
        if period_span(timeline.period, self.anchor)[0] != start:
            self.anchor = middle
            self.period_changed.emit(self.period_name(timeline.period, start), self.anchor)
