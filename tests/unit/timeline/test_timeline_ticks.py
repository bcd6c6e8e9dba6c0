"""The time header as data, and its labels in English and French."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.timeline import (
    Level,
    TimeScale,
    Unit,
    Zoom,
    grid_lines,
    tick_labels,
    ticks,
    weekend_days,
)
from stratdesk.i18n import current_language, set_language

D = dt.date


@pytest.fixture
def french():
    before = current_language()
    set_language("fr")
    yield
    set_language(before)


def test_year_zoom_shows_years_over_quarters_with_month_lines():
    scale = TimeScale.for_zoom(D(2026, 1, 1), D(2028, 12, 31), Zoom.YEAR)
    found = ticks(scale, Zoom.YEAR)
    by_level = {level: [t for t in found if t.level == level] for level in Level}
    assert [t.day.year for t in by_level[Level.MAJOR]] == [2026, 2027, 2028]
    assert len(by_level[Level.MINOR]) == 12 and by_level[Level.MINOR][0].unit == Unit.QUARTER
    assert len(by_level[Level.FINE]) == 36
    second_year = by_level[Level.MAJOR][1]
    assert second_year.x == scale.date_to_x(D(2027, 1, 1))
    assert second_year.width == pytest.approx(365 * scale.day_width)


def test_only_the_range_in_view_is_generated():
    scale = TimeScale.for_zoom(D(2026, 1, 1), D(2035, 12, 31), Zoom.MONTH)
    x0 = scale.date_to_x(D(2030, 6, 10)) + 3
    found = ticks(scale, Zoom.MONTH, x0, x0 + 1366)
    days = [t for t in found if t.unit == Unit.DAY]
    assert days[0].day == D(2030, 6, 10)
    assert len(days) == 1366 // 22 + 1
    assert [t.day for t in found if t.level == Level.MAJOR] == [
        D(2030, 6, 1),
        D(2030, 7, 1),
        D(2030, 8, 1),
    ]


def test_grid_lines_keep_the_strongest_level_and_skip_the_horizon_start():
    scale = TimeScale.for_zoom(D(2026, 1, 1), D(2026, 12, 31), Zoom.YEAR)
    lines = dict(grid_lines(scale, Zoom.YEAR, 0, scale.width))
    assert 0.0 not in lines
    assert lines[scale.date_to_x(D(2026, 4, 1))] == Level.MINOR
    assert lines[scale.date_to_x(D(2026, 5, 1))] == Level.FINE
    assert len(lines) == 11


def test_weekends_in_view():
    scale = TimeScale.for_zoom(D(2026, 3, 1), D(2026, 3, 31), Zoom.MONTH)
    assert weekend_days(scale, 0, scale.date_to_x(D(2026, 3, 9)))[:3] == [
        D(2026, 3, 1),
        D(2026, 3, 7),
        D(2026, 3, 8),
    ]


def _labels(zoom: Zoom, day: dt.date, language: str) -> dict[tuple[Level, Unit], tuple[str, ...]]:
    scale = TimeScale.for_zoom(day, day, zoom)
    return {(t.level, t.unit): tick_labels(t, language) for t in ticks(scale, zoom)}


def test_english_labels_longest_first():
    labels = _labels(Zoom.QUARTER, D(2026, 3, 16), "en")
    assert labels[Level.MAJOR, Unit.QUARTER] == ("Q1 2026", "Q1")
    assert labels[Level.MINOR, Unit.MONTH] == ("March", "Mar", "M")
    assert labels[Level.FINE, Unit.WEEK] == ()
    week = _labels(Zoom.WEEK, D(2026, 3, 18), "en")
    assert week[Level.MAJOR, Unit.WEEK] == ("Week 12 · Mar 2026", "Week 12", "W12")
    assert week[Level.MINOR, Unit.DAY] == ("Wed 18", "18")


def test_french_labels(french):
    labels = _labels(Zoom.QUARTER, D(2026, 3, 16), "fr")
    assert labels[Level.MAJOR, Unit.QUARTER] == ("T1 2026", "T1")
    assert labels[Level.MINOR, Unit.MONTH][0] == "mars"
    month = _labels(Zoom.MONTH, D(2026, 3, 16), "fr")
    assert month[Level.MAJOR, Unit.MONTH][0] == "mars 2026"
    week = _labels(Zoom.WEEK, D(2026, 3, 18), "fr")
    assert week[Level.MAJOR, Unit.WEEK][1:] == ("Semaine 12", "S12")
    assert week[Level.MINOR, Unit.DAY] == ("mer. 18", "18")
