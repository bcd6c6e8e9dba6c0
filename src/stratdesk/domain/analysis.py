"""Environment analysis (PESTEL, competitors, Porter), SWOT and TOWS."""

from __future__ import annotations

from sqlmodel import Field, SQLModel, UniqueConstraint

from stratdesk.domain.enums import (
    PestelCategory,
    PorterForce,
    PriceLevel,
    SwotQuadrant,
    TowsKind,
    Trend,
)
from stratdesk.domain.limits import LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX


class EnvironmentFactorBase(SQLModel):
    category: PestelCategory
    text: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    impact: int = Field(default=0, ge=-2, le=2)
    likelihood: int = Field(default=3, ge=1, le=5)
    trend: Trend = Trend.STABLE
    votes: int = Field(default=0, ge=0, le=1000)  # dot votes from a workshop


class EnvironmentFactor(EnvironmentFactorBase, table=True):
    __tablename__ = "environment_factor"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


class CompetitorBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    offer: str = Field(default="", max_length=SHORT_TEXT_MAX)
    price_level: PriceLevel = PriceLevel.MEDIUM
    strengths: str = Field(default="", max_length=SHORT_TEXT_MAX)
    weaknesses: str = Field(default="", max_length=SHORT_TEXT_MAX)
    estimated_share: float = Field(default=0.0, ge=0.0, le=100.0)
    threat: int = Field(default=3, ge=1, le=5)


class Competitor(CompetitorBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


class ForceRatingBase(SQLModel):
    force: PorterForce
    rating: int = Field(default=3, ge=1, le=5)
    notes: str = Field(default="", max_length=SHORT_TEXT_MAX)


class ForceRating(ForceRatingBase, table=True):
    __tablename__ = "force_rating"
    __table_args__ = (UniqueConstraint("plan_id", "force"),)
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)


class SwotItemBase(SQLModel):
    quadrant: SwotQuadrant
    text: str = Field(min_length=1, max_length=SHORT_TEXT_MAX)
    weight: int = Field(default=3, ge=1, le=5)
    votes: int = Field(default=0, ge=0, le=1000)


class SwotItem(SwotItemBase, table=True):
    __tablename__ = "swot_item"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0
    # Where the insight came from, kept so the analysis stays traceable.
    source_factor_id: int | None = Field(
        default=None, foreign_key="environment_factor.id", ondelete="SET NULL"
    )
    source_competitor_id: int | None = Field(
        default=None, foreign_key="competitor.id", ondelete="SET NULL"
    )


class TowsStrategyBase(SQLModel):
    kind: TowsKind
    text: str = Field(min_length=1, max_length=LONG_TEXT_MAX)


class TowsStrategy(TowsStrategyBase, table=True):
    __tablename__ = "tows_strategy"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


class TowsLink(SQLModel, table=True):
    """A SWOT item that a TOWS strategy combines."""

    __tablename__ = "tows_link"
    strategy_id: int = Field(foreign_key="tows_strategy.id", ondelete="CASCADE", primary_key=True)
    swot_item_id: int = Field(
        foreign_key="swot_item.id", ondelete="CASCADE", primary_key=True, index=True
    )
