"""The row writer the demo plan builders share: validated inserts, positions, plan dates."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel

from stratdesk.domain.analysis import EnvironmentFactor, SwotItem, TowsStrategy
from stratdesk.domain.objectives import RoadmapItem
from stratdesk.domain.operations import MixAction
from stratdesk.domain.targeting import Criterion

T = TypeVar("T", bound=SQLModel)

# Positions are numbered within these groups, as the services order them (one order per
# PESTEL category, SWOT quadrant, TOWS kind, criterion kind, mix P × column, and roadmap
# lane × objective).
_GROUPS: dict[type[SQLModel], tuple[str, ...]] = {
    EnvironmentFactor: ("category",),
    SwotItem: ("quadrant",),
    TowsStrategy: ("kind",),
    Criterion: ("kind",),
    MixAction: ("p", "column"),
    RoadmapItem: ("lane_id", "objective_id"),
}
# The row's owner, first match: a key result names its objective before its KPI.
_PARENTS = ("plan_id", "segment_id", "objective_id", "experiment_id", "kpi_id")

# Fixed seed for the measurement noise: every build writes the same rows.
SEED = 20260101
HORIZON_YEARS = 3
# Names of people, brands and places are the same in every language.
CLIENT_NAME = "Brûlerie des Quais"
CONSULTANT = "Hélène Marchetti"  # the freelance consultant who prepared the plan
CURRENCY = "EUR"
SUBSCRIPTION_GOAL = 1200  # active subscriptions at the end of the plan: the main objective


def _base_of(table: type[T]) -> type[SQLModel]:
    """The table's `…Base` model: the editable fields the app validates on every write."""
    for klass in table.__mro__[1:]:
        if issubclass(klass, SQLModel) and klass is not SQLModel:
            return klass
    raise TypeError(f"{table.__name__} has no base model to validate with")


class DemoRows:
    """Inserts rows into one open session, each validated as the app would validate it."""

    def __init__(self, session: Session, start_year: int, language: str) -> None:
        self.session = session
        self.start_year = start_year
        self.language = language
        self.plan_id = 0  # set once the plan row exists
        self.rng = random.Random(SEED)
        self._positions: dict[tuple[Any, ...], int] = defaultdict(int)

    def add(self, table: type[T], data: dict[str, Any], *, flush: bool = True, **keys: Any) -> T:
        """Validate `data` with the table's base model and add the row with `keys`.

        The row is flushed (so its id is known) unless `flush` is false: rows nothing links to,
        like KPI values, go to the database together at the next flush.
        """
        checked = _base_of(table).model_validate(data)
        values = {**checked.model_dump(), **keys}
        if "plan_id" in table.model_fields and "plan_id" not in values:
            values["plan_id"] = self.plan_id
        if "position" in table.model_fields and "position" not in values:
            values["position"] = self._next_position(table, values)
        row = table.model_validate(values)
        self.session.add(row)
        if flush:
            self.session.flush()
        return row

    def add_link(self, row: SQLModel) -> None:
        """A pure link row (no editable fields, nothing to validate)."""
        self.session.add(row)

    def day(self, year: int, month: int, day: int) -> dt.date:
        """A date in the plan's `year`-th year (1 = the start year)."""
        return dt.date(self.start_year + year - 1, month, day)

    @property
    def end_year(self) -> int:
        return self.start_year + HORIZON_YEARS - 1

    def _next_position(self, table: type[SQLModel], values: dict[str, Any]) -> int:
        parent = next((values[name] for name in _PARENTS if name in values), None)
        group = tuple(values[name] for name in _GROUPS.get(table, ()))
        key = (table.__name__, parent, group)
        position = self._positions[key]
        self._positions[key] += 1
        return position
