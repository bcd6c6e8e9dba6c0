"""How a KPI's measurements add up: the default per unit and formula, and what is refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import KpiAggregation, KpiFormula, KpiUnit
from stratdesk.domain.kpi_aggregation import (
    check_aggregation,
    check_component,
    default_aggregation,
    following_aggregation,
)
from stratdesk.domain.kpi_formulas import inputs
from stratdesk.domain.kpis import KpiBase

SUM, AVERAGE, LAST, FORMULA = (
    KpiAggregation.SUM,
    KpiAggregation.AVERAGE,
    KpiAggregation.LAST,
    KpiAggregation.FORMULA,
)
DIRECT = KpiFormula.DIRECT


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (KpiUnit.COUNT, SUM),
        (KpiUnit.CURRENCY, SUM),
        (KpiUnit.PERCENT, AVERAGE),
        (KpiUnit.RATIO, AVERAGE),
    ],
)
def test_a_kpi_entered_directly_adds_up_by_its_unit(unit: KpiUnit, expected: KpiAggregation):
    assert default_aggregation(unit, DIRECT) is expected


@given(st.sampled_from(KpiUnit), st.sampled_from([f for f in KpiFormula if f != DIRECT]))
def test_a_computed_kpi_uses_its_formula(unit: KpiUnit, formula: KpiFormula) -> None:
    assert default_aggregation(unit, formula) is FORMULA
    check_aggregation(FORMULA, formula)


@given(st.sampled_from(KpiUnit), st.sampled_from(KpiFormula))
def test_the_default_always_fits(unit: KpiUnit, formula: KpiFormula) -> None:
    check_aggregation(default_aggregation(unit, formula), formula)


def test_formula_needs_a_formula() -> None:
    with pytest.raises(ValueError, match="entered directly"):
        check_aggregation(FORMULA, DIRECT)
    for aggregation in (SUM, AVERAGE, LAST):
        check_aggregation(aggregation, DIRECT)


def test_the_input_model_fills_the_default_and_refuses_what_does_not_fit() -> None:
    assert KpiBase(name="CTR", unit="percent", formula="ctr").aggregation is FORMULA
    assert KpiBase(name="Rate", unit="percent").aggregation is AVERAGE
    assert KpiBase(name="Subscribers", aggregation="last").aggregation is LAST
    with pytest.raises(ValueError, match="entered directly"):
        KpiBase(name="Visits", aggregation="formula")


def test_a_default_follows_the_unit_and_formula() -> None:
    count, percent = (KpiUnit.COUNT, DIRECT), (KpiUnit.PERCENT, DIRECT)
    ctr = (KpiUnit.PERCENT, KpiFormula.CTR)
    assert following_aggregation(SUM, count, percent) is AVERAGE
    assert following_aggregation(AVERAGE, percent, ctr) is FORMULA
    assert following_aggregation(FORMULA, ctr, count) is SUM


def test_a_chosen_aggregation_stays_while_it_fits() -> None:
    count, ctr = (KpiUnit.COUNT, DIRECT), (KpiUnit.PERCENT, KpiFormula.CTR)
    assert following_aggregation(LAST, count, ctr) is LAST
    assert following_aggregation(AVERAGE, ctr, (KpiUnit.CURRENCY, KpiFormula.CPC)) is AVERAGE
    # Chosen but no longer possible: "formula" on a KPI that lost its formula.
    assert following_aggregation(FORMULA, count, (KpiUnit.COUNT, DIRECT)) is SUM


@given(st.sampled_from(KpiFormula))
def test_components_are_the_formula_s_inputs(formula: KpiFormula) -> None:
    check_component("", formula)
    for name in inputs(formula):
        check_component(name, formula)
    with pytest.raises(ValueError):
        check_component("likes", formula)


def test_a_refused_component_says_what_is_expected() -> None:
    with pytest.raises(ValueError, match="clicks, impressions"):
        check_component("views", KpiFormula.CTR)
    with pytest.raises(ValueError, match="no components"):
        check_component("clicks", DIRECT)
