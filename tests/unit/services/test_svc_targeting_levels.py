"""A segment is a primary or secondary target, or not targeted, with a written rationale."""

from __future__ import annotations

import pytest

from stratdesk.domain.enums import Targeting
from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.labels import enum_label


def test_a_new_segment_is_not_targeted(services, plan_id):
    segment = services.segments.create(plan_id, {"name": "Offices"})
    assert segment.targeting is Targeting.NOT_TARGETED
    assert segment.targeting_rationale == ""


def test_targeting_and_its_rationale_are_stored(services, plan_id):
    segment = services.segments.create(plan_id, {"name": "Offices"})
    why = "Loyal customers who order every month."
    updated = services.segments.update(
        segment.id, {"targeting": "secondary", "targeting_rationale": f"  {why} "}
    )
    assert updated.targeting is Targeting.SECONDARY
    assert updated.targeting_rationale == why
    assert services.segments.get(segment.id) == updated


def test_bad_targeting_is_refused_with_its_choices(services, plan_id, unchanged):
    segment = services.segments.create(plan_id, {"name": "Offices"})
    with unchanged():
        with pytest.raises(InvalidInput, match="Primary target") as refused:
            services.segments.update(segment.id, {"targeting": "yes"})
        assert refused.value.field == "targeting"
        with pytest.raises(InvalidInput, match="too long"):
            services.segments.update(segment.id, {"targeting_rationale": "x" * 1001})


def test_targeting_labels_name_every_level():
    assert [enum_label(t) for t in Targeting] == [
        "Primary target",
        "Secondary target",
        "Not targeted",
    ]


def test_a_criterion_may_weigh_nothing_but_not_less(services, plan_id, unchanged):
    criterion = services.criteria.create(plan_id, {"name": "Size", "kind": "strength", "weight": 0})
    assert criterion.weight == 0
    with unchanged(), pytest.raises(InvalidInput, match="must not be negative"):
        services.criteria.update(criterion.id, {"weight": -0.5})
