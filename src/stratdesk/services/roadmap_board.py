"""The roadmap as the page draws it: lanes in order, initiatives placed in them, read at once.

`read_board` reads the plan's years, objectives, theme lanes and items in one transaction and
places each item with the domain's lane rule (`domain.roadmap`). Each objective lane and each
initiative also carries `serving`: the mix actions and campaigns that serve the objective
(found by their `objective_id`), the hook under which the campaign calendar will list them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlmodel import Session, col, select

from stratdesk.domain.errors import NotFound
from stratdesk.domain.objectives import Objective, RoadmapItem, RoadmapLane
from stratdesk.domain.plan import Plan
from stratdesk.domain.roadmap import (
    NO_LANE,
    OBJECTIVE,
    LaneKey,
    lane_colour,
    lane_keys,
    lane_of,
    objective_lane,
    shown_lane,
    theme_lane,
)
from stratdesk.services.read_models import ObjectiveRead, RoadmapItemRead, RoadmapLaneRead

R = TypeVar("R", bound=BaseModel)


@dataclass(frozen=True)
class Serving:
    """The mix actions and campaigns that serve an objective (ids, in their plan order)."""

    mix_action_ids: tuple[int, ...] = ()
    campaign_ids: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.mix_action_ids or self.campaign_ids)


NOTHING = Serving()


@dataclass(frozen=True)
class BoardLane:
    """One lane: an objective's, a theme's, or "No lane" (both None)."""

    key: LaneKey
    colour: str
    objective: ObjectiveRead | None = None
    theme: RoadmapLaneRead | None = None
    serving: Serving = NOTHING


@dataclass(frozen=True)
class Initiative:
    """One roadmap item and the lane it is shown in."""

    item: RoadmapItemRead
    lane: LaneKey
    serving: Serving = NOTHING  # what serves the objective it serves


@dataclass(frozen=True)
class RoadmapBoard:
    first_day: dt.date
    last_day: dt.date
    lanes: tuple[BoardLane, ...]
    initiatives: tuple[Initiative, ...]
    serving: Mapping[int, Serving] = field(default_factory=dict)  # by objective id

    def lane(self, key: LaneKey) -> BoardLane | None:
        return next((lane for lane in self.lanes if lane.key == key), None)

    def lane_keys(self) -> list[LaneKey]:
        return [lane.key for lane in self.lanes]

    def place(self, item: RoadmapItemRead) -> Initiative:
        """`item` as this board shows it (for an item read again after an edit)."""
        return place(item, self.lane_keys(), self.serving)


def place(
    item: RoadmapItemRead, shown: list[LaneKey], serving: Mapping[int, Serving]
) -> Initiative:
    """`item` in the lane it is shown in, with what serves its objective."""
    lane = shown_lane(lane_of(item.lane_id, item.objective_id), shown)
    found = serving.get(item.objective_id, NOTHING) if item.objective_id else NOTHING
    return Initiative(item, lane, found)


def _serving(session: Session, plan_id: int) -> dict[int, Serving]:
    # Imported here: the operations tables are not needed to open the strategy pages.
    from stratdesk.domain.operations import Campaign, MixAction

    found: dict[int, tuple[list[int], list[int]]] = {}
    for table, slot in ((MixAction, 0), (Campaign, 1)):
        statement = (
            select(col(table.objective_id), col(table.id))
            .where(col(table.plan_id) == plan_id, col(table.objective_id).is_not(None))
            .order_by(col(table.id))
        )
        for objective_id, row_id in session.exec(statement):
            if objective_id is not None and row_id is not None:
                found.setdefault(objective_id, ([], []))[slot].append(row_id)
    return {key: Serving(tuple(mix), tuple(campaigns)) for key, (mix, campaigns) in found.items()}


def _rows(session: Session, table: Any, read: type[R], plan_id: int, order: str) -> list[R]:
    statement = (
        select(table).where(table.plan_id == plan_id).order_by(getattr(table, order), table.id)
    )
    return [read.model_validate(row, from_attributes=True) for row in session.exec(statement)]


def read_board(session: Session, plan_id: int) -> RoadmapBoard:
    """The plan's roadmap, lanes and initiatives, as of this transaction."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(str(plan_id))
    objectives = _rows(session, Objective, ObjectiveRead, plan_id, "position")
    themes = _rows(session, RoadmapLane, RoadmapLaneRead, plan_id, "position")
    items = _rows(session, RoadmapItem, RoadmapItemRead, plan_id, "start")
    serving = _serving(session, plan_id)
    keys = lane_keys(
        [o.id for o in objectives],
        [t.id for t in themes],
        (lane_of(i.lane_id, i.objective_id) for i in items),
    )
    by_objective = {objective_lane(o.id): o for o in objectives}
    by_theme = {theme_lane(t.id): t for t in themes}
    lanes = []
    for index, key in enumerate(keys):
        objective = by_objective.get(key)
        own = index if key[0] == OBJECTIVE else index - len(objectives)
        lanes.append(
            BoardLane(
                key,
                lane_colour(key, own),
                objective=objective,
                theme=by_theme.get(key),
                serving=serving.get(objective.id, NOTHING) if objective else NOTHING,
            )
        )
    return RoadmapBoard(
        dt.date(plan.start_year, 1, 1),
        dt.date(plan.end_year, 12, 31),
        tuple(lanes),
        tuple(place(item, keys, serving) for item in items),
        MappingProxyType(serving),
    )


__all__ = ["NO_LANE", "BoardLane", "Initiative", "RoadmapBoard", "Serving", "read_board"]
