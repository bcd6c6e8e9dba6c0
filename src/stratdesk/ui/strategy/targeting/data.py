"""Everything the Segmentation & targeting page shows, loaded once per refresh."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
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
    score_ids: dict[int, tuple[int, int]] = field(default_factory=dict, compare=False)

    @classmethod
    def load(cls, services: Any, plan_id: int, currency: str) -> TargetingData:
        segments = tuple(services.segments.list(plan_id))
        listed = services.criteria.list(plan_id)
        criteria = tuple(c for kind in FAMILIES for c in listed if c.kind == kind)
        cells = services.scores.cells(plan_id)
        scores = {(c.segment_id, c.criterion_id): c.score for c in cells}
        totals = segment_totals(criteria, scores, [s.id for s in segments])
        ids = {c.id: (c.segment_id, c.criterion_id) for c in cells}
        return cls(segments, criteria, scores, totals, currency, ids)

    def with_criteria(self, listed: Iterable[Any]) -> TargetingData | None:
        """The same data with criteria read again (a weight or a name changed), or None
        when criteria came, went or moved (the grid's columns change: load it all)."""
        criteria = tuple(c for kind in FAMILIES for c in listed if c.kind == kind)
        if [c.id for c in criteria] != [c.id for c in self.criteria]:
            return None
        totals = segment_totals(criteria, self.scores, [s.id for s in self.segments])
        return replace(self, criteria=criteria, totals=totals)

    def with_scores(self, touched: Iterable[int], cells: Iterable[Any]) -> TargetingData:
        """The same data with the scores `touched` as read again (`cells`; a touched id
        that is not among them was cleared), and the totals computed again."""
        scores, ids = dict(self.scores), dict(self.score_ids)
        cells = list(cells)
        for gone in set(touched) - {c.id for c in cells}:
            key = ids.pop(gone, None)
            if key is not None:
                scores.pop(key, None)
        for cell in cells:
            key = (cell.segment_id, cell.criterion_id)
            scores[key], ids[cell.id] = cell.score, key
        totals = segment_totals(self.criteria, scores, [s.id for s in self.segments])
        return replace(self, scores=scores, totals=totals, score_ids=ids)

    def segment(self, segment_id: int | None) -> Any | None:
        return next((s for s in self.segments if s.id == segment_id), None)

    def family(self, kind: CriterionKind) -> list[Any]:
        return [c for c in self.criteria if c.kind == kind]

    def criterion(self, criterion_id: int | None) -> Any | None:
        return next((c for c in self.criteria if c.id == criterion_id), None)

    def matrix(self, language: str) -> MatrixData:
        return matrix_data(self.segments, self.totals, self.criteria, self.currency, language)
