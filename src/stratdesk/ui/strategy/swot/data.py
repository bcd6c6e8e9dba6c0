"""Everything the SWOT & TOWS page shows, loaded once per refresh and shared by its tabs."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from stratdesk.domain.enums import SwotQuadrant, TowsKind


@dataclass(frozen=True)
class SwotData:
    """The plan's SWOT items and TOWS strategies, with what their badges mention."""

    items: tuple[Any, ...] = ()
    strategies: tuple[Any, ...] = ()
    objectives: tuple[Any, ...] = ()
    factor_categories: dict[int, str] = field(default_factory=dict)
    competitor_names: dict[int, str] = field(default_factory=dict)

    @classmethod
    def load(cls, services: Any, plan_id: int) -> SwotData:
        return cls(
            items=tuple(services.swot.list(plan_id)),
            strategies=tuple(services.tows.list(plan_id)),
            objectives=tuple(services.objectives.list(plan_id)),
            factor_categories={f.id: f.category for f in services.factors.list(plan_id)},
            competitor_names={c.id: c.name for c in services.competitors.list(plan_id)},
        )

    def items_in(self, quadrant: SwotQuadrant) -> list[Any]:
        return [item for item in self.items if item.quadrant == quadrant]

    def strategies_of(self, kind: TowsKind) -> list[Any]:
        return [s for s in self.strategies if s.kind == kind]

    @cached_property
    def _items_by_id(self) -> dict[int, Any]:
        return {item.id: item for item in self.items}

    def item(self, item_id: int) -> Any | None:
        return self._items_by_id.get(item_id)

    def strategy(self, strategy_id: int) -> Any | None:
        return next((s for s in self.strategies if s.id == strategy_id), None)

    def strategy_counts(self) -> dict[int, int]:
        """How many strategies each SWOT item is part of."""
        counts: dict[int, int] = defaultdict(int)
        for strategy in self.strategies:
            for item_id in strategy.swot_item_ids:
                counts[item_id] += 1
        return counts

    def objectives_of(self, strategy_id: int) -> list[Any]:
        return [o for o in self.objectives if o.tows_strategy_id == strategy_id]
