"""Segmentation, targeting and positioning (STP) and the perceptual map."""

from __future__ import annotations

from sqlmodel import Field, SQLModel, UniqueConstraint

from stratdesk.domain.enums import CriterionKind, MapAxisOrientation, Targeting
from stratdesk.domain.limits import MONEY_MAX_CENTS, NAME_MAX, SHORT_TEXT_MAX


class SegmentBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)
    size: int = Field(default=0, ge=0, le=10**10)  # people or organisations
    value_cents: int = Field(default=0, ge=0, le=MONEY_MAX_CENTS)  # yearly market value
    growth_pct: float = Field(default=0.0, ge=-100.0, le=1000.0)
    needs: str = Field(default="", max_length=SHORT_TEXT_MAX)
    channels: str = Field(default="", max_length=SHORT_TEXT_MAX)
    targeting: Targeting = Targeting.NOT_TARGETED
    targeting_rationale: str = Field(default="", max_length=SHORT_TEXT_MAX)


class Segment(SegmentBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


class PersonaBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    description: str = Field(default="", max_length=SHORT_TEXT_MAX)
    needs: str = Field(default="", max_length=SHORT_TEXT_MAX)
    channels: str = Field(default="", max_length=SHORT_TEXT_MAX)


class Persona(PersonaBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(foreign_key="segment.id", ondelete="CASCADE", index=True)
    position: int = 0


class CriterionBase(SQLModel):
    name: str = Field(min_length=1, max_length=NAME_MAX)
    kind: CriterionKind
    # 0 is allowed: a criterion kept on the grid but left out of the totals.
    weight: float = Field(default=1.0, ge=0.0, le=100.0)


class Criterion(CriterionBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    position: int = 0


class SegmentScoreBase(SQLModel):
    score: int = Field(ge=0, le=10)


class SegmentScore(SegmentScoreBase, table=True):
    __tablename__ = "segment_score"
    __table_args__ = (UniqueConstraint("segment_id", "criterion_id"),)
    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(foreign_key="segment.id", ondelete="CASCADE", index=True)
    criterion_id: int = Field(foreign_key="criterion.id", ondelete="CASCADE", index=True)


class PositioningBase(SQLModel):
    target: str = Field(default="", max_length=SHORT_TEXT_MAX)
    need: str = Field(default="", max_length=SHORT_TEXT_MAX)
    category: str = Field(default="", max_length=SHORT_TEXT_MAX)
    benefit: str = Field(default="", max_length=SHORT_TEXT_MAX)
    alternative: str = Field(default="", max_length=SHORT_TEXT_MAX)
    differentiator: str = Field(default="", max_length=SHORT_TEXT_MAX)
    proof: str = Field(default="", max_length=SHORT_TEXT_MAX)


class Positioning(PositioningBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(foreign_key="segment.id", ondelete="CASCADE", unique=True)


class MapAxisBase(SQLModel):
    orientation: MapAxisOrientation
    name: str = Field(min_length=1, max_length=NAME_MAX)
    low_label: str = Field(default="", max_length=NAME_MAX)
    high_label: str = Field(default="", max_length=NAME_MAX)


class MapAxis(MapAxisBase, table=True):
    __tablename__ = "map_axis"
    __table_args__ = (UniqueConstraint("plan_id", "orientation"),)
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)


class MapPointBase(SQLModel):
    label: str = Field(min_length=1, max_length=NAME_MAX)
    x: float = Field(ge=-10.0, le=10.0)
    y: float = Field(ge=-10.0, le=10.0)
    own_brand: bool = False


class MapPoint(MapPointBase, table=True):
    __tablename__ = "map_point"
    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", ondelete="CASCADE", index=True)
    competitor_id: int | None = Field(
        default=None, foreign_key="competitor.id", ondelete="SET NULL"
    )
