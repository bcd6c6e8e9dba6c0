"""Read models of the environment analysis, SWOT and TOWS (frozen copies of rows)."""

from __future__ import annotations

from sqlmodel.main import SQLModelConfig

from stratdesk.domain.analysis import (
    CompetitorBase,
    EnvironmentFactorBase,
    ForceRatingBase,
    SwotItemBase,
    TowsStrategyBase,
)

FROZEN = SQLModelConfig(frozen=True)


class EnvironmentFactorRead(EnvironmentFactorBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class CompetitorRead(CompetitorBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int


class ForceRatingRead(ForceRatingBase):
    model_config = FROZEN
    id: int
    plan_id: int


class SwotItemRead(SwotItemBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
    source_factor_id: int | None = None
    source_competitor_id: int | None = None


class TowsStrategyRead(TowsStrategyBase):
    model_config = FROZEN
    id: int
    plan_id: int
    position: int
    swot_item_ids: tuple[int, ...] = ()
