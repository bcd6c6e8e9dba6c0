"""The roadmap as the page reads it: lanes in order, items placed, what serves each objective;
and the dates the service refuses, writing nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.errors import InvalidInput
from stratdesk.domain.roadmap import NO_LANE, objective_lane, theme_lane

D = dt.date


def _item(services, plan_id, title, **extra):
    data = {"title": title, "start": D(2026, 3, 1), "end": D(2026, 5, 31), **extra}
    return services.roadmap.create(plan_id, data)


def test_lanes_are_the_objectives_then_the_themes(services, plan_id):
    grow = services.objectives.create(plan_id, {"statement": "Grow"})
    keep = services.objectives.create(plan_id, {"statement": "Keep"})
    brand = services.roadmap_lanes.create(plan_id, {"name": "Brand"})
    services.objectives.reorder(plan_id, [keep.id, grow.id])
    board = services.roadmap.board(plan_id)
    assert board.lane_keys() == [
        objective_lane(keep.id),
        objective_lane(grow.id),
        theme_lane(brand.id),
    ]
    assert (board.first_day, board.last_day) == (D(2025, 1, 1), D(2027, 12, 31))
    assert board.lanes[0].objective == services.objectives.get(keep.id)
    assert board.lanes[2].theme == brand
    assert len({lane.colour for lane in board.lanes}) == 3


def test_items_are_placed_and_no_lane_shows_only_when_needed(services, plan_id):
    grow = services.objectives.create(plan_id, {"statement": "Grow"})
    brand = services.roadmap_lanes.create(plan_id, {"name": "Brand"})
    themed = _item(services, plan_id, "Stories", lane_id=brand.id, objective_id=grow.id)
    own = _item(services, plan_id, "Launch", objective_id=grow.id)
    board = services.roadmap.board(plan_id)
    assert NO_LANE not in board.lane_keys()
    placed = {i.item.id: i.lane for i in board.initiatives}
    assert placed == {themed.id: theme_lane(brand.id), own.id: objective_lane(grow.id)}
    loose = _item(services, plan_id, "Tidy up")
    board = services.roadmap.board(plan_id)
    assert board.lane_keys()[-1] == NO_LANE
    assert board.place(services.roadmap.get(loose.id)).lane == NO_LANE


def test_the_hook_lists_what_serves_each_objective(services, plan_id, other_plan_id):
    grow = services.objectives.create(plan_id, {"statement": "Grow"})
    other = services.objectives.create(plan_id, {"statement": "Other"})
    first = services.mix.create(plan_id, {"p": "product", "title": "Box", "objective_id": grow.id})
    services.mix.create(plan_id, {"p": "price", "title": "Tiers"})  # serves nothing
    campaign = services.campaigns.create(
        plan_id,
        {"name": "Launch", "start": D(2026, 1, 5), "end": D(2026, 2, 1), "objective_id": grow.id},
    )
    item = _item(services, plan_id, "Launch", objective_id=grow.id)
    board = services.roadmap.board(plan_id)
    serving = board.lane(objective_lane(grow.id)).serving
    assert (serving.mix_action_ids, serving.campaign_ids) == ((first.id,), (campaign.id,))
    assert board.lane(objective_lane(other.id)).serving.empty
    assert next(i for i in board.initiatives if i.item.id == item.id).serving == serving


def test_bad_dates_are_refused_with_a_clear_message_and_nothing_written(
    services, plan_id, unchanged
):
    item = _item(services, plan_id, "Launch")
    with unchanged():
        with pytest.raises(InvalidInput, match="end date comes before the start date"):
            services.roadmap.update(item.id, {"start": D(2026, 6, 1), "end": D(2026, 5, 1)})
        with pytest.raises(InvalidInput, match=r"outside the plan \(2025–2027\)") as refused:
            services.roadmap.update(item.id, {"start": D(2024, 12, 1)})
        assert refused.value.field == "start"
        with pytest.raises(InvalidInput, match="outside the plan"):
            services.roadmap.update(item.id, {"end": D(2028, 1, 1)})
