"""The standard KPI formulas: values, zero denominators, missing and non-finite inputs."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import KpiDirection, KpiFormula, KpiUnit
from stratdesk.domain.kpi_formulas import (
    FORMULAS,
    compute,
    formula_text,
    input_label,
    inputs,
    is_computed,
)
from stratdesk.i18n import set_language

CASES = [
    (KpiFormula.CTR, {"clicks": 25, "impressions": 1000}, 2.5),
    (KpiFormula.CPC, {"cost": 120.0, "clicks": 300}, 0.4),
    (KpiFormula.CPM, {"cost": 50.0, "impressions": 20_000}, 2.5),
    (KpiFormula.CPA, {"cost": 900.0, "acquisitions": 30}, 30.0),
    (KpiFormula.ROAS, {"revenue": 4000.0, "cost": 1000.0}, 4.0),
    (KpiFormula.ROI, {"revenue": 1500.0, "cost": 1000.0}, 50.0),
    (KpiFormula.ROI, {"revenue": 500.0, "cost": 1000.0}, -50.0),
    (KpiFormula.CONVERSION_RATE, {"conversions": 36, "visitors": 1200}, 3.0),
    (
        KpiFormula.LTV,
        {"average_order_value": 80.0, "purchase_frequency": 3, "lifetime_years": 2.5},
        600.0,
    ),
    (KpiFormula.CHURN, {"customers_lost": 15, "customers_at_start": 500}, 3.0),
    (KpiFormula.NPS, {"promoters": 60, "passives": 25, "detractors": 15}, 45.0),
    (KpiFormula.NPS, {"promoters": 10, "passives": 0, "detractors": 30}, -50.0),
    (KpiFormula.SHARE_OF_VOICE, {"brand_mentions": 120, "market_mentions": 800}, 15.0),
    (KpiFormula.MARKET_SHARE, {"sales": 2.5e6, "market_sales": 1e7}, 25.0),
]


@pytest.mark.parametrize(("formula", "values", "expected"), CASES)
def test_each_formula_computes_the_standard_definition(
    formula: KpiFormula, values: dict[str, float], expected: float
) -> None:
    assert compute(formula, values) == pytest.approx(expected)


def test_every_computed_formula_is_tested() -> None:
    assert {case[0] for case in CASES} == set(FORMULAS)
    assert set(FORMULAS) == set(KpiFormula) - {KpiFormula.DIRECT}


ZERO_DENOMINATORS = [
    (KpiFormula.CTR, {"clicks": 5, "impressions": 0}),
    (KpiFormula.CPC, {"cost": 10, "clicks": 0}),
    (KpiFormula.CPM, {"cost": 10, "impressions": 0}),
    (KpiFormula.CPA, {"cost": 10, "acquisitions": 0}),
    (KpiFormula.ROAS, {"revenue": 10, "cost": 0}),
    (KpiFormula.ROI, {"revenue": 10, "cost": 0}),
    (KpiFormula.CONVERSION_RATE, {"conversions": 1, "visitors": 0}),
    (KpiFormula.CHURN, {"customers_lost": 1, "customers_at_start": 0}),
    (KpiFormula.NPS, {"promoters": 0, "passives": 0, "detractors": 0}),
    (KpiFormula.SHARE_OF_VOICE, {"brand_mentions": 3, "market_mentions": 0}),
    (KpiFormula.MARKET_SHARE, {"sales": 3, "market_sales": 0.0}),
]


@pytest.mark.parametrize(("formula", "values"), ZERO_DENOMINATORS)
def test_a_zero_denominator_gives_no_value(formula: KpiFormula, values: dict[str, float]) -> None:
    assert compute(formula, values) is None


def test_ltv_has_no_denominator_and_zero_inputs_give_zero() -> None:
    values = {"average_order_value": 0, "purchase_frequency": 4, "lifetime_years": 2}
    assert compute(KpiFormula.LTV, values) == 0.0


@pytest.mark.parametrize("formula", sorted(FORMULAS))
def test_a_missing_input_gives_no_value(formula: KpiFormula) -> None:
    complete = dict.fromkeys(inputs(formula), 10.0)
    assert compute(formula, complete) is not None
    for name in inputs(formula):
        partial = {key: value for key, value in complete.items() if key != name}
        assert compute(formula, partial) is None
        assert compute(formula, {**complete, name: None}) is None  # type: ignore[dict-item]


@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan, "12", True])
def test_non_finite_or_non_numeric_inputs_give_no_value(bad: object) -> None:
    assert compute(KpiFormula.CTR, {"clicks": bad, "impressions": 100}) is None  # type: ignore[dict-item]


def test_an_overflowing_result_gives_no_value_instead_of_inf() -> None:
    assert compute(KpiFormula.CPM, {"cost": 1e306, "impressions": 1e-10}) is None
    values = {"average_order_value": 1e200, "purchase_frequency": 1e200, "lifetime_years": 1}
    assert compute(KpiFormula.LTV, values) is None


@given(
    st.sampled_from(sorted(FORMULAS)),
    st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=3, max_size=3),
)
def test_compute_never_raises_nor_returns_inf_or_nan(
    formula: KpiFormula, numbers: list[float]
) -> None:
    result = compute(formula, dict(zip(inputs(formula), numbers, strict=False)))
    assert result is None or math.isfinite(result)


def test_direct_kpis_have_no_formula() -> None:
    assert not is_computed(KpiFormula.DIRECT)
    assert inputs(KpiFormula.DIRECT) == ()
    assert compute(KpiFormula.DIRECT, {"value": 3.0}) is None
    assert is_computed(KpiFormula.ROAS)


def test_units_and_usual_directions_fit_the_formulas() -> None:
    assert FORMULAS[KpiFormula.CTR].unit == KpiUnit.PERCENT
    assert FORMULAS[KpiFormula.CPC].unit == KpiUnit.CURRENCY
    assert FORMULAS[KpiFormula.ROAS].unit == KpiUnit.RATIO
    assert FORMULAS[KpiFormula.CPA].direction == KpiDirection.LOWER_IS_BETTER
    assert FORMULAS[KpiFormula.CHURN].direction == KpiDirection.LOWER_IS_BETTER
    assert FORMULAS[KpiFormula.NPS].direction == KpiDirection.HIGHER_IS_BETTER


def test_every_input_and_formula_has_a_label() -> None:
    for formula in KpiFormula:
        assert formula_text(formula)
        for name in inputs(formula):
            assert input_label(name) != name


def test_labels_are_translated() -> None:
    set_language("fr")
    try:
        french = input_label("impressions"), formula_text(KpiFormula.CPC)
    finally:
        set_language("en")
    english = input_label("impressions"), formula_text(KpiFormula.CPC)
    assert english == ("Impressions", "Cost ÷ clicks")
    # The catalogue may not have these strings yet: then the source text stands in.
    assert all(isinstance(text, str) and text for text in french)
