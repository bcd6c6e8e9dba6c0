"""Objectives measured by a KPI, their key results, and the roadmap's free lanes."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.errors import InvalidInput, NotFound

IN_PLAN = dt.date(2026, 6, 30)  # the `workspace` fixture's plan runs 2025–2027


@pytest.fixture
def kpi(services, plan_id):
    return services.kpis.create(plan_id, {"name": "Active subscriptions"})


@pytest.fixture
def objective(services, plan_id, kpi):
    return services.objectives.create(plan_id, {"statement": "Grow", "kpi_id": kpi.id})


def _item(services, plan_id, title, **extra):
    data = {"title": title, "start": IN_PLAN, "end": dt.date(2026, 9, 30), **extra}
    return services.roadmap.create(plan_id, data)


def test_an_objective_is_measured_by_a_kpi_of_its_plan(services, plan_id, objective, kpi):
    assert objective.kpi_id == kpi.id
    other = services.kpis.create(plan_id, {"name": "NPS"})
    assert services.objectives.update(objective.id, {"kpi_id": other.id}).kpi_id == other.id
    assert services.objectives.update(objective.id, {"kpi_id": None}).kpi_id is None


def test_key_results_are_ordered_under_their_objective(services, plan_id, objective, kpi):
    first = services.key_results.create(
        objective.id, {"statement": "Convert 3% of visits", "kpi_id": kpi.id, "target": 3.0}
    )
    second = services.key_results.create(
        objective.id, {"statement": "Sign 40 offices", "metric": "Offices", "due": IN_PLAN}
    )
    other = services.objectives.create(plan_id, {"statement": "Other"})
    services.key_results.create(other.id, {"statement": "Elsewhere"})
    assert [r.id for r in services.key_results.list(objective.id)] == [first.id, second.id]
    assert (first.position, second.position) == (0, 1)
    services.key_results.reorder(objective.id, [second.id, first.id])
    assert [r.statement for r in services.key_results.list(objective.id)] == [
        "Sign 40 offices",
        "Convert 3% of visits",
    ]


def test_key_results_are_validated(services, plan_id, other_plan_id, objective, unchanged):
    foreign_kpi = services.kpis.create(other_plan_id, {"name": "Theirs"})
    with unchanged():
        with pytest.raises(InvalidInput, match="must not be empty"):
            services.key_results.create(objective.id, {"statement": " "})
        with pytest.raises(InvalidInput, match="no such item in this plan") as refused:
            services.key_results.create(objective.id, {"statement": "x", "kpi_id": foreign_kpi.id})
        assert refused.value.field == "kpi_id"
        with pytest.raises(InvalidInput, match="outside the plan") as refused:
            services.key_results.create(
                objective.id, {"statement": "x", "due": dt.date(2031, 1, 1)}
            )
        assert refused.value.field == "due"
        with pytest.raises(InvalidInput, match="at most"):
            services.key_results.create(objective.id, {"statement": "x", "target": 1e13})
        with pytest.raises(NotFound):
            services.key_results.create(9999, {"statement": "x"})


def test_deleting_an_objective_takes_its_key_results_and_restore_brings_them_back(
    services, plan_id, objective, kpi, changes
):
    kept = services.key_results.create(objective.id, {"statement": "a", "kpi_id": kpi.id})
    also = services.key_results.create(objective.id, {"statement": "b"})
    before = services.key_results.list(objective.id)
    snapshot = services.objectives.delete(objective.id)
    assert changes[-1].kinds >= {"objective", "key_result"}
    with pytest.raises(NotFound):
        services.key_results.get(kept.id)
    services.objectives.restore(snapshot)
    assert services.objectives.get(objective.id) == objective
    assert services.key_results.list(objective.id) == before
    assert [r.id for r in before] == [kept.id, also.id]


def test_deleting_a_kpi_unlinks_objectives_and_key_results_until_undone(
    services, plan_id, objective, kpi, changes
):
    result = services.key_results.create(objective.id, {"statement": "a", "kpi_id": kpi.id})
    snapshot = services.kpis.delete(kpi.id)
    assert changes[-1].kinds >= {"kpi", "objective", "key_result"}
    assert services.objectives.get(objective.id).kpi_id is None
    assert services.key_results.get(result.id).kpi_id is None
    services.kpis.restore(snapshot)
    assert services.objectives.get(objective.id).kpi_id == kpi.id
    assert services.key_results.get(result.id).kpi_id == kpi.id


def test_new_plan_years_must_keep_key_results_inside(services, plan_id, objective, unchanged):
    services.key_results.create(objective.id, {"statement": "a", "due": dt.date(2025, 3, 31)})
    with unchanged(), pytest.raises(InvalidInput, match="1 dated item"):
        services.plans.update_plan(plan_id, {"start_year": 2026})
    found = services.plans.dated_outside(plan_id, 2026, 2028)
    assert [(table, day) for table, _id, day in found] == [("key_result", dt.date(2025, 3, 31))]


def test_items_sit_in_a_free_lane_or_their_objective_s(services, plan_id, objective):
    brand = services.roadmap_lanes.create(plan_id, {"name": "Brand"})
    product = services.roadmap_lanes.create(plan_id, {"name": "Product"})
    assert [(lane.name, lane.position) for lane in services.roadmap_lanes.list(plan_id)] == [
        ("Brand", 0),
        ("Product", 1),
    ]
    themed = _item(services, plan_id, "Stories", lane_id=brand.id, objective_id=objective.id)
    own = _item(services, plan_id, "Launch", objective_id=objective.id)
    loose = _item(services, plan_id, "Tidy up")
    also_own = _item(services, plan_id, "Pilot", objective_id=objective.id)
    # One order per (free lane, objective): the objective's lane counts from 0 on its own.
    assert (themed.position, own.position, loose.position, also_own.position) == (0, 0, 0, 1)
    moved = services.roadmap.move(own.id, {"lane_id": product.id}, 0)
    assert (moved.lane_id, moved.objective_id, moved.position) == (product.id, objective.id, 0)
    assert services.roadmap.get(also_own.id).position == 1  # the others keep their order


def test_items_take_a_colour_or_none(services, plan_id, unchanged):
    item = _item(services, plan_id, "Launch", colour="#6f3b1e")
    assert item.colour == "#6f3b1e"
    assert services.roadmap.update(item.id, {"colour": ""}).colour == ""
    with unchanged(), pytest.raises(InvalidInput, match="wrong format") as refused:
        services.roadmap.update(item.id, {"colour": "brown"})
    assert refused.value.field == "colour"


def test_a_lane_must_be_of_the_plan(services, plan_id, other_plan_id, unchanged):
    foreign = services.roadmap_lanes.create(other_plan_id, {"name": "Theirs"})
    with unchanged(), pytest.raises(InvalidInput, match="no such item in this plan"):
        _item(services, plan_id, "Launch", lane_id=foreign.id)
    with unchanged(), pytest.raises(InvalidInput, match="must not be empty"):
        services.roadmap_lanes.create(plan_id, {"name": ""})


def test_deleting_a_lane_takes_its_items_and_restore_brings_them_back(services, plan_id, changes):
    lane = services.roadmap_lanes.create(plan_id, {"name": "Brand"})
    first = _item(services, plan_id, "Stories", lane_id=lane.id)
    second = _item(services, plan_id, "Awards", lane_id=lane.id)
    elsewhere = _item(services, plan_id, "Launch")
    before = services.roadmap.list(plan_id)
    snapshot = services.roadmap_lanes.delete(lane.id)
    assert changes[-1].kinds >= {"roadmap_lane", "roadmap_item"}
    assert [i.id for i in services.roadmap.list(plan_id)] == [elsewhere.id]
    services.roadmap_lanes.restore(snapshot)
    assert services.roadmap_lanes.get(lane.id) == lane
    assert services.roadmap.list(plan_id) == before
    assert {first.id, second.id} <= {i.id for i in before}
