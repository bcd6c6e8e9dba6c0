"""The calendar month: week rows Monday first, segments per week, stacked without overlap."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.timeline import Span, busy_days, month_layout, month_weeks, year_overview

D = dt.date


def test_march_2026_has_six_week_rows_from_monday_23_february():
    weeks = month_weeks(2026, 3)
    assert [w.monday for w in weeks][:2] == [D(2026, 2, 23), D(2026, 3, 2)]
    assert len(weeks) == 6  # 1 March is a Sunday, 31 March a Tuesday
    assert weeks[0].days[-1] == D(2026, 3, 1)
    assert len(month_weeks(2021, 2)) == 4  # February 2021: Monday 1 to Sunday 28
    assert len(month_weeks(2021, 2, six_weeks=True)) == 6


def test_an_interval_across_weeks_is_cut_with_open_ends():
    layout = month_layout(2026, 3, [Span("launch", D(2026, 3, 5), D(2026, 3, 18))])
    cuts = [
        (s.week, s.start_col, s.end_col, s.continues_left, s.continues_right)
        for s in layout.segments
    ]
    assert cuts == [(1, 3, 6, False, True), (2, 0, 6, True, True), (3, 0, 2, True, False)]
    assert layout.rows_per_week == (0, 1, 1, 1, 0, 0)
    assert layout.cell_of(D(2026, 3, 18)) == (3, 2)
    assert layout.cell_of(D(2026, 5, 1)) is None
    assert layout.day_at(3, 2) == D(2026, 3, 18)
    assert (layout.first_day, layout.last_day) == (D(2026, 3, 1), D(2026, 3, 31))


def test_an_interval_from_the_month_before_continues_left():
    spans = [Span(1, D(2026, 1, 20), D(2026, 3, 3))]
    whole_weeks = month_layout(2026, 3, spans)
    assert whole_weeks.segments[0].start_col == 0 and whole_weeks.segments[0].continues_left
    clipped = month_layout(2026, 3, spans, clip_to_month=True)
    first = clipped.segments[0]
    assert (first.week, first.start_col, first.end_col, first.continues_left) == (0, 6, 6, True)


def test_segments_of_one_week_are_stacked_without_overlap():
    spans = [
        Span("a", D(2026, 3, 2), D(2026, 3, 4)),
        Span("b", D(2026, 3, 4), D(2026, 3, 6)),
        Span("c", D(2026, 3, 5), D(2026, 3, 8)),
    ]
    rows = {s.key: s.row for s in month_layout(2026, 3, spans).segments}
    assert rows == {"a": 0, "b": 1, "c": 0}


def test_the_year_overview_has_twelve_months_and_busy_days_count_overlaps():
    spans = [Span(1, D(2026, 1, 30), D(2026, 2, 2)), Span(2, D(2026, 2, 1), D(2026, 2, 1))]
    months = year_overview(2026, spans)
    assert [m.month for m in months] == list(range(1, 13))
    # January's grid ends on Sunday 1 February; February's starts on Monday 26 January.
    assert [len(m.segments) for m in months[:3]] == [2, 3, 0]
    counts = busy_days(spans, D(2026, 1, 31), D(2026, 2, 3))
    assert list(counts.values()) == [1, 2, 1, 0]


@st.composite
def calendars(draw: st.DrawFn) -> tuple[int, int, list[Span]]:
    year, month = draw(st.integers(2024, 2028)), draw(st.integers(1, 12))
    spans = []
    for key in range(draw(st.integers(0, 25))):
        start = draw(st.dates(min_value=D(year - 1, 11, 1), max_value=D(year + 1, 2, 28)))
        spans.append(Span(key, start, start + dt.timedelta(days=draw(st.integers(0, 70)))))
    return year, month, spans


@given(calendar=calendars(), clip=st.booleans())
def test_segments_cover_each_day_of_the_month_exactly_once(
    calendar: tuple[int, int, list[Span]], clip: bool
):
    year, month, spans = calendar
    layout = month_layout(year, month, spans, clip_to_month=clip)
    covered: Counter[tuple[object, dt.date]] = Counter()
    for segment in layout.segments:
        assert 0 <= segment.start_col <= segment.end_col <= 6
        for column in range(segment.start_col, segment.end_col + 1):
            covered[segment.key, layout.day_at(segment.week, column)] += 1
    assert max(covered.values(), default=1) == 1
    for span in spans:
        day = layout.first_day
        while day <= layout.last_day:
            assert covered[span.key, day] == (1 if span.start <= day <= span.end else 0)
            day += dt.timedelta(days=1)
    for segment in layout.segments:  # no two segments of a week share a row and a day
        for other in layout.segments:
            if other is not segment and (other.week, other.row) == (segment.week, segment.row):
                assert other.end_col < segment.start_col or segment.end_col < other.start_col
