"""Weighted totals: normalised to 0–100, weights need not sum to anything, and a family
without criteria, with all weights at 0 or without scores has no total (never a crash)."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import CriterionKind
from stratdesk.domain.scoring import (
    TotalProblem,
    family_problem,
    family_total,
    problem_text,
    segment_totals,
)

A, S = CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH


@dataclass(frozen=True)
class Crit:
    id: int
    kind: CriterionKind
    weight: float


weights = st.floats(min_value=0.0, max_value=100.0, allow_nan=False)
positive = st.floats(min_value=0.01, max_value=100.0, allow_nan=False)
scores = st.integers(min_value=0, max_value=10)


@st.composite
def families(draw: st.DrawFn, min_size: int = 1) -> tuple[list[Crit], dict[int, int]]:
    """Criteria of one family with at least one positive weight, every one scored."""
    ws = draw(st.lists(weights, min_size=min_size, max_size=8))
    if not any(w > 0 for w in ws):
        ws[0] = draw(positive)
    criteria = [Crit(i, A, w) for i, w in enumerate(ws)]
    return criteria, {c.id: draw(scores) for c in criteria}


def test_a_weighted_mean_on_a_scale_of_100():
    criteria = [Crit(1, A, 30), Crit(2, A, 20), Crit(3, S, 50)]
    total = family_total(criteria, {1: 9, 2: 8, 3: 1}, A)
    assert total.exact == Fraction(86)  # (30·9 + 20·8) / 50 × 10
    assert (total.value, total.scored, total.counted, total.partial) == (86.0, 2, 2, False)


@given(families())
def test_totals_stay_between_0_and_100(family):
    criteria, given_scores = family
    value = family_total(criteria, given_scores, A).exact
    assert value is not None and 0 <= value <= 100


@given(families(), st.fractions(min_value=Fraction(1, 100), max_value=1000))
def test_only_the_ratios_of_the_weights_count(family, factor):
    criteria, given_scores = family
    scaled = [Crit(c.id, c.kind, float(Fraction(c.weight) * factor)) for c in criteria]
    if [c.weight > 0 for c in scaled] != [c.weight > 0 for c in criteria]:
        return  # a tiny weight that rounded to 0.0 is a different family
    before = family_total(criteria, given_scores, A).value
    after = family_total(scaled, given_scores, A).value
    assert after == pytest.approx(before, abs=1e-9)


@given(st.lists(positive, min_size=1, max_size=8), scores)
def test_the_same_score_everywhere_is_ten_times_that_score(ws, score):
    criteria = [Crit(i, A, w) for i, w in enumerate(ws)]
    total = family_total(criteria, dict.fromkeys(range(len(ws)), score), A)
    assert total.exact == 10 * score


@given(families(), scores)
def test_a_criterion_weighing_nothing_changes_nothing(family, score):
    criteria, given_scores = family
    extra = Crit(99, A, 0.0)
    before = family_total(criteria, given_scores, A)
    after = family_total([*criteria, extra], {**given_scores, 99: score}, A)
    assert (after.exact, after.counted) == (before.exact, before.counted)


@given(families(), st.data())
def test_a_higher_score_never_lowers_the_total(family, data):
    criteria, given_scores = family
    chosen = data.draw(st.sampled_from(criteria))
    if given_scores[chosen.id] == 10:
        return
    raised = {**given_scores, chosen.id: given_scores[chosen.id] + 1}
    before = family_total(criteria, given_scores, A).exact
    after = family_total(criteria, raised, A).exact
    assert after is not None and before is not None and after >= before


def test_no_criteria_means_no_total_and_says_so():
    total = family_total([Crit(1, S, 10)], {1: 5}, A)
    assert (total.exact, total.value, total.problem) == (None, None, TotalProblem.NO_CRITERIA)
    assert family_problem([], S) is TotalProblem.NO_CRITERIA
    assert "No attractiveness criteria yet" in problem_text(A, TotalProblem.NO_CRITERIA)


@given(st.lists(scores, min_size=1, max_size=6))
def test_all_weights_at_zero_is_no_total_never_a_division_by_zero(given_scores):
    criteria = [Crit(i, S, 0.0) for i in range(len(given_scores))]
    total = family_total(criteria, dict(enumerate(given_scores)), S)
    assert (total.exact, total.problem, total.counted) == (None, TotalProblem.ZERO_WEIGHTS, 0)
    assert "weighs 0" in problem_text(S, TotalProblem.ZERO_WEIGHTS)


def test_an_unscored_segment_has_no_total_and_a_partly_scored_one_says_so():
    criteria = [Crit(1, A, 1), Crit(2, A, 3)]
    nothing = family_total(criteria, {}, A)
    assert (nothing.exact, nothing.problem) == (None, TotalProblem.NOT_SCORED)
    partly = family_total(criteria, {2: 4}, A)
    assert (partly.exact, partly.scored, partly.counted, partly.partial) == (40, 1, 2, True)
    assert "Not scored yet" in problem_text(A, TotalProblem.NOT_SCORED)


def test_totals_of_every_segment_in_both_families():
    criteria = [Crit(1, A, 1), Crit(2, S, 1)]
    totals = segment_totals(criteria, {(10, 1): 8, (10, 2): 2, (11, 1): 5}, [10, 11, 12])
    assert (totals[10].attractiveness.exact, totals[10].strength.exact) == (80, 20)
    assert totals[10].placed and not totals[11].placed and not totals[12].placed
    assert totals[11].of(S).problem is TotalProblem.NOT_SCORED
    assert totals[12].of(A).problem is TotalProblem.NOT_SCORED
