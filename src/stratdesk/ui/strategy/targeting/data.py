"""Everything the Segmentation & targeting page shows, loaded once per refresh."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from stratdesk.charts.ge_data import MatrixData, matrix_data
from stratdesk.domain.enums import CriterionKind
from stratdesk.domain.scoring import SegmentTotals, segment_totals

FAMILIES = (CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH)


@dataclass(frozen=True)
class TargetingData:
    """Segments in their order, criteria family by family, scores and totals."""

    segments: tuple[Any, ...] = ()
    criteria: tuple[Any, ...] = ()
    scores: dict[tuple[int, int], int] = field(default_factory=dict)
    totals: dict[int, SegmentTotals] = field(default_factory=dict)
    currency: str = "EUR"

    @classmethod
    def load(cls, services: Any, plan_id: int, currency: str) -> TargetingData:
        segments = tuple(services.segments.list(plan_id))
        listed = services.criteria.list(plan_id)
        criteria = tuple(c for kind in FAMILIES for c in listed if c.kind == kind)
        scores = {(s.segment_id, s.criterion_id): s.score for s in services.scores.scores(plan_id)}
        totals = segment_totals(criteria, scores, [s.id for s in segments])
        return cls(segments, criteria, scores, totals, currency)

    def segment(self, segment_id: int | None) -> Any | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    def family(self, kind: CriterionKind) -> list[Any]:
        return [c for c in self.criteria if c.kind == kind]

    def criterion(self, criterion_id: int | None) -> Any | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def matrix(self, language: str) -> MatrixData:
        return matrix_data(self.segments, self.totals, self.criteria, self.currency, language)
