"""The calendar's periods and keys, the month grid's "+n more", and the list's filter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.campaign_calendar import (
    NONE,
    CalendarPeriod,
    CampaignFilter,
    campaigns_on,
    channels_used,
    clamp_to_years,
    matches,
    month_overflow,
    period_span,
    stepped_period,
)
from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.timeline import Span, month_layout

D = dt.date
NEW_YEAR = dt.date(2026, 1, 1)
MONTH, QUARTER, YEAR = CalendarPeriod.MONTH, CalendarPeriod.QUARTER, CalendarPeriod.YEAR


@dataclass(frozen=True)
class C:
    id: int
    channel: Channel = Channel.SEARCH
    status: WorkStatus = WorkStatus.PLANNED
    objective_id: int | None = None
    segment_id: int | None = None
    start: dt.date = NEW_YEAR
    end: dt.date = NEW_YEAR
    name: str = "c"


def test_periods_and_their_steps():
    assert period_span(MONTH, D(2026, 2, 14)) == (D(2026, 2, 1), D(2026, 2, 28))
    assert period_span(QUARTER, D(2026, 5, 14)) == (D(2026, 4, 1), D(2026, 6, 30))
    assert period_span(YEAR, D(2026, 5, 14)) == (D(2026, 1, 1), D(2026, 12, 31))
    assert stepped_period(MONTH, D(2026, 1, 31), 1) == D(2026, 2, 1)
    assert stepped_period(QUARTER, D(2026, 5, 14), -1) == D(2026, 1, 1)
    assert stepped_period(YEAR, D(2026, 5, 14), 2) == D(2028, 1, 1)


def test_steps_stay_within_the_plan_years():
    years = (2026, 2028)
    assert stepped_period(MONTH, D(2026, 1, 10), -1, years) == D(2026, 1, 1)
    assert stepped_period(MONTH, D(2028, 12, 10), 1, years) == D(2028, 12, 1)
    assert stepped_period(QUARTER, D(2028, 11, 1), 3, years) == D(2028, 10, 1)
    assert clamp_to_years(D(2031, 3, 3), years) == D(2028, 12, 31)


@given(st.sampled_from(list(CalendarPeriod)), st.dates(D(2000, 1, 1), D(2090, 1, 1)))
def test_a_step_forward_and_back_returns_to_the_period_start(period, day):
    first, last = period_span(period, day)
    assert first <= day <= last
    assert stepped_period(period, stepped_period(period, day, 1), -1) == first
    assert stepped_period(period, day, 1) == last + dt.timedelta(days=1)


def test_a_week_with_too_many_rows_shows_one_less_and_counts_the_hidden_per_day():
    # Four campaigns on Tuesday 3 March 2026, one of them running on to Thursday.
    spans = [Span(n, D(2026, 3, 3), D(2026, 3, 3)) for n in range(3)]
    spans.append(Span(9, D(2026, 3, 3), D(2026, 3, 5)))
    layout = month_layout(2026, 3, spans)
    assert layout.rows_per_week[1] == 4
    overflow = month_overflow(layout, 3)
    assert overflow.shown_rows[1] == 2  # two rows and a "+n more" line
    assert overflow.hidden == {(1, 1): 2, (1, 2): 1, (1, 3): 1}
    fits = month_overflow(layout, 4)
    assert fits.shown_rows[1] == 4 and fits.hidden == {}


def test_the_filter_keeps_what_matches_every_field():
    rows = [
        C(1, Channel.SEARCH, WorkStatus.DONE, objective_id=4, segment_id=2),
        C(2, Channel.SOCIAL, WorkStatus.PLANNED, objective_id=None, segment_id=2),
        C(3, Channel.SOCIAL, WorkStatus.DONE, objective_id=4, segment_id=None),
    ]

    def kept(**fields):
        wanted = CampaignFilter(**fields)
        return [row.id for row in rows if matches(row, wanted)]

    assert kept() == [1, 2, 3] and not CampaignFilter().active
    assert kept(channel=Channel.SOCIAL) == [2, 3]
    assert kept(status=WorkStatus.DONE, objective=4) == [1, 3]
    assert kept(objective=NONE) == [2]
    assert kept(segment=NONE, channel=Channel.SEARCH) == []
    assert CampaignFilter(segment=NONE).active


def test_lanes_and_the_campaigns_of_a_day():
    rows = [
        C(1, Channel.EMAIL, start=D(2026, 1, 5), end=D(2026, 1, 9), name="b"),
        C(2, Channel.SEARCH, start=D(2026, 1, 1), end=D(2026, 1, 31), name="a"),
        C(3, Channel.EMAIL, start=D(2026, 1, 5), end=D(2026, 1, 5), name="A"),
    ]
    assert channels_used(rows) == [Channel.SEARCH, Channel.EMAIL]
    assert [c.id for c in campaigns_on(rows, D(2026, 1, 5))] == [2, 3, 1]
    assert campaigns_on(rows, D(2026, 2, 1)) == []


def test_when_the_more_line_goes_elsewhere_every_row_that_fits_holds_bars():
    spans = [Span(n, D(2026, 3, 3), D(2026, 3, 3)) for n in range(5)]
    layout = month_layout(2026, 3, spans)
    overflow = month_overflow(layout, 3, more_line=False)
    assert overflow.shown_rows[1] == 3
    assert overflow.hidden == {(1, 1): 2}
