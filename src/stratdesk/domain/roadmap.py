"""The roadmap's lanes, Qt-free: where an item sits, what moving it writes, which lanes show.

Lanes are, in this order: one per objective (in the objectives' order), then the free theme
lanes (in theme order), then "No lane" — only while an item sits there. A lane is named by a
`LaneKey`: ("objective", objective id), ("theme", theme lane id) or ("none", None).

An item with a theme lane (`lane_id`) sits there, even when it also serves an objective;
without one, in its objective's lane; with neither, in "No lane". Moving an item to an
objective's lane makes it serve that objective; to a theme lane keeps the objective it serves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.timeline import Unit, Zoom, unit_end, unit_start

OBJECTIVE, THEME, NONE = "objective", "theme", "none"
LaneKey = tuple[str, int | None]
NO_LANE: LaneKey = (NONE, None)

# Lane colours: distinct hues, dark or light enough for black or white text to read on them.
LANE_COLOURS = (
    "#2E6DB4",
    "#C2571A",
    "#2E8B57",
    "#8E44AD",
    "#B8860B",
    "#C0392B",
    "#16808A",
    "#6F3B1E",
)
THEME_COLOURS = ("#5B7083", "#7A6A3A", "#4F6D3A", "#6A4C7D")

# A new item made from the keyboard spans one unit a little wider than the zoom's step.
NEW_ITEM_UNIT = {Zoom.YEAR: Unit.QUARTER, Zoom.QUARTER: Unit.MONTH, Zoom.MONTH: Unit.WEEK}


def objective_lane(objective_id: int) -> LaneKey:
    return (OBJECTIVE, objective_id)


def theme_lane(lane_id: int) -> LaneKey:
    return (THEME, lane_id)


def lane_of(lane_id: int | None, objective_id: int | None) -> LaneKey:
    """The lane an item with these fields sits in."""
    if lane_id is not None:
        return theme_lane(lane_id)
    if objective_id is not None:
        return objective_lane(objective_id)
    return NO_LANE


def lane_fields(key: LaneKey) -> dict[str, int | None]:
    """The fields an item moved to lane `key` takes (a theme lane keeps its objective)."""
    kind, ident = key
    if kind == THEME:
        return {"lane_id": ident}
    if kind == OBJECTIVE:
        return {"lane_id": None, "objective_id": ident}
    return {"lane_id": None, "objective_id": None}


def lane_keys(
    objective_ids: Iterable[int], theme_ids: Iterable[int], item_lanes: Iterable[LaneKey]
) -> list[LaneKey]:
    """Every lane shown: objectives', then themes', then "No lane" when an item sits there.

    An item whose objective or theme lane is gone (a stale read) counts as in "No lane".
    """
    keys = [objective_lane(i) for i in objective_ids] + [theme_lane(i) for i in theme_ids]
    known = set(keys)
    if any(lane == NO_LANE or lane not in known for lane in item_lanes):
        keys.append(NO_LANE)
    return keys


def shown_lane(lane: LaneKey, shown: Iterable[LaneKey]) -> LaneKey:
    """`lane` if it is shown, else "No lane" (where `lane_keys` put its items)."""
    return lane if lane in set(shown) else NO_LANE


def lane_colour(key: LaneKey, index: int) -> str:
    """The lane's colour: objectives and themes from their own palettes, by position."""
    palette = THEME_COLOURS if key[0] == THEME else LANE_COLOURS
    return palette[index % len(palette)]


def new_item_span(
    day: dt.date, zoom: Zoom, first: dt.date, last: dt.date, milestone: bool = False
) -> tuple[dt.date, dt.date]:
    """Where an item added from the keyboard goes: the unit holding `day` (a quarter at the
    year zoom, a month at the quarter zoom, a week at the month zoom), within [first, last].
    A milestone is the one day."""
    day = min(max(day, first), last)
    if milestone:
        return day, day
    unit = NEW_ITEM_UNIT.get(zoom, Unit.WEEK)
    start = max(unit_start(day, unit), first)
    return start, min(unit_end(start, unit), last)


def status_symbol(status: WorkStatus) -> str:
    """Drawn before an item's title, so that its status never relies on colour alone."""
    return {WorkStatus.DONE: "✓", WorkStatus.CANCELLED: "✗"}.get(status, "")
