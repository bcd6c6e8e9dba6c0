"""The GE–McKinsey matrix: bands cut at exactly 100/3 and 200/3, a total on a cut in the
higher band, the zones by band, and bubble areas proportional to the segments' values."""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.enums import CriterionKind, GeZone
from stratdesk.domain.ge_matrix import (
    HIGH,
    LOW,
    MEDIUM,
    band,
    bubble_diameter,
    cells,
    zone_of,
    zone_of_bands,
)
from stratdesk.domain.scoring import family_total

THIRD, TWO_THIRDS = Fraction(100, 3), Fraction(200, 3)
TINY = Fraction(1, 10**12)
totals = st.fractions(min_value=0, max_value=100)
RANK = {GeZone.HARVEST: 0, GeZone.SELECTIVE: 1, GeZone.INVEST: 2}


@dataclass(frozen=True)
class Crit:
    id: int
    kind: CriterionKind
    weight: float


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (0, LOW),
        (THIRD - TINY, LOW),
        (THIRD, MEDIUM),  # exactly on the cut: the higher band
        (50, MEDIUM),
        (TWO_THIRDS - TINY, MEDIUM),
        (TWO_THIRDS, HIGH),  # exactly on the cut: the higher band
        (100, HIGH),
    ],
)
def test_bands_and_their_boundaries(total, expected):
    assert band(total) == expected


def test_a_total_computed_exactly_on_a_cut_goes_up():
    # Three criteria of equal weight scored 10, 0, 0: exactly a third of the scale.
    criteria = [Crit(i, CriterionKind.ATTRACTIVENESS, 1.0) for i in range(3)]
    third = family_total(criteria, {0: 10, 1: 0, 2: 0}, CriterionKind.ATTRACTIVENESS).exact
    two_thirds = family_total(criteria, {0: 10, 1: 10, 2: 0}, CriterionKind.ATTRACTIVENESS).exact
    assert (third, two_thirds) == (THIRD, TWO_THIRDS)
    assert (band(third), band(two_thirds)) == (MEDIUM, HIGH)
    assert zone_of(third, third) is GeZone.SELECTIVE
    assert zone_of(two_thirds, third) is GeZone.INVEST


def test_floats_are_compared_exactly_too():
    # The float nearest to 100/3 is a hair above it; 33.33333333333333 is a hair below.
    assert band(100 / 3) == MEDIUM
    assert band(33.33333333333333) == LOW


def test_the_nine_cells():
    zones = {(a, s): zone for a, s, zone in cells()}
    assert len(zones) == 9
    assert {k for k, z in zones.items() if z is GeZone.INVEST} == {
        (HIGH, HIGH),
        (HIGH, MEDIUM),
        (MEDIUM, HIGH),
    }
    assert {k for k, z in zones.items() if z is GeZone.SELECTIVE} == {
        (HIGH, LOW),
        (MEDIUM, MEDIUM),
        (LOW, HIGH),
    }
    assert {k for k, z in zones.items() if z is GeZone.HARVEST} == {
        (LOW, LOW),
        (LOW, MEDIUM),
        (MEDIUM, LOW),
    }
    assert zone_of_bands(LOW, LOW) is GeZone.HARVEST


@given(totals, totals)
def test_the_matrix_is_symmetric(attractiveness, strength):
    assert zone_of(attractiveness, strength) is zone_of(strength, attractiveness)


@given(totals, totals, st.fractions(min_value=0, max_value=100))
def test_more_attractiveness_never_means_a_lower_zone(attractiveness, strength, more):
    higher = min(attractiveness + more, Fraction(100))
    assert RANK[zone_of(higher, strength)] >= RANK[zone_of(attractiveness, strength)]


values = st.floats(min_value=1.0, max_value=1e12, allow_nan=False)


@given(values, values)
def test_bubble_areas_follow_the_values(a, b):
    largest = max(a, b)
    da = bubble_diameter(a, largest, 0.0, 80.0)
    db = bubble_diameter(b, largest, 0.0, 80.0)
    assert max(da, db) == pytest.approx(80.0)
    assert (da / db) ** 2 == pytest.approx(a / b, rel=1e-9)


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False), values)
def test_bubbles_stay_between_the_smallest_and_the_largest_size(value, largest):
    size = bubble_diameter(value, largest, 18.0, 76.0)
    assert 18.0 <= size <= 76.0


def test_a_segment_worth_nothing_is_still_drawn():
    assert bubble_diameter(0, 0, 18.0, 76.0) == 18.0
    assert bubble_diameter(0, 1000, 18.0, 76.0) == 18.0
    assert bubble_diameter(250, 1000, 18.0, 76.0) == pytest.approx(38.0)  # √¼ of 76
    assert math.isclose(bubble_diameter(1000, 1000, 18.0, 76.0), 76.0)
