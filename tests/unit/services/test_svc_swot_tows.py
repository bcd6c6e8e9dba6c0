"""SWOT items and TOWS strategies: quadrants, sources, links and promotion to objectives."""

from __future__ import annotations

import pytest

from stratdesk.domain.enums import SwotQuadrant
from stratdesk.domain.errors import InvalidInput, NotFound


def swot(services, plan_id, quadrant, text="Item"):
    return services.swot.create(plan_id, {"quadrant": quadrant, "text": text})


def tows(services, plan_id, kind, text="Strategy"):
    return services.tows.create(plan_id, {"kind": kind, "text": text})


# -- SWOT ---------------------------------------------------------------------------------
def test_items_are_ordered_per_quadrant_and_move_between_quadrants(services, plan_id):
    s1, s2 = swot(services, plan_id, "S", "s1"), swot(services, plan_id, "S", "s2")
    w1 = swot(services, plan_id, "W", "w1")
    assert (s1.position, s2.position, w1.position) == (0, 1, 0)
    moved = services.swot.move(s2.id, {"quadrant": "W"}, 0)
    assert (moved.quadrant, moved.position) == (SwotQuadrant.WEAKNESS, 0)
    assert [i.text for i in services.swot.list(plan_id)] == ["s1", "s2", "w1"]
    assert services.swot.get(w1.id).position == 1
    services.swot.move(s2.id, {"quadrant": "S"}, 1)  # undo
    assert [(i.text, i.quadrant.value) for i in services.swot.list(plan_id)] == [
        ("s1", "S"),
        ("s2", "S"),
        ("w1", "W"),
    ]


def test_add_from_factor_keeps_the_source(services, plan_id, changes):
    factor = services.factors.create(plan_id, {"category": "legal", "text": "New EU rule"})
    item = services.swot.add_from_factor(factor.id, "T")
    assert (item.quadrant, item.text, item.source_factor_id) == ("T", "New EU rule", factor.id)
    assert changes[-1].kinds >= {"swot_item"}
    # Deleting the factor keeps the item but forgets its source; restore links it back.
    snapshot = services.factors.delete(factor.id)
    assert services.swot.get(item.id).source_factor_id is None
    services.factors.restore(snapshot)
    assert services.swot.get(item.id).source_factor_id == factor.id
    assert "swot_item" in changes[-1].kinds


def test_a_factor_sent_twice_to_the_same_quadrant_is_refused(services, plan_id, unchanged):
    factor = services.factors.create(plan_id, {"category": "legal", "text": "New EU rule"})
    first = services.swot.add_from_factor(factor.id, "T")
    with unchanged(), pytest.raises(InvalidInput) as refused:
        services.swot.add_from_factor(factor.id, "T")
    assert str(refused.value) == "This factor is already in the SWOT as a threat."
    assert [i.id for i in services.swot.list(plan_id)] == [first.id]
    # As the other quadrant it is another insight (a rule can be a threat and an opportunity).
    other = services.swot.add_from_factor(factor.id, "O")
    assert {(i.id, i.quadrant.value) for i in services.swot.list(plan_id)} == {
        (first.id, "T"),
        (other.id, "O"),
    }


@pytest.mark.parametrize(("impact", "weight"), [(-2, 5), (-1, 3), (0, 1), (1, 3), (2, 5)])
def test_the_factors_impact_becomes_the_items_weight(services, plan_id, impact, weight):
    factor = services.factors.create(
        plan_id, {"category": "economic", "text": f"Factor {impact}", "impact": impact}
    )
    quadrant = "O" if impact >= 0 else "T"
    assert services.swot.add_from_factor(factor.id, quadrant).weight == weight


def test_add_from_competitor_keeps_the_source(services, plan_id):
    rival = services.competitors.create(plan_id, {"name": "Rival"})
    item = services.swot.add_from_competitor(rival.id, "O", "Rival's customers are unhappy")
    assert (item.quadrant, item.source_competitor_id) == ("O", rival.id)
    assert item.text == "Rival's customers are unhappy"


def test_only_opportunities_and_threats_come_from_outside(services, plan_id, unchanged):
    factor = services.factors.create(plan_id, {"category": "social", "text": "Remote work"})
    rival = services.competitors.create(plan_id, {"name": "Rival"})
    with unchanged():
        for quadrant in ("S", "W", "X"):
            with pytest.raises(InvalidInput) as refused:
                services.swot.add_from_factor(factor.id, quadrant)
            assert refused.value.field == "quadrant"
            with pytest.raises(InvalidInput):
                services.swot.add_from_competitor(rival.id, quadrant, "text")
        with pytest.raises(NotFound):
            services.swot.add_from_factor(9999, "O")
        with pytest.raises(NotFound):
            services.swot.add_from_competitor(9999, "O", "text")
        with pytest.raises(InvalidInput, match="Text"):
            services.swot.add_from_competitor(rival.id, "O", "")


def test_sources_must_be_in_the_same_plan(services, plan_id, other_plan_id, unchanged):
    foreign = services.factors.create(other_plan_id, {"category": "legal", "text": "Rule"})
    with unchanged(), pytest.raises(InvalidInput, match="no such item in this plan"):
        services.swot.create(
            plan_id, {"quadrant": "T", "text": "Rule", "source_factor_id": foreign.id}
        )


