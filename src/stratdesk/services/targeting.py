"""Segmentation, targeting and positioning (STP), and the perceptual map."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from stratdesk.domain.enums import MapAxisOrientation
from stratdesk.domain.errors import NotFound
from stratdesk.domain.targeting import (
    Criterion,
    CriterionBase,
    MapAxis,
    MapAxisBase,
    MapPoint,
    MapPointBase,
    Persona,
    PersonaBase,
    Positioning,
    PositioningBase,
    Segment,
    SegmentBase,
    SegmentScore,
    SegmentScoreBase,
)
from stratdesk.services.entity import EntityService, ServiceMixin
from stratdesk.services.ids import require_id
from stratdesk.services.keyed import KeyedService, as_enum
from stratdesk.services.read_models_targeting import (
    CriterionRead,
    MapAxisRead,
    MapPointRead,
    PersonaRead,
    PositioningRead,
    ScoreCell,
    SegmentRead,
    SegmentScoreRead,
)


class _OfSegment:
    """Rows owned by a segment: their plan is the segment's."""

    def _plan_id(self: ServiceMixin, session: Session, parent_id: int) -> int:
        segment = session.get(Segment, require_id(parent_id))
        if segment is None:
            raise NotFound(self._not_found(parent_id))
        return segment.plan_id


class SegmentService(EntityService[SegmentBase, Segment, SegmentRead]):
    """Market segments. Deleting one takes its personas, scores and positioning with it."""

    base = SegmentBase
    table = Segment
    read_model = SegmentRead


class PersonaService(_OfSegment, EntityService[PersonaBase, Persona, PersonaRead]):
    """Personas, listed and ordered per segment (`list(segment_id)`)."""

    base = PersonaBase
    table = Persona
    read_model = PersonaRead
    parent_field = "segment_id"


class CriterionService(EntityService[CriterionBase, Criterion, CriterionRead]):
    """Attractiveness and strength criteria, ordered within their kind."""

    base = CriterionBase
    table = Criterion
    read_model = CriterionRead
    group_fields = ("kind",)


class SegmentScoreInput(SegmentScoreBase):
    """A score as written: which criterion it scores (the segment is the parent)."""

    criterion_id: int


class SegmentScoreService(
    _OfSegment, KeyedService[SegmentScoreInput, SegmentScore, SegmentScoreRead]
):
    """One score per segment and criterion; the criterion must be in the segment's plan."""

    base = SegmentScoreInput
    table = SegmentScore
    read_model = SegmentScoreRead
    parent_field = "segment_id"
    key_fields = ("criterion_id",)

    def set_score(
        self, segment_id: int, criterion_id: int, score: int | None, *, origin: object = None
    ) -> int | None:
        """Set (or, with None, clear) a score; return the previous score, None if unscored.

        Undo: `set_score` with the returned value."""
        key = {"criterion_id": criterion_id}
        if score is None:
            previous = self._clear(segment_id, key, origin)
        else:
            previous = self._put(segment_id, key, {"score": score}, origin)
        return None if previous is None else previous.score

    def scores(self, plan_id: int) -> list[SegmentScoreRead]:
        """Every score of the plan's segments."""
        with self._ctx.read() as session:
            statement = (
                select(SegmentScore)
                .join(Segment, col(Segment.id) == col(SegmentScore.segment_id))
                .where(col(Segment.plan_id) == plan_id)
                .order_by(col(SegmentScore.segment_id), col(SegmentScore.criterion_id))
            )
            return [self._to_read(row) for row in session.exec(statement)]

    def cells(self, plan_id: int, ids: Iterable[int] | None = None) -> list[ScoreCell]:
        """The plan's scores as plain cells (all, or those of `ids` that still exist).

        A grid of 50 segments × 20 criteria reads its 1,000 scores this way in a few
        milliseconds, where full read models take a hundred."""
        table = SegmentScore.__table__  # type: ignore[attr-defined]
        segments = Segment.__table__  # type: ignore[attr-defined]
        statement = (
            sa_select(table.c.id, table.c.segment_id, table.c.criterion_id, table.c.score)
            .join(segments, segments.c.id == table.c.segment_id)
            .where(segments.c.plan_id == plan_id)
        )
        if ids is not None:
            statement = statement.where(table.c.id.in_(list(ids)))
        with self._ctx.read() as session:
            return [ScoreCell(*row) for row in session.execute(statement)]


class PositioningService(_OfSegment, KeyedService[PositioningBase, Positioning, PositioningRead]):
    """One positioning statement per segment."""

    base = PositioningBase
    table = Positioning
    read_model = PositioningRead
    parent_field = "segment_id"

    def get_for(self, segment_id: int) -> PositioningRead | None:
        return self.find(segment_id)

    def for_plan(self, plan_id: int) -> list[PositioningRead]:
        """The positioning of every segment of the plan that has one (one query)."""
        with self._ctx.read() as session:
            statement = (
                select(Positioning)
                .join(Segment, col(Segment.id) == col(Positioning.segment_id))
                .where(col(Segment.plan_id) == plan_id)
                .order_by(col(Segment.position), col(Segment.id))
            )
            return [self._to_read(row) for row in session.exec(statement)]

    def save(
        self, segment_id: int, data: dict[str, Any], *, origin: object = None
    ) -> PositioningRead | None:
        """Upsert the segment's positioning (fields not given are kept); return the previous
        one or None. Undo: `save` with the previous values, or `clear` when it was None."""
        return self._put(segment_id, {}, data, origin)

    def clear(self, segment_id: int, *, origin: object = None) -> PositioningRead | None:
        """Remove the segment's positioning; return what it was (None if there was none)."""
        return self._clear(segment_id, {}, origin)


class MapAxisService(KeyedService[MapAxisBase, MapAxis, MapAxisRead]):
    """The perceptual map's two axes, one per orientation."""

    base = MapAxisBase
    table = MapAxis
    read_model = MapAxisRead
    key_fields = ("orientation",)

    def list(self, parent_id: int) -> list[MapAxisRead]:
        order = list(MapAxisOrientation)
        return sorted(super().list(parent_id), key=lambda a: order.index(a.orientation))

    def set_axis(
        self,
        plan_id: int,
        orientation: MapAxisOrientation | str,
        name: str,
        low: str = "",
        high: str = "",
        *,
        origin: object = None,
    ) -> MapAxisRead | None:
        """Upsert an axis; return the previous one or None.

        Undo: `set_axis` with the previous values, or `clear_axis` when it was None."""
        key = {"orientation": as_enum(MapAxisOrientation, orientation, "orientation")}
        data = {"name": name, "low_label": low, "high_label": high}
        return self._put(plan_id, key, data, origin)

    def clear_axis(
        self, plan_id: int, orientation: MapAxisOrientation | str, *, origin: object = None
    ) -> MapAxisRead | None:
        key = {"orientation": as_enum(MapAxisOrientation, orientation, "orientation")}
        return self._clear(plan_id, key, origin)


class MapPointInput(MapPointBase):
    """A map point as written: optionally the competitor it stands for."""

    competitor_id: int | None = None


class MapPointService(EntityService[MapPointInput, MapPoint, MapPointRead]):
    """Points on the perceptual map: the own brand and competitors."""

    base = MapPointInput
    table = MapPoint
    read_model = MapPointRead
