"""The period actual rule: sum, average, last value and formula over summed components, with
daily data against monthly and quarterly targets, and partial periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stratdesk.domain.enums import KpiAggregation, KpiDirection, KpiFormula, KpiPeriod
from stratdesk.domain.kpi_actuals import (
    Measured,
    figure_at,
    index_start,
    latest_figure,
    period_figures,
    period_index,
    previous_actual,
)
from stratdesk.domain.kpi_status import KpiStatus

D = dt.date


@dataclass(frozen=True)
class Rule:
    aggregation: KpiAggregation = KpiAggregation.SUM
    formula: KpiFormula = KpiFormula.DIRECT
    period: KpiPeriod = KpiPeriod.MONTH
    direction: KpiDirection = KpiDirection.HIGHER_IS_BETTER


def daily(first: dt.date, last: dt.date, value: object, component: str = "") -> list:
    """One row a day from `first` to `last`; `value` a number or a function of the day."""
    rows = []
    day = first
    while day <= last:
        v = value(day) if callable(value) else value
        rows.append((day, float(v), component))
        day += dt.timedelta(days=1)
    return rows


LATER = D(2030, 1, 1)  # a "today" after every period of the tests: all periods are whole


def test_sum_of_daily_values_against_a_monthly_target() -> None:
    measured = Measured.of(daily(D(2026, 1, 1), D(2026, 2, 28), 100))
    figures = period_figures(
        Rule(), measured, [(D(2026, 1, 1), 3000), (D(2026, 2, 1), 3500)], LATER
    )
    january, february = figures
    assert (january.actual, january.target, january.status) == (3100, 3000, KpiStatus.ON_TRACK)
    assert (february.actual, february.status) == (2800, KpiStatus.OFF_TRACK)  # 20 % short
    assert not january.partial and january.count == 31


def test_sum_of_daily_values_against_a_quarterly_target() -> None:
    measured = Measured.of(daily(D(2026, 1, 1), D(2026, 6, 30), 10))
    rule = Rule(period=KpiPeriod.QUARTER)
    figures = period_figures(rule, measured, [(D(2026, 1, 1), 900), (D(2026, 4, 1), 1000)], LATER)
    assert [f.start for f in figures] == [D(2026, 1, 1), D(2026, 4, 1)]
    assert [f.actual for f in figures] == [900, 910]
    assert [f.status for f in figures] == [KpiStatus.ON_TRACK, KpiStatus.AT_RISK]  # 9 % short


def test_average_and_last_value() -> None:
    scores = Measured.of([(D(2026, 3, 2), 7, ""), (D(2026, 3, 9), 9, ""), (D(2026, 3, 30), 8, "")])
    average = period_figures(Rule(KpiAggregation.AVERAGE), scores, (), LATER)[0]
    last = period_figures(Rule(KpiAggregation.LAST), scores, (), LATER)[0]
    assert average.actual == pytest.approx(8.0)
    assert last.actual == 8.0 and last.last_day == D(2026, 3, 30)


def test_ctr_is_the_ratio_of_the_totals_not_the_mean_of_daily_ctrs() -> None:
    # Day one: 10 clicks of 100 impressions (10 %); day two: 10 of 900 (1.1 %).
    rows = [
        (D(2026, 5, 1), 10, "clicks"),
        (D(2026, 5, 1), 100, "impressions"),
        (D(2026, 5, 2), 10, "clicks"),
        (D(2026, 5, 2), 900, "impressions"),
    ]
    rule = Rule(KpiAggregation.FORMULA, KpiFormula.CTR)
    figure = period_figures(rule, Measured.of(rows), [(D(2026, 5, 1), 2.0)], LATER)[0]
    assert figure.actual == pytest.approx(2.0)  # 20 ÷ 1000 × 100, not (10 + 1.1) ÷ 2
    assert figure.status == KpiStatus.ON_TRACK
    assert figure.count == 4


def test_cpa_over_summed_cost_and_acquisitions_lower_is_better() -> None:
    rows = daily(D(2026, 1, 1), D(2026, 1, 31), 50, "cost") + daily(
        D(2026, 1, 1), D(2026, 1, 31), lambda d: 2 if d.day % 2 else 0, "acquisitions"
    )
    rule = Rule(KpiAggregation.FORMULA, KpiFormula.CPA, direction=KpiDirection.LOWER_IS_BETTER)
    figure = period_figures(rule, Measured.of(rows), [(D(2026, 1, 1), 30)], LATER)[0]
    assert figure.actual == pytest.approx(1550 / 32)  # 16 odd days × 2 acquisitions
    assert figure.status == KpiStatus.OFF_TRACK


def test_formula_falls_back_on_values_measured_as_such_then_gives_nothing_for_zero() -> None:
    rule = Rule(KpiAggregation.FORMULA, KpiFormula.CTR)
    own_only = Measured.of([(D(2026, 1, 10), 2.0, ""), (D(2026, 1, 20), 4.0, "")])
    assert period_figures(rule, own_only, (), LATER)[0].actual == pytest.approx(3.0)
    zero = Measured.of([(D(2026, 1, 10), 5, "clicks"), (D(2026, 1, 10), 0, "impressions")])
    figure = period_figures(rule, zero, (), LATER)[0]
    assert figure.actual is None and figure.status == KpiStatus.NO_DATA


def test_levels_among_the_inputs_are_not_added_up() -> None:
    ltv = Rule(KpiAggregation.FORMULA, KpiFormula.LTV)
    rows = [
        (D(2026, 1, 5), 20, "average_order_value"),
        (D(2026, 1, 25), 30, "average_order_value"),
        (D(2026, 1, 5), 12, "purchase_frequency"),
        (D(2026, 1, 5), 2, "lifetime_years"),
    ]
    assert period_figures(ltv, Measured.of(rows), (), LATER)[0].actual == pytest.approx(600)
    churn = Rule(KpiAggregation.FORMULA, KpiFormula.CHURN)
    rows = [
        (D(2026, 1, 1), 200, "customers_at_start"),
        (D(2026, 1, 15), 210, "customers_at_start"),
        (D(2026, 1, 10), 4, "customers_lost"),
        (D(2026, 1, 20), 6, "customers_lost"),
    ]
    assert period_figures(churn, Measured.of(rows), (), LATER)[0].actual == pytest.approx(5.0)


def test_current_month_of_daily_data_is_compared_with_a_pro_rated_target() -> None:
    # 19 days of March measured on the 20th: 1,900 against 19/31 of 3,100.
    measured = Measured.of(daily(D(2026, 3, 1), D(2026, 3, 19), 100))
    figure = period_figures(Rule(), measured, [(D(2026, 3, 1), 3100)], D(2026, 3, 20))[0]
    assert figure.partial
    assert figure.actual == 1900 and figure.target == 3100
    assert figure.expected == pytest.approx(1900)
    assert figure.status == KpiStatus.ON_TRACK  # the whole target would say "off track"
    assert figure.shown_day == D(2026, 3, 19)


def test_current_quarter_of_daily_data_is_pro_rated_by_days() -> None:
    rule = Rule(period=KpiPeriod.QUARTER)
    measured = Measured.of(daily(D(2026, 4, 1), D(2026, 5, 14), 10))  # 44 of 91 days
    figure = period_figures(rule, measured, [(D(2026, 4, 1), 1000)], D(2026, 5, 15))[0]
    assert figure.partial and figure.actual == 440
    assert figure.expected == pytest.approx(1000 * 44 / 91)
    assert figure.status == KpiStatus.AT_RISK  # 440 of 483.5: 9 % short


def test_a_partial_average_is_judged_against_the_whole_target() -> None:
    rule = Rule(KpiAggregation.AVERAGE)
    measured = Measured.of(daily(D(2026, 3, 1), D(2026, 3, 10), 4.0))
    figure = period_figures(rule, measured, [(D(2026, 3, 1), 5.0)], D(2026, 3, 11))[0]
    assert figure.partial and figure.expected == 5.0
    assert figure.status == KpiStatus.OFF_TRACK


def test_a_value_on_the_months_last_day_makes_it_whole_and_a_past_month_is_whole() -> None:
    rule = Rule(KpiAggregation.LAST)
    month_end = Measured.of([(D(2026, 3, 31), 120, "")])
    figure = period_figures(rule, month_end, [(D(2026, 3, 1), 100)], D(2026, 3, 31))[0]
    assert not figure.partial
    gap = Measured.of(daily(D(2026, 2, 1), D(2026, 2, 20), 100))
    figure = period_figures(Rule(), gap, [(D(2026, 2, 1), 2800)], D(2026, 3, 5))[0]
    assert not figure.partial and figure.expected == 2800  # February is over: no pro rata
    assert figure.status == KpiStatus.OFF_TRACK


def test_periods_with_only_a_target_have_no_data() -> None:
    figures = period_figures(Rule(), Measured(), [(D(2026, 7, 1), 10)], D(2026, 7, 2))
    assert len(figures) == 1
    assert figures[0].actual is None and figures[0].status == KpiStatus.NO_DATA
    assert latest_figure(figures) is None


def test_weeks_start_on_monday_and_helpers_find_periods() -> None:
    rule = Rule(period=KpiPeriod.WEEK)
    rows = daily(D(2026, 1, 1), D(2026, 1, 11), 1)  # Thursday 1 to Sunday 11 January
    figures = period_figures(rule, Measured.of(rows), (), LATER)
    assert [(f.start, f.actual) for f in figures] == [(D(2025, 12, 29), 4), (D(2026, 1, 5), 7)]
    assert figure_at(figures, D(2026, 1, 7)) is figures[1]
    assert previous_actual(figures, figures[1]) == 4
    assert previous_actual(figures, figures[0]) is None
    assert latest_figure(figures) is figures[1]


def test_measurements_out_of_order_are_sorted() -> None:
    measured = Measured.of([(D(2026, 1, 20), 5, ""), (D(2026, 1, 3), 1, "")])
    rule = Rule(KpiAggregation.LAST)
    assert period_figures(rule, measured, (), LATER)[0].actual == 5


@pytest.mark.parametrize("period", list(KpiPeriod))
def test_period_index_and_start_agree(period: KpiPeriod) -> None:
    import numpy as np

    day = D(2024, 2, 29)
    for offset in range(0, 800, 13):
        current = day + dt.timedelta(days=offset)
        index = int(period_index(np.array([(current - D(1970, 1, 1)).days]), period)[0])
        start = index_start(index, period)
        assert start <= current < index_start(index + 1, period)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=500), min_size=1, max_size=400))
def test_sums_by_month_add_up_to_sums_by_quarter(values: list[int]) -> None:
    first = D(2026, 1, 1)
    rows = [(first + dt.timedelta(days=i), float(v), "") for i, v in enumerate(values)]
    months = period_figures(Rule(), Measured.of(rows), (), LATER)
    quarters = period_figures(Rule(period=KpiPeriod.QUARTER), Measured.of(rows), (), LATER)
    assert sum(f.actual or 0 for f in months) == sum(f.actual or 0 for f in quarters)
    assert sum(f.actual or 0 for f in quarters) == sum(values)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1000), st.integers(1, 100_000)), min_size=1, max_size=90))
def test_formula_period_actual_is_the_ratio_of_totals(days: list[tuple[int, int]]) -> None:
    first = D(2026, 1, 1)
    rows = []
    for i, (clicks, impressions) in enumerate(days):
        day = first + dt.timedelta(days=i % 28)  # all in January, several rows a day
        rows += [(day, float(clicks), "clicks"), (day, float(impressions), "impressions")]
    rule = Rule(KpiAggregation.FORMULA, KpiFormula.CTR)
    figure = period_figures(rule, Measured.of(rows), (), LATER)[0]
    clicks = sum(c for c, _ in days)
    impressions = sum(i for _, i in days)
    assert figure.actual == pytest.approx(clicks / impressions * 100)
