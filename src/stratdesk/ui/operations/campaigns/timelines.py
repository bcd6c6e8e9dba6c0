"""The quarter and year views: the shared timeline, one lane per channel, a quarter or a year
filling the width (`set_fit_days`), drags snapped to days.

A bar dragged onto another channel's lane moves the campaign to that channel; a drag across
empty time in a lane creates a campaign of that channel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from stratdesk.domain.campaign_calendar import CalendarPeriod, channels_used
from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.labels import enum_choices, enum_label
from stratdesk.domain.timeline import Unit
from stratdesk.i18n.formatting import money_text
from stratdesk.ui.language import ui_language
from stratdesk.ui.widgets.timeline import Bar, Lane, TimelineView, Zoom

# Days that fill the viewport: a quarter (92 at most) or a year (366 at most).
FIT_DAYS = {CalendarPeriod.QUARTER: 92, CalendarPeriod.YEAR: 366}


def channel_lanes(campaigns: Iterable[Any], currency: str) -> list[Lane]:
    """One lane per channel in use (every channel when there is no campaign yet, so that a
    drag can create the first one anywhere), its planned budget under its name."""
    campaigns = list(campaigns)
    channels = channels_used(campaigns) or list(Channel)
    planned: dict[Channel, int] = dict.fromkeys(channels, 0)
    for campaign in campaigns:
        planned[campaign.channel] += campaign.budget_planned_cents
    language = ui_language()
    return [
        Lane(channel, enum_label(channel), money_text(planned[channel], currency, language))
        for channel in channels
    ]


def status_labels() -> dict[WorkStatus, str]:
    """The statuses' labels, read once for a batch of bars (thousands at a time)."""
    return dict(enum_choices(WorkStatus))


def campaign_bar(campaign: Any, statuses: Mapping[WorkStatus, str] | None = None) -> Bar:
    """A campaign as a bar of its channel's lane, in its own colour."""
    done = campaign.status == WorkStatus.DONE
    status = statuses[campaign.status] if statuses else enum_label(campaign.status)
    return Bar(
        campaign.id,
        campaign.channel,
        campaign.start,
        campaign.end,
        campaign.name,
        colour=campaign.colour,
        status=status,
        symbol="✓" if done else "",
        muted=campaign.status == WorkStatus.CANCELLED,
        data=campaign,
    )


class CalendarTimeline(TimelineView):
    """A timeline showing one quarter or one year at a time (scrolls to the others)."""

    def __init__(self, period: CalendarPeriod, parent: QWidget | None = None) -> None:
        super().__init__(parent, zoom=Zoom.QUARTER, levels=(Zoom.QUARTER,))
        self.period = period
        self.set_snap_unit(Unit.DAY)
        self.set_lane_changes_allowed(True)
        self.set_fit_days(FIT_DAYS[period])
        self.setObjectName(f"calendar_{period.value}")
        self.first_day: dt.date | None = None  # the day at the left edge, kept on resizes
        self._resizing = False

    def show_from(self, day: dt.date) -> None:
        self.first_day = day
        super().show_from(day)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The days widen with the viewport: keep the same day at the left edge.
        keep, self._resizing = self.first_day, True
        try:
            super().resizeEvent(event)
        finally:
            self._resizing = False
        if keep is not None:
            self.show_from(keep)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx and not self._resizing:
            self.first_day = self.visible_dates()[0]
