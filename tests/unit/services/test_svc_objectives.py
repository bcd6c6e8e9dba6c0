"""Objectives and the roadmap: dates within the plan, links within the plan, cascades."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.errors import InvalidInput

IN_PLAN = dt.date(2026, 6, 30)  # the `workspace` fixture's plan runs 2025–2027


def item(services, plan_id, **extra):
    data = {"title": "Launch", "start": IN_PLAN, "end": dt.date(2026, 9, 30), **extra}
    return services.roadmap.create(plan_id, data)


@pytest.mark.parametrize(
    "deadline", [dt.date(2024, 12, 31), dt.date(2028, 1, 1)], ids=["before", "after"]
)
def test_deadline_outside_the_plan_is_refused(services, plan_id, unchanged, deadline):
    objective = services.objectives.create(plan_id, {"statement": "Grow"})
    with unchanged():
        with pytest.raises(InvalidInput, match="outside the plan") as refused:
            services.objectives.create(plan_id, {"statement": "Late", "deadline": deadline})
        assert refused.value.field == "deadline"
        with pytest.raises(InvalidInput, match="2025–2027"):
            services.objectives.update(objective.id, {"deadline": deadline})


def test_deadlines_on_the_plan_s_edges_are_accepted(services, plan_id):
    first = services.objectives.create(plan_id, {"statement": "a", "deadline": dt.date(2025, 1, 1)})
    last = services.objectives.create(
        plan_id, {"statement": "b", "deadline": dt.date(2027, 12, 31)}
    )
    assert (first.deadline.year, last.deadline.year) == (2025, 2027)


def test_objective_values_are_validated(services, plan_id, unchanged):
    with unchanged():
        for bad in (
            {"statement": ""},
            {"statement": "x" * 10_001},
            {"statement": "x", "status": "maybe"},
            {"statement": "x", "target": "lots"},
            {"statement": "x", "deadline": "someday"},
        ):
            with pytest.raises(InvalidInput):
                services.objectives.create(plan_id, bad)


def test_roadmap_dates_are_checked(services, plan_id, unchanged):
    existing = item(services, plan_id)
    with unchanged():
        with pytest.raises(InvalidInput, match="end date comes before the start date"):
            item(services, plan_id, end=dt.date(2026, 1, 1))
        with pytest.raises(InvalidInput, match="before the start"):
            services.roadmap.update(existing.id, {"end": dt.date(2026, 6, 1)})
        with pytest.raises(InvalidInput, match="outside the plan") as refused:
            item(services, plan_id, start=dt.date(2024, 6, 1))
        assert refused.value.field == "start"
        with pytest.raises(InvalidInput) as refused:
            item(services, plan_id, end=dt.date(2028, 2, 1))
        assert refused.value.field == "end"
    # A one-day milestone is fine.
    milestone = item(services, plan_id, end=IN_PLAN, milestone=True)
    assert milestone.start == milestone.end


def test_roadmap_objective_must_be_in_the_plan(services, plan_id, other_plan_id, unchanged):
    mine = services.objectives.create(plan_id, {"statement": "Mine"})
    theirs = services.objectives.create(other_plan_id, {"statement": "Theirs"})
    linked = item(services, plan_id, objective_id=mine.id)
    assert linked.objective_id == mine.id
    with unchanged():
        with pytest.raises(InvalidInput, match="Objective: no such item in this plan") as refused:
            item(services, plan_id, objective_id=theirs.id)
        assert refused.value.field == "objective_id"
        with pytest.raises(InvalidInput):
            services.roadmap.update(linked.id, {"objective_id": 9999})


def test_deleting_an_objective_keeps_its_roadmap_items(services, plan_id, changes):
    objective = services.objectives.create(plan_id, {"statement": "Grow", "deadline": IN_PLAN})
    a = item(services, plan_id, objective_id=objective.id)
    b = item(services, plan_id, title="Other", objective_id=None)
    snapshot = services.objectives.delete(objective.id)
    assert services.roadmap.get(a.id).objective_id is None
    assert services.roadmap.get(b.id) == b
    services.objectives.restore(snapshot)
    assert changes[-1].kinds >= {"objective", "roadmap_item"}
    assert services.objectives.get(objective.id) == objective
    assert services.roadmap.get(a.id) == a


def test_objectives_may_name_their_tows_strategy(services, plan_id, other_plan_id, unchanged):
    strategy = services.tows.create(plan_id, {"kind": "SO", "text": "Go online"})
    objective = services.objectives.create(
        plan_id, {"statement": "Sell online", "tows_strategy_id": strategy.id}
    )
    assert objective.tows_strategy_id == strategy.id
    foreign = services.tows.create(other_plan_id, {"kind": "SO", "text": "Elsewhere"})
    with unchanged(), pytest.raises(InvalidInput, match="no such item in this plan"):
        services.objectives.update(objective.id, {"tows_strategy_id": foreign.id})


def test_roadmap_lanes_order_and_move(services, plan_id):
    web = services.roadmap_lanes.create(plan_id, {"name": "Web"}).id
    shop = services.roadmap_lanes.create(plan_id, {"name": "Shop"}).id
    a = item(services, plan_id, title="a", lane_id=web)
    b = item(services, plan_id, title="b", lane_id=web)
    c = item(services, plan_id, title="c", lane_id=shop)
    assert (a.position, b.position, c.position) == (0, 1, 0)
    moved = services.roadmap.move(b.id, {"lane_id": shop}, 0)
    assert (moved.lane_id, moved.position) == (shop, 0)
    assert services.roadmap.get(c.id).position == 1
    # Changing the lane with a plain update puts the item last in its new lane.
    assert services.roadmap.update(a.id, {"lane_id": shop}).position == 2
