"""Every strategy service: create, read, update and its undo, delete and restore (same ids)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from stratdesk.domain.errors import NotFound
from stratdesk.services.registry import PlanServices

IN_PLAN = dt.date(2026, 6, 30)

World = dict[str, int]
Data = Callable[[World], dict[str, Any]]

# (service, parent, data for create, changes for update)
CASES: list[tuple[str, str, Data, dict[str, Any]]] = [
    ("factors", "plan", lambda w: {"category": "economic", "text": "Inflation"}, {"impact": -2}),
    ("competitors", "plan", lambda w: {"name": "Rival"}, {"estimated_share": 12.5}),
    ("forces", "plan", lambda w: {"force": "rivalry", "rating": 4}, {"notes": "Crowded"}),
    ("swot", "plan", lambda w: {"quadrant": "S", "text": "Loyal customers"}, {"weight": 5}),
    ("tows", "plan", lambda w: {"kind": "SO", "text": "Grow online"}, {"text": "Grow"}),
    ("segments", "plan", lambda w: {"name": "Offices", "size": 120}, {"targeting": "primary"}),
    ("personas", "segment", lambda w: {"name": "Office manager"}, {"needs": "No hassle"}),
    ("criteria", "plan", lambda w: {"name": "Size", "kind": "strength"}, {"weight": 2.5}),
    ("scores", "segment", lambda w: {"criterion_id": w["criterion"], "score": 4}, {"score": 9}),
    ("positioning", "segment", lambda w: {"target": "Offices"}, {"proof": "Awards"}),
    ("map_axes", "plan", lambda w: {"orientation": "y", "name": "Price"}, {"high_label": "$$"}),
    ("map_points", "plan", lambda w: {"label": "Us", "x": 1.5, "y": -2}, {"own_brand": True}),
    (
        "objectives",
        "plan",
        lambda w: {"statement": "Grow 10%", "deadline": IN_PLAN},
        {"owner": "Ann"},
    ),
    (
        "roadmap",
        "plan",
        lambda w: {"title": "Launch", "start": IN_PLAN, "end": dt.date(2026, 8, 1)},
        {"milestone": True, "colour": "#AA3300"},
    ),
    (
        "experiment_variants",
        "experiment",
        lambda w: {"name": "A", "description": "Price headline"},
        {"result": "2.4% of visitors ordered"},
    ),
    ("roadmap_lanes", "plan", lambda w: {"name": "Brand"}, {"name": "Brand and content"}),
    (
        "key_results",
        "objective",
        lambda w: {"statement": "Sign 40 offices", "metric": "Offices", "target": 40},
        {"due": IN_PLAN, "target": 45.5},
    ),
]


@pytest.fixture
def world(services: PlanServices, plan_id: int) -> World:
    segment = services.segments.create(plan_id, {"name": "Parent segment"})
    criterion = services.criteria.create(plan_id, {"name": "Reach", "kind": "attractiveness"})
    objective = services.objectives.create(plan_id, {"statement": "Grow"})
    experiment = services.experiments.create(plan_id, {"name": "Headline", "hypothesis": "h"})
    return {
        "experiment": experiment.id,
        "plan": plan_id,
        "segment": segment.id,
        "criterion": criterion.id,
        "objective": objective.id,
    }


@pytest.mark.parametrize(("name", "parent", "data", "edit"), CASES, ids=[c[0] for c in CASES])
def test_create_update_delete_restore(services, world, changes, name, parent, data, edit):
    service = getattr(services, name)
    created = service.create(world[parent], data(world))
    assert changes[-1].kinds >= {service.kind} and created.id in changes[-1].ids_of(service.kind)
    assert service.get(created.id) == created
    assert created.id in [row.id for row in service.list(world[parent])]

    updated = service.update(created.id, edit)
    for field, value in edit.items():
        assert getattr(updated, field) == value
    untouched = set(type(created).model_fields) - set(edit)
    assert {f: getattr(updated, f) for f in untouched} == {
        f: getattr(created, f) for f in untouched
    }
    # Undo of an update: the same update with the old values.
    assert service.update(created.id, {f: getattr(created, f) for f in edit}) == created
    service.update(created.id, edit)

    snapshot = service.delete(created.id)
    with pytest.raises(NotFound):
        service.get(created.id)
    assert created.id not in [row.id for row in service.list(world[parent])]
    service.restore(snapshot)
    assert service.get(created.id) == updated  # same id, same values
    assert changes[-1].kinds >= {service.kind}


@pytest.mark.parametrize(("name", "parent", "data", "edit"), CASES, ids=[c[0] for c in CASES])
def test_unknown_ids_are_refused_and_write_nothing(
    services, world, unchanged, name, parent, data, edit
):
    service = getattr(services, name)
    with pytest.raises(NotFound):
        service.get(9999)
    with unchanged():
        with pytest.raises(NotFound):
            service.update(9999, edit)
        with pytest.raises(NotFound):
            service.delete(9999)
        with pytest.raises(NotFound):
            service.create(9999, data(world))
