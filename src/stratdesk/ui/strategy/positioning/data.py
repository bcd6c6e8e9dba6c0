"""Everything the Positioning page shows, loaded in two parts that change apart: the
statements (segments and their positioning) and the perceptual map (axes, points,
competitors)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from stratdesk.domain.enums import Targeting

STATEMENT_KINDS = frozenset({"segment", "positioning", "plan", "client"})
MAP_KINDS = frozenset({"map_axis", "map_point", "competitor"})


@dataclass(frozen=True)
class Statements:
    """The segments that have, or should have, a positioning, targets first."""

    segments: tuple[Any, ...] = ()
    positioning: dict[int, Any] = field(default_factory=dict)  # segment id → PositioningRead

    @classmethod
    def load(cls, services: Any, plan_id: int) -> Statements:
        positioning = {p.segment_id: p for p in services.positioning.for_plan(plan_id)}
        segments = services.segments.list(plan_id)
        order = {Targeting.PRIMARY: 0, Targeting.SECONDARY: 1, Targeting.NOT_TARGETED: 2}
        shown = [
            s for s in segments if s.targeting != Targeting.NOT_TARGETED or s.id in positioning
        ]
        shown.sort(key=lambda s: order[Targeting(s.targeting)])  # stable: plan order within
        return cls(tuple(shown), positioning)

    def segment(self, segment_id: int | None) -> Any | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    def missing(self) -> list[Any]:
        """Targeted segments without a positioning yet."""
        return [
            s
            for s in self.segments
            if s.targeting != Targeting.NOT_TARGETED and s.id not in self.positioning
        ]

    def targeted(self) -> list[Any]:
        return [s for s in self.segments if s.targeting != Targeting.NOT_TARGETED]


@dataclass(frozen=True)
class MapState:
    axes: tuple[Any, ...] = ()
    points: tuple[Any, ...] = ()
    competitors: tuple[Any, ...] = ()

    @classmethod
    def load(cls, services: Any, plan_id: int) -> MapState:
        return cls(
            tuple(services.map_axes.list(plan_id)),
            tuple(services.map_points.list(plan_id)),
            tuple(services.competitors.list(plan_id)),
        )

    def point(self, point_id: int | None) -> Any | None:
        return next((p for p in self.points if p.id == point_id), None)

    def has_own_brand(self) -> bool:
        return any(p.own_brand for p in self.points)

    def competitors_off_map(self) -> list[Any]:
        """Competitors of the grid that no point stands for yet."""
        placed = {p.competitor_id for p in self.points}
        return [c for c in self.competitors if c.id not in placed]
