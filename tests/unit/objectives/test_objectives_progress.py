"""Progress from the baseline to the target, whichever way the target lies."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from stratdesk.domain.enums import KpiDirection
from stratdesk.domain.objective_progress import as_percent, bar_fraction, direction_of, progress


@pytest.mark.parametrize(
    ("baseline", "actual", "target", "share"),
    [
        (0.0, 300.0, 1200.0, 0.25),  # subscriptions growing
        (80.0, 57.25, 45.0, 0.65),  # a cost coming down is progress too
        (42.0, 40.0, 60.0, -2 / 18),  # the wrong way
        (0.0, 1500.0, 1200.0, 1.25),  # beyond the target
    ],
)
def test_progress_is_the_share_of_the_way(baseline, actual, target, share):
    assert progress(baseline, actual, target) == pytest.approx(share)


@pytest.mark.parametrize(
    "values", [(None, 1.0, 2.0), (0.0, None, 2.0), (0.0, 1.0, None), (5.0, 7.0, 5.0)]
)
def test_no_progress_without_a_way_to_go(values):
    assert progress(*values) is None
    assert bar_fraction(progress(*values)) == 0.0
    assert as_percent(progress(*values)) is None


def test_the_bar_stays_within_its_track_and_the_label_rounds():
    assert (bar_fraction(-0.3), bar_fraction(0.4), bar_fraction(1.7)) == (0.0, 0.4, 1.0)
    assert as_percent(0.2549) == 25.0 and as_percent(1.25) == 125.0


def test_a_kpi_made_from_an_objective_goes_the_objective_s_way():
    assert direction_of(80.0, 45.0) == KpiDirection.LOWER_IS_BETTER
    assert direction_of(0.0, 1200.0) == KpiDirection.HIGHER_IS_BETTER
    assert direction_of(None, 45.0) == KpiDirection.HIGHER_IS_BETTER


values = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(baseline=values, target=values, low=values, high=values)
def test_progress_grows_with_the_actual_towards_the_target(baseline, target, low, high):
    assume(abs(target - baseline) > 1e-6)
    low, high = sorted((low, high))
    a, b = progress(baseline, low, target), progress(baseline, high, target)
    assert a is not None and b is not None
    if target > baseline:
        assert a <= b + 1e-9
    else:
        assert a >= b - 1e-9
    assert progress(baseline, baseline, target) == 0.0
    assert math.isclose(progress(baseline, target, target), 1.0, rel_tol=1e-9)  # type: ignore[arg-type]
    assert 0.0 <= bar_fraction(a) <= 1.0
