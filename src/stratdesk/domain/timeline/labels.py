"""Header labels for ticks, in the interface language (Qt-free, so the PDF can use them too).

Each tick offers labels from the longest to the shortest; the header shows the first that
fits the tick's width ("March 2026", "Mar 2026", "Mar").
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from stratdesk.domain.timeline.ticks import Level, Tick
from stratdesk.domain.timeline.units import Unit
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import format_date

# Babel patterns from the longest to the shortest, per unit and header line. `L` is the
# stand-alone month name ("mars", not the "de mars" some languages inflect inside a date).
_PATTERNS: dict[tuple[Unit, Level], tuple[str, ...]] = {
    (Unit.YEAR, Level.MAJOR): ("yyyy",),
    (Unit.YEAR, Level.MINOR): ("yyyy",),
    (Unit.QUARTER, Level.MAJOR): ("QQQ yyyy", "QQQ"),
    (Unit.QUARTER, Level.MINOR): ("QQQ",),
    (Unit.MONTH, Level.MAJOR): ("LLLL yyyy", "LLL yyyy", "LLL", "LLLLL"),
    (Unit.MONTH, Level.MINOR): ("LLLL", "LLL", "LLLLL"),
    (Unit.DAY, Level.MAJOR): ("EEEE d MMMM", "EEE d", "d"),
    (Unit.DAY, Level.MINOR): ("EEE d", "d"),
}


def tick_labels(tick: Tick, language: str) -> tuple[str, ...]:
    """The labels for `tick`, longest first (FINE ticks have none)."""
    if tick.level == Level.FINE:
        return ()
    if tick.unit == Unit.WEEK:  # not cached: its words follow the catalogue in use
        return _week_labels(tick.day, tick.level, language)
    return _labels(tick.unit, tick.level, tick.day, language)


@lru_cache(maxsize=4096)
def _labels(unit: Unit, level: Level, day: dt.date, language: str) -> tuple[str, ...]:
    return tuple(
        dict.fromkeys(format_date(day, language, pattern) for pattern in _PATTERNS[unit, level])
    )


def _week_labels(monday: dt.date, level: Level, language: str) -> tuple[str, ...]:
    number = monday.isocalendar().week
    week = translate("Timeline", "Week {number}").format(number=number)
    short = translate("Timeline", "W{number}").format(number=number)
    if level != Level.MAJOR:
        return (short,)
    month = format_date(monday, language, "LLL yyyy")
    return (f"{week} · {month}", week, short)
