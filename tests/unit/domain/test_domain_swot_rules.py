"""A PESTEL factor's impact (−2..+2) becomes its SWOT weight (1..5): its size, not its sign."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.analysis import SwotItemBase
from stratdesk.domain.swot_rules import weight_from_impact


def test_the_documented_mapping() -> None:
    assert [weight_from_impact(i) for i in range(-2, 3)] == [5, 3, 1, 3, 5]


@given(st.integers(min_value=-2, max_value=2))
def test_every_impact_gives_a_valid_weight_that_grows_with_its_size(impact: int) -> None:
    weight = weight_from_impact(impact)
    SwotItemBase(quadrant="O", text="x", weight=weight)  # a weight the SWOT accepts
    assert weight == weight_from_impact(-impact)  # a threat weighs as an opportunity
    if abs(impact) < 2:
        assert weight < weight_from_impact(abs(impact) + 1)


@pytest.mark.parametrize("impact", [-3, 3, 10])
def test_an_impact_out_of_range_is_refused(impact: int) -> None:
    with pytest.raises(ValueError):
        weight_from_impact(impact)