# -- TOWS ---------------------------------------------------------------------------------
def test_set_links_replaces_and_returns_the_previous_ids(services, plan_id, changes):
    s, o, o2 = (swot(services, plan_id, q) for q in ("S", "O", "O"))
    strategy = tows(services, plan_id, "SO")
    assert strategy.swot_item_ids == ()
    assert services.tows.set_links(strategy.id, [o.id, s.id, o.id]) == ()
    assert services.tows.get(strategy.id).swot_item_ids == (s.id, o.id)
    assert changes[-1].kinds == {"tows_strategy", "tows_link"}
    assert services.tows.set_links(strategy.id, [o2.id]) == (s.id, o.id)
    # Undo: set the previous ids back.
    services.tows.set_links(strategy.id, [s.id, o.id])
    assert services.tows.list(plan_id)[0].swot_item_ids == (s.id, o.id)


@pytest.mark.parametrize(
    ("kind", "allowed", "refused"),
    [("SO", "SO", "WT"), ("ST", "ST", "WO"), ("WO", "WO", "ST"), ("WT", "WT", "SO")],
)
def test_links_must_fit_the_kind(services, plan_id, unchanged, kind, allowed, refused):
    items = {q: swot(services, plan_id, q) for q in "SWOT"}
    strategy = tows(services, plan_id, kind)
    services.tows.set_links(strategy.id, [items[q].id for q in allowed])
    for quadrant in refused:
        with unchanged(), pytest.raises(InvalidInput, match=f"{kind} strategy"):
            services.tows.set_links(strategy.id, [items[allowed[0]].id, items[quadrant].id])
    assert len(services.tows.get(strategy.id).swot_item_ids) == 2


def test_links_stay_within_the_plan(services, plan_id, other_plan_id, unchanged):
    strategy = tows(services, plan_id, "SO")
    foreign = swot(services, other_plan_id, "S")
    with unchanged():
        with pytest.raises(InvalidInput, match="no such item in this plan"):
            services.tows.set_links(strategy.id, [foreign.id])
        with pytest.raises(InvalidInput, match="9999"):
            services.tows.set_links(strategy.id, [9999])
        with pytest.raises(NotFound):
            services.tows.set_links(9999, [])


def test_deleting_a_swot_item_clears_only_its_links(services, plan_id, changes):
    s1, s2, o = (
        swot(services, plan_id, "S"),
        swot(services, plan_id, "S"),
        swot(services, plan_id, "O"),
    )
    strategy = tows(services, plan_id, "SO")
    services.tows.set_links(strategy.id, [s1.id, s2.id, o.id])
    snapshot = services.swot.delete(s1.id)
    assert services.tows.get(strategy.id).swot_item_ids == (s2.id, o.id)
    assert changes[-1].touches("tows_link")
    services.swot.restore(snapshot)
    assert services.tows.get(strategy.id).swot_item_ids == (s1.id, s2.id, o.id)


def test_deleting_a_strategy_and_restoring_it_brings_links_back(services, plan_id):
    s, o = swot(services, plan_id, "S"), swot(services, plan_id, "O")
    strategy = tows(services, plan_id, "SO")
    services.tows.set_links(strategy.id, [s.id, o.id])
    snapshot = services.tows.delete(strategy.id)
    assert services.swot.get(s.id) == s  # the items stay
    services.tows.restore(snapshot)
    assert services.tows.get(strategy.id).swot_item_ids == (s.id, o.id)


def test_quadrant_or_kind_changes_that_would_break_links_are_refused(services, plan_id, unchanged):
    s, o = swot(services, plan_id, "S"), swot(services, plan_id, "O")
    strategy = tows(services, plan_id, "SO")
    services.tows.set_links(strategy.id, [s.id, o.id])
    with unchanged():
        with pytest.raises(InvalidInput, match="unlink it first"):
            services.swot.move(s.id, {"quadrant": "W"}, 0)
        with pytest.raises(InvalidInput, match="unlink it first"):
            services.swot.update(s.id, {"quadrant": "T"})
        with pytest.raises(InvalidInput, match="do not fit"):
            services.tows.move(strategy.id, {"kind": "WT"}, 0)
        with pytest.raises(InvalidInput, match="do not fit"):
            services.tows.update(strategy.id, {"kind": "ST"})
    # Changes the links allow go through; unlinked, anything goes.
    assert services.swot.move(s.id, {"quadrant": "O"}, 0).quadrant == "O"
    services.tows.set_links(strategy.id, [])
    assert services.tows.update(strategy.id, {"kind": "WT"}).kind == "WT"


def test_strategies_move_between_kinds(services, plan_id):
    a, b = tows(services, plan_id, "SO", "a"), tows(services, plan_id, "WT", "b")
    moved = services.tows.move(a.id, {"kind": "WT"}, 0)
    assert (moved.kind, moved.position) == ("WT", 0)
    assert services.tows.get(b.id).position == 1


def test_promote_to_objective(services, plan_id, changes):
    strategy = tows(services, plan_id, "WO", "Use partners to reach offices")
    existing = services.objectives.create(plan_id, {"statement": "Earlier objective"})
    objective = services.tows.promote_to_objective(strategy.id)
    assert objective.statement == "Use partners to reach offices"
    assert objective.tows_strategy_id == strategy.id
    assert objective.position == existing.position + 1
    assert changes[-1].kinds == {"objective", "tows_strategy"}
    assert services.objectives.get(objective.id) == objective
    # Undo: delete the objective. Deleting the strategy unlinks it, restore relinks.
    snapshot = services.tows.delete(strategy.id)
    assert services.objectives.get(objective.id).tows_strategy_id is None
    services.tows.restore(snapshot)
    assert services.objectives.get(objective.id).tows_strategy_id == strategy.id
    services.objectives.delete(objective.id)
    assert [o.id for o in services.objectives.list(plan_id)] == [existing.id]


def test_promoting_an_unknown_strategy_writes_nothing(services, unchanged):
    with unchanged(), pytest.raises(NotFound):
        services.tows.promote_to_objective(9999)
