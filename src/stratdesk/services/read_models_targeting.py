"""Read models of segmentation, targeting and positioning (frozen copies of rows)."""

from __future__ import annotations

from typing import NamedTuple

from sqlmodel.main import SQLModelConfig

from stratdesk.domain.targeting import (
    CriterionBase,
    MapAxisBase,
    MapPointBase,
    PersonaBase,
    PositioningBase,
    SegmentBase,
    SegmentScoreBase,
)

FROZEN = SQLModelConfig(frozen=True)


class SegmentRead(SegmentBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class PersonaRead(PersonaBase):
    model_config = FROZEN
    id: int
    segment_id: int
    position: int


class CriterionRead(CriterionBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class SegmentScoreRead(SegmentScoreBase):
    model_config = FROZEN
    id: int
    segment_id: int
    criterion_id: int


class ScoreCell(NamedTuple):
    """One score as a grid cell: a light read model for grids of thousands of scores."""

    id: int
    segment_id: int
    criterion_id: int
    score: int


class PositioningRead(PositioningBase):
    model_config = FROZEN
    id: int
    segment_id: int


class MapAxisRead(MapAxisBase):
    model_config = FROZEN
    id: int
    plan_id: int


class MapPointRead(MapPointBase):
    model_config = FROZEN
    id: int
    plan_id: int
    competitor_id: int | None = None
