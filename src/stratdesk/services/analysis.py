"""Environment analysis (PESTEL, competitors, Porter's forces), SWOT and TOWS.

SWOT and TOWS live in `services/swot.py` and are re-exported here.
"""

from __future__ import annotations

import builtins
from typing import Any

from stratdesk.domain.analysis import (
    Competitor,
    CompetitorBase,
    EnvironmentFactor,
    EnvironmentFactorBase,
    ForceRating,
    ForceRatingBase,
)
from stratdesk.domain.enums import PorterForce
from stratdesk.services.context import touch
from stratdesk.services.entity import EntityService
from stratdesk.services.keyed import KeyedService, as_enum
from stratdesk.services.read_models_analysis import (
    CompetitorRead,
    EnvironmentFactorRead,
    ForceRatingRead,
)
from stratdesk.services.swot import SwotItemInput, SwotService, TowsService, combines

__all__ = [
    "CompetitorService",
    "EnvironmentFactorService",
    "ForceRatingService",
    "SwotItemInput",
    "SwotService",
    "TowsService",
    "combines",
]


class EnvironmentFactorService(
    EntityService[EnvironmentFactorBase, EnvironmentFactor, EnvironmentFactorRead]
):
    """PESTEL factors, ordered within their category (move between categories with `move`)."""

    base = EnvironmentFactorBase
    table = EnvironmentFactor
    read_model = EnvironmentFactorRead
    group_fields = ("category",)


class CompetitorService(EntityService[CompetitorBase, Competitor, CompetitorRead]):
    base = CompetitorBase
    table = Competitor
    read_model = CompetitorRead


class ForceRatingService(KeyedService[ForceRatingBase, ForceRating, ForceRatingRead]):
    """One rating per Porter force and plan."""

    base = ForceRatingBase
    table = ForceRating
    read_model = ForceRatingRead
    key_fields = ("force",)

    def list(self, parent_id: int) -> list[ForceRatingRead]:
        order = list(PorterForce)
        return sorted(super().list(parent_id), key=lambda r: order.index(r.force))

    def set_rating(
        self,
        plan_id: int,
        force: PorterForce | str,
        rating: int,
        notes: str | None = None,
        *,
        origin: object = None,
    ) -> ForceRatingRead | None:
        """Upsert a force's rating (notes kept when None); return the previous row or None.

        Undo: `set_rating` with the previous values, or `clear_rating` when it was None."""
        data: dict[str, Any] = {"rating": rating}
        if notes is not None:
            data["notes"] = notes
        key = {"force": as_enum(PorterForce, force, "force")}
        return self._put(plan_id, key, data, origin)

    def clear_rating(
        self, plan_id: int, force: PorterForce | str, *, origin: object = None
    ) -> ForceRatingRead | None:
        """Remove a force's rating; return what it was (None if there was none)."""
        return self._clear(plan_id, {"force": as_enum(PorterForce, force, "force")}, origin)

    def ensure_all(self, plan_id: int, *, origin: object = None) -> builtins.list[ForceRatingRead]:
        """Give every force a (default) rating; return the rows created (undo: delete them)."""
        have = {r.force for r in super().list(plan_id)}
        missing = [force for force in PorterForce if force not in have]
        if not missing:
            return []
        created: list[ForceRatingRead] = []
        with self._ctx.write(self._kinds(), origin) as session:
            self._require_parent(session, plan_id)
            for force in missing:
                row = ForceRating(plan_id=plan_id, force=force)
                session.add(row)
                session.flush()
                touch(session, self.kind, row.id)
                created.append(self._to_read(row))
        return created
