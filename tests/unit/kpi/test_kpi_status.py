"""The dashboard rule: on track, at risk, off track, no data."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import KpiDirection
from stratdesk.domain.kpi_status import (
    KpiStatus,
    shortfall,
    status,
    status_label,
    status_symbol,
    status_text,
)

UP = KpiDirection.HIGHER_IS_BETTER
DOWN = KpiDirection.LOWER_IS_BETTER


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (120, KpiStatus.ON_TRACK),  # beaten
        (100, KpiStatus.ON_TRACK),  # met
        (95, KpiStatus.ON_TRACK),  # 5 % short: within tolerance
        (94, KpiStatus.AT_RISK),
        (85, KpiStatus.AT_RISK),  # 15 % short: edge of the risk band
        (84, KpiStatus.OFF_TRACK),
        (0, KpiStatus.OFF_TRACK),
    ],
)
def test_higher_is_better(actual: float, expected: KpiStatus) -> None:
    assert status(actual, 100, UP) == expected


@pytest.mark.parametrize(
    ("actual", "expected"),
    [
        (1.50, KpiStatus.ON_TRACK),  # cheaper than the target CPC
        (2.00, KpiStatus.ON_TRACK),
        (2.10, KpiStatus.ON_TRACK),  # 5 % over
        (2.20, KpiStatus.AT_RISK),
        (2.30, KpiStatus.AT_RISK),  # 15 % over
        (2.40, KpiStatus.OFF_TRACK),
    ],
)
def test_lower_is_better(actual: float, expected: KpiStatus) -> None:
    assert status(actual, 2.0, DOWN) == expected


def test_the_same_gap_reads_opposite_ways_in_each_direction() -> None:
    assert status(130, 100, UP) == KpiStatus.ON_TRACK
    assert status(130, 100, DOWN) == KpiStatus.OFF_TRACK
    assert status(70, 100, UP) == KpiStatus.OFF_TRACK
    assert status(70, 100, DOWN) == KpiStatus.ON_TRACK


def test_negative_targets_use_their_size_as_the_scale() -> None:
    # An ROI target of −10 %: −11 % is 10 % worse (at risk), −5 % beats it.
    assert status(-11, -10, UP) == KpiStatus.AT_RISK
    assert status(-5, -10, UP) == KpiStatus.ON_TRACK
    assert shortfall(-11, -10, UP) == pytest.approx(0.1)


@pytest.mark.parametrize(
    ("actual", "direction", "expected"),
    [
        (0, UP, KpiStatus.ON_TRACK),
        (3, UP, KpiStatus.ON_TRACK),
        (-0.01, UP, KpiStatus.OFF_TRACK),
        (0, DOWN, KpiStatus.ON_TRACK),
        (-2, DOWN, KpiStatus.ON_TRACK),
        (0.01, DOWN, KpiStatus.OFF_TRACK),
    ],
)
def test_a_zero_target_is_met_or_missed(
    actual: float, direction: KpiDirection, expected: KpiStatus
) -> None:
    assert status(actual, 0, direction) == expected
    assert shortfall(actual, 0, direction) is None


@pytest.mark.parametrize(
    ("actual", "target"), [(None, 10), (10, None), (None, None), (math.nan, 10), (5, math.inf)]
)
def test_missing_values_are_no_data(actual: float | None, target: float | None) -> None:
    assert status(actual, target, UP) == KpiStatus.NO_DATA
    assert shortfall(actual, target, UP) is None


def test_tolerance_and_risk_band_can_be_tuned() -> None:
    assert status(90, 100, UP, tolerance=0.10, risk_band=0.20) == KpiStatus.ON_TRACK
    assert status(90, 100, UP, tolerance=0.0, risk_band=0.0) == KpiStatus.OFF_TRACK
    assert status(100, 100, UP, tolerance=0.0, risk_band=0.0) == KpiStatus.ON_TRACK
    with pytest.raises(ValueError):
        status(90, 100, UP, tolerance=0.2, risk_band=0.1)
    with pytest.raises(ValueError):
        status(90, 100, UP, tolerance=-0.1)


@given(
    st.floats(-1e9, 1e9),
    st.floats(-1e9, 1e9).filter(lambda t: t != 0),
    st.sampled_from(list(KpiDirection)),
)
def test_better_never_means_a_worse_status(
    actual: float, target: float, direction: KpiDirection
) -> None:
    order = [KpiStatus.ON_TRACK, KpiStatus.AT_RISK, KpiStatus.OFF_TRACK]
    better = actual + abs(target) * 0.1 * (1 if direction == UP else -1)
    assert order.index(status(better, target, direction)) <= order.index(
        status(actual, target, direction)
    )


def test_each_status_has_a_symbol_and_words_so_colour_is_never_alone() -> None:
    symbols = {status_symbol(value) for value in KpiStatus}
    assert len(symbols) == len(KpiStatus)
    assert status_text(KpiStatus.ON_TRACK) == "✓ On track"
    assert status_text(KpiStatus.AT_RISK) == "! At risk"
    assert status_text(KpiStatus.OFF_TRACK) == "✗ Off track"
    assert status_label(KpiStatus.NO_DATA) == "No data"
