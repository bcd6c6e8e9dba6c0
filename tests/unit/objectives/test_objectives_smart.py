"""The SMART check: each criterion's rule, what is missing said in words, never a refusal."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.smart import (
    MAX_RATIO,
    MIN_WORDS,
    SmartCheck,
    SmartCriterion,
    SmartIssue,
    check_summary,
    criterion_line,
    issue_text,
    key_words,
    names_any,
    same_word,
    smart_check,
    word_count,
)

SEGMENTS = ("Remote workers", "Small offices (5 to 50 staff)", "Cafés and restaurants")
PRODUCTS = ("Monthly origin box for remote workers", "Compostable packaging")
GOOD = "Reach 1,200 active subscriptions from remote workers and small offices by the end of 2028."
YEARS = (2026, 2028)


def check(statement: str = GOOD, **fields: object) -> SmartCheck:
    values: dict[str, object] = {
        "kpi_id": 1,
        "baseline": 0.0,
        "target": 1200.0,
        "deadline": dt.date(2028, 12, 31),
    }
    values.update(fields)
    return smart_check(
        statement,
        years=YEARS,
        segments=SEGMENTS,
        products=PRODUCTS,
        **values,  # type: ignore[arg-type]
    )


def test_a_complete_objective_is_smart():
    result = check()
    assert result.complete and result.score == 4
    assert result.issues == ()
    assert all(result.met(criterion) for criterion in SmartCriterion)


def test_specific_needs_enough_words_and_a_segment_or_a_product():
    assert check("Grow remote workers").issues == (SmartIssue.SHORT_STATEMENT,)
    vague = check("Bring the cost of winning a subscriber down to €45 by the end of 2027.")
    assert vague.issues == (SmartIssue.NO_SEGMENT_OR_PRODUCT,)
    assert not vague.met(SmartCriterion.SPECIFIC) and vague.met(SmartCriterion.MEASURABLE)
    product = check("Sell 500 compostable bags a month to offices by the end of 2027.")
    assert product.met(SmartCriterion.SPECIFIC)


def test_names_are_read_without_case_accents_or_plural_endings():
    assert names_any("Gagner 300 CAFES lyonnais", ["Cafés et restaurants"])
    assert names_any("Win more office buyers", ["Small offices"])  # office / offices
    assert names_any("Keep subscribers longer", ["Coffee subscription"])  # same six letters
    assert names_any("Fidéliser les abonnés", ["Abonnement mensuel"])
    # Everyday words name nothing, even when a segment's name holds them.
    assert not names_any("Reach the end of the year with more", ["Reach more by the end"])
    assert not names_any("Grow sales", [])


def test_word_helpers():
    assert word_count("Reach 1,200 subscribers — by €45.00") == 5  # the dash is no word
    assert key_words("Les Cafés et restaurants") == {"cafes", "restaurants"}
    assert same_word("offices", "office") and not same_word("office", "offer")


def test_measurable_needs_a_kpi_a_baseline_and_a_target():
    result = check(kpi_id=None, baseline=None, target=None)
    assert result.issues == (SmartIssue.NO_KPI, SmartIssue.NO_BASELINE, SmartIssue.NO_TARGET)
    assert result.score == 3  # achievable is not judged without figures: not counted against


@pytest.mark.parametrize(
    ("baseline", "target", "issue"),
    [
        (80.0, 45.0, None),  # a cost cut by 44 %
        (0.0, 1200.0, None),  # from nothing: no ratio to judge
        (42.0, 60.0, None),
        (60.0, 60.0, SmartIssue.NO_CHANGE),
        (10.0, 10.0 * MAX_RATIO + 1, SmartIssue.FAR_TARGET),
        (100.0, 100.0 / MAX_RATIO - 1, SmartIssue.FAR_TARGET),
        (-5.0, 20.0, SmartIssue.FAR_TARGET),  # crosses zero
    ],
)
def test_achievable_warns_about_a_target_far_from_the_baseline(baseline, target, issue):
    result = check(baseline=baseline, target=target)
    assert result.issues == (() if issue is None else (issue,))
    if issue is not None:
        assert result.warnings == (issue,) and result.missing == ()
        assert criterion_line(result, SmartCriterion.ACHIEVABLE).startswith("! ")


def test_time_bound_needs_a_deadline_within_the_plan():
    assert check(deadline=None).issues == (SmartIssue.NO_DEADLINE,)
    assert check(deadline=dt.date(2029, 1, 1)).issues == (SmartIssue.DEADLINE_OUTSIDE,)
    assert check(deadline=dt.date(2026, 1, 1)).complete


def test_the_lines_say_what_is_missing():
    result = check("Grow", kpi_id=None, baseline=None)
    assert check_summary(result) == "SMART: 2 of 4 criteria met"
    assert criterion_line(result, SmartCriterion.TIME_BOUND) == "✓ Time-bound"
    specific = criterion_line(result, SmartCriterion.SPECIFIC)
    assert specific.startswith("✗ Specific: ")
    assert f"at least {MIN_WORDS} words" in specific
    assert "names no segment or product" in specific
    assert criterion_line(result, SmartCriterion.MEASURABLE) == (
        "✗ Measurable: no KPI measures it; no baseline"
    )
    assert check_summary(check()) == "SMART: every criterion is met"
    assert all(issue_text(issue) for issue in SmartIssue)


def test_the_lines_are_french_in_french(french: None) -> None:
    result = check("Grandir", kpi_id=None)
    assert check_summary(result) == "SMART\u00a0: 2 critères sur 4 remplis"
    assert criterion_line(result, SmartCriterion.MEASURABLE) == (
        "✗ Mesurable\u00a0: aucun KPI ne le mesure"
    )


finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12)
maybe = st.none() | finite
days = st.none() | st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))


@given(
    statement=st.text(max_size=300),
    kpi_id=st.none() | st.integers(min_value=1),
    baseline=maybe,
    target=maybe,
    deadline=days,
    terms=st.lists(st.text(max_size=40), max_size=5),
)
def test_the_check_never_fails_and_is_consistent(
    statement, kpi_id, baseline, target, deadline, terms
):
    result = smart_check(
        statement,
        kpi_id=kpi_id,
        baseline=baseline,
        target=target,
        deadline=deadline,
        years=YEARS,
        segments=terms,
    )
    assert 0 <= result.score <= 4
    assert result.complete == (result.score == 4) == (not result.issues)
    assert set(result.missing) | set(result.warnings) == set(result.issues)
    assert result.met(SmartCriterion.MEASURABLE) == (
        kpi_id is not None and baseline is not None and target is not None
    )
    in_plan = deadline is not None and YEARS[0] <= deadline.year <= YEARS[1]
    assert result.met(SmartCriterion.TIME_BOUND) == in_plan


@given(
    baseline=finite.filter(lambda v: abs(v) > 1e-6), ratio=st.floats(min_value=0.11, max_value=9.9)
)
def test_targets_within_the_ratio_are_achievable(baseline, ratio):
    target = baseline * ratio
    result = check(baseline=baseline, target=target)
    assert result.met(SmartCriterion.ACHIEVABLE) or target == baseline


@given(statement=st.text(max_size=200))
def test_a_statement_naming_a_segment_stays_specific_whatever_else_it_says(statement):
    long = f"{statement} for remote workers " + "with care " * MIN_WORDS
    assert check(long).met(SmartCriterion.SPECIFIC)
