"""Environment factors, competitors and Porter's forces."""

from __future__ import annotations

import pytest

from stratdesk.domain.enums import PestelCategory, PorterForce
from stratdesk.domain.errors import InvalidInput, NotFound


def factor(services, plan_id, category="economic", text="Inflation"):
    return services.factors.create(plan_id, {"category": category, "text": text})


def test_factors_are_ordered_within_their_category(services, plan_id):
    a = factor(services, plan_id, "economic", "A")
    b = factor(services, plan_id, "economic", "B")
    c = factor(services, plan_id, "social", "C")
    assert (a.position, b.position, c.position) == (0, 1, 0)
    services.factors.reorder(plan_id, [b.id, a.id])
    assert [f.text for f in services.factors.list(plan_id)] == ["B", "A", "C"]


def test_move_between_categories_and_back(services, plan_id, changes):
    a = factor(services, plan_id, "economic", "A")
    b = factor(services, plan_id, "economic", "B")
    c = factor(services, plan_id, "social", "C")
    moved = services.factors.move(a.id, {"category": "social"}, 0)
    assert (moved.category, moved.position) == (PestelCategory.SOCIAL, 0)
    assert services.factors.get(c.id).position == 1
    assert changes[-1].kinds == {"environment_factor"}
    # Undo: move back to the old category and index.
    services.factors.move(a.id, {"category": "economic"}, 0)
    economic = [f.id for f in services.factors.list(plan_id) if f.category == "economic"]
    assert economic == [a.id, b.id]


def test_factor_values_are_validated(services, plan_id, unchanged):
    with unchanged():
        for bad in (
            {"category": "economic", "text": ""},
            {"category": "economic", "text": "x", "impact": 3},
            {"category": "economic", "text": "x", "likelihood": 0},
            {"category": "galactic", "text": "x"},
        ):
            with pytest.raises(InvalidInput):
                services.factors.create(plan_id, bad)


def test_competitor_share_and_threat_are_bounded(services, plan_id, unchanged):
    rival = services.competitors.create(plan_id, {"name": "Rival", "estimated_share": 20})
    with unchanged():
        with pytest.raises(InvalidInput, match="Estimated share"):
            services.competitors.update(rival.id, {"estimated_share": -1})
        with pytest.raises(InvalidInput, match="at most 100"):
            services.competitors.update(rival.id, {"estimated_share": 100.5})
        with pytest.raises(InvalidInput):
            services.competitors.create(plan_id, {"name": "X", "threat": 6})
        with pytest.raises(InvalidInput, match="Unknown field"):
            services.competitors.update(rival.id, {"plan_id": 2})


def test_set_rating_upserts_and_returns_the_previous_row(services, plan_id, changes):
    assert services.forces.set_rating(plan_id, "rivalry", 4, "Crowded") is None
    created = services.forces.list(plan_id)[0]
    previous = services.forces.set_rating(plan_id, PorterForce.RIVALRY, 2)
    assert previous == created
    now = services.forces.list(plan_id)[0]
    assert (now.id, now.rating, now.notes) == (created.id, 2, "Crowded")  # notes kept
    assert changes[-1].kinds == {"force_rating"}
    # Undo of the first set (previous None) is a clear; of the second, a set back.
    services.forces.set_rating(plan_id, previous.force, previous.rating, previous.notes)
    assert services.forces.list(plan_id) == [created]
    assert services.forces.clear_rating(plan_id, "rivalry") == created
    assert services.forces.list(plan_id) == []
    assert services.forces.clear_rating(plan_id, "rivalry") is None


def test_bad_ratings_write_nothing(services, plan_id, unchanged):
    services.forces.set_rating(plan_id, "rivalry", 3)
    with unchanged():
        with pytest.raises(InvalidInput, match="Rating"):
            services.forces.set_rating(plan_id, "rivalry", 6)
        with pytest.raises(InvalidInput, match="Force"):
            services.forces.set_rating(plan_id, "dragons", 3)
        with pytest.raises(NotFound):
            services.forces.set_rating(9999, "rivalry", 3)
        with pytest.raises(InvalidInput, match="already exists"):
            services.forces.create(plan_id, {"force": "rivalry"})
    assert services.forces.find(plan_id, force=PorterForce.RIVALRY).rating == 3


def test_a_force_cannot_take_another_force_s_place(services, plan_id, unchanged):
    services.forces.ensure_all(plan_id)
    rivalry, entrants = services.forces.list(plan_id)[:2]
    with unchanged(), pytest.raises(InvalidInput, match="already exists"):
        services.forces.update(rivalry.id, {"force": entrants.force})
    # Restating its own force is not a clash.
    assert services.forces.update(rivalry.id, {"force": "rivalry", "rating": 5}).rating == 5


def test_ensure_all_adds_only_missing_forces_in_order(services, plan_id, changes):
    services.forces.set_rating(plan_id, "buyer_power", 5)
    created = services.forces.ensure_all(plan_id)
    assert [r.force for r in created] == [
        PorterForce.RIVALRY,
        PorterForce.NEW_ENTRANTS,
        PorterForce.SUBSTITUTES,
        PorterForce.SUPPLIER_POWER,
    ]
    assert [r.force for r in services.forces.list(plan_id)] == list(PorterForce)
    count = len(changes)
    assert services.forces.ensure_all(plan_id) == []
    assert len(changes) == count  # nothing to do, nothing announced
    # Undo: delete what it created.
    for row in created:
        services.forces.delete(row.id)
    assert [r.force for r in services.forces.list(plan_id)] == [PorterForce.BUYER_POWER]
