"""Weighted totals of segment scores, per criteria family, on a 0–100 scale.

A segment's total in a family (market attractiveness, competitive strength) is the weighted
mean of its scores (0–10) over that family's criteria, scaled to 0–100:

    total = Σ wᵢ·sᵢ / Σ wᵢ × 10        over the criteria with wᵢ > 0 the segment was scored on

Weights need not sum to 1 (or to anything): only their ratios count. A criterion weighing 0
stays on the grid but is left out. A criterion the segment was not scored on is left out
too, and the total says so (`FamilyTotal.partial`). There is no total, never a division by
zero, when the family has no criteria, when all its weights are 0, or when the segment has
no score in it: `FamilyTotal.value` is None and `problem` says why (`problem_text`).

Totals are exact fractions (`exact`), so that the matrix's zone boundaries are exact too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Protocol

from stratdesk.domain.enums import CriterionKind
from stratdesk.i18n import translate

SCORE_MIN, SCORE_MAX = 0, 10
TOTAL_MAX = 100


class WeightedCriterion(Protocol):
    """What a total needs of a criterion (a `CriterionRead` has it)."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> CriterionKind: ...
    @property
    def weight(self) -> float: ...


class TotalProblem(Enum):
    """Why a family has no total for a segment."""

    NO_CRITERIA = "no_criteria"
    ZERO_WEIGHTS = "zero_weights"
    NOT_SCORED = "not_scored"


@dataclass(frozen=True)
class FamilyTotal:
    """A segment's total in one family: `exact` (0–100) or None with the `problem`."""

    exact: Fraction | None
    scored: int  # criteria weighing more than 0 that the segment was scored on
    counted: int  # criteria weighing more than 0 in the family
    problem: TotalProblem | None = None

    @property
    def value(self) -> float | None:
        return None if self.exact is None else float(self.exact)

    @property
    def partial(self) -> bool:
        """Some criteria that count were not scored: the total is over the others."""
        return self.exact is not None and self.scored < self.counted


@dataclass(frozen=True)
class SegmentTotals:
    attractiveness: FamilyTotal
    strength: FamilyTotal

    def of(self, kind: CriterionKind) -> FamilyTotal:
        return self.attractiveness if kind == CriterionKind.ATTRACTIVENESS else self.strength

    @property
    def placed(self) -> bool:
        """Both totals exist: the segment has a place on the matrix."""
        return self.attractiveness.exact is not None and self.strength.exact is not None


def family_problem(
    criteria: Iterable[WeightedCriterion], kind: CriterionKind
) -> TotalProblem | None:
    """What keeps the whole family from having totals (None when it can have them)."""
    weights = [c.weight for c in criteria if c.kind == kind]
    if not weights:
        return TotalProblem.NO_CRITERIA
    if not any(w > 0 for w in weights):
        return TotalProblem.ZERO_WEIGHTS
    return None


def family_total(
    criteria: Iterable[WeightedCriterion], scores: Mapping[int, int], kind: CriterionKind
) -> FamilyTotal:
    """The total of one segment (`scores`: criterion id → score) in the family `kind`."""
    family = [c for c in criteria if c.kind == kind]
    return _total(_whole_weights(family), scores, family_problem(family, kind))


def _whole_weights(criteria: Iterable[WeightedCriterion]) -> list[tuple[int, int]]:
    """(criterion id, weight) for the weights above 0, as whole numbers in the same ratios.

    A float is an exact fraction (its denominator a power of two): multiplied by the
    denominators' least common multiple, every weight becomes an integer. The sums are then
    exact and quick, and a total is one fraction (no rounding, so a cut is a cut)."""
    exact = [(c.id, Fraction(c.weight)) for c in criteria if c.weight > 0]
    common = math.lcm(*(w.denominator for _i, w in exact)) if exact else 1
    return [(i, int(w * common)) for i, w in exact]


def _total(
    weights: list[tuple[int, int]], scores: Mapping[int, int], problem: TotalProblem | None
) -> FamilyTotal:
    """The total over `weights` (criterion id, whole weight > 0) of a family without
    `problem`."""
    if problem is not None:
        return FamilyTotal(None, 0, len(weights), problem)
    scored = [(w, scores[i]) for i, w in weights if scores.get(i) is not None]
    if not scored:
        return FamilyTotal(None, 0, len(weights), TotalProblem.NOT_SCORED)
    weight_sum = sum(w for w, _score in scored)
    weighted = sum(w * score for w, score in scored)
    exact = Fraction(weighted * TOTAL_MAX, weight_sum * SCORE_MAX)
    return FamilyTotal(exact, len(scored), len(weights))


def segment_totals(
    criteria: Iterable[WeightedCriterion],
    scores: Mapping[tuple[int, int], int],
    segment_ids: Iterable[int],
) -> dict[int, SegmentTotals]:
    """Both totals of every segment; `scores` maps (segment id, criterion id) → score."""
    criteria = list(criteria)
    by_segment: dict[int, dict[int, int]] = {}
    for (segment_id, criterion_id), score in scores.items():
        by_segment.setdefault(segment_id, {})[criterion_id] = score
    # Each family's weights and problem once, not once per segment.
    families = {
        kind: (
            _whole_weights(c for c in criteria if c.kind == kind),
            family_problem(criteria, kind),
        )
        for kind in (CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH)
    }
    attractiveness, strength = (
        families[CriterionKind.ATTRACTIVENESS],
        families[CriterionKind.STRENGTH],
    )
    return {
        segment_id: SegmentTotals(
            _total(attractiveness[0], by_segment.get(segment_id, {}), attractiveness[1]),
            _total(strength[0], by_segment.get(segment_id, {}), strength[1]),
        )
        for segment_id in segment_ids
    }


def problem_text(kind: CriterionKind, problem: TotalProblem) -> str:
    """One sentence saying why a family has no total, and what to do about it."""
    attractiveness = kind == CriterionKind.ATTRACTIVENESS
    if problem is TotalProblem.NO_CRITERIA:
        return (
            translate("Scoring", "No attractiveness criteria yet: add one to compute this total.")
            if attractiveness
            else translate("Scoring", "No strength criteria yet: add one to compute this total.")
        )
    if problem is TotalProblem.ZERO_WEIGHTS:
        return (
            translate(
                "Scoring", "Every attractiveness criterion weighs 0: give one a weight above 0."
            )
            if attractiveness
            else translate(
                "Scoring", "Every strength criterion weighs 0: give one a weight above 0."
            )
        )
    return (
        translate("Scoring", "Not scored yet on any attractiveness criterion.")
        if attractiveness
        else translate("Scoring", "Not scored yet on any strength criterion.")
    )


def scale_text() -> str:
    """The scales, said once where scores and totals are shown."""
    return translate("Scoring", "Scores from 0 to 10; totals are weighted means from 0 to 100.")
