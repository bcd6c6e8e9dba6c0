"""Segments, personas, criteria and scores, positioning, and the perceptual map."""

from __future__ import annotations

import pytest

from stratdesk.domain.enums import MapAxisOrientation
from stratdesk.domain.errors import InvalidInput, NotFound


@pytest.fixture
def segment(services, plan_id):
    return services.segments.create(plan_id, {"name": "Offices", "size": 500})


@pytest.fixture
def criterion(services, plan_id):
    return services.criteria.create(plan_id, {"name": "Market size", "kind": "attractiveness"})


def test_segment_values_are_validated(services, plan_id, segment, unchanged):
    with unchanged():
        for bad, field in (
            ({"name": ""}, "name"),
            ({"name": "x" * 201}, "name"),
            ({"name": "x", "size": -1}, "size"),
            ({"name": "x", "value_cents": -5}, "value_cents"),
            ({"name": "x", "growth_pct": -101}, "growth_pct"),
        ):
            with pytest.raises(InvalidInput) as refused:
                services.segments.create(plan_id, bad)
            assert refused.value.field == field
        with pytest.raises(InvalidInput, match="must not be negative"):
            services.segments.update(segment.id, {"size": -10})


def test_personas_belong_to_a_segment(services, plan_id, segment, unchanged):
    other = services.segments.create(plan_id, {"name": "Homes"})
    a = services.personas.create(segment.id, {"name": "Anna"})
    b = services.personas.create(segment.id, {"name": "Ben"})
    services.personas.create(other.id, {"name": "Carl"})
    assert [p.name for p in services.personas.list(segment.id)] == ["Anna", "Ben"]
    services.personas.reorder(segment.id, [b.id, a.id])
    assert [p.name for p in services.personas.list(segment.id)] == ["Ben", "Anna"]
    with unchanged():
        with pytest.raises(NotFound):
            services.personas.create(9999, {"name": "Nobody"})
        with pytest.raises(NotFound):  # a persona of another segment is not in this order
            services.personas.reorder(other.id, [a.id])
        with pytest.raises(InvalidInput):
            services.personas.create(segment.id, {"name": ""})


def test_criteria_are_ordered_per_kind(services, plan_id):
    a = services.criteria.create(plan_id, {"name": "A", "kind": "attractiveness"})
    b = services.criteria.create(plan_id, {"name": "B", "kind": "strength"})
    assert a.position == b.position == 0
    moved = services.criteria.move(b.id, {"kind": "attractiveness"}, 0)
    assert moved.position == 0 and services.criteria.get(a.id).position == 1


def test_set_score_upserts_and_returns_the_previous_score(
    services, plan_id, segment, criterion, changes
):
    assert services.scores.set_score(segment.id, criterion.id, 6) is None
    assert changes[-1].kinds == {"segment_score"}
    assert services.scores.set_score(segment.id, criterion.id, 8) == 6
    [score] = services.scores.scores(plan_id)
    assert (score.segment_id, score.criterion_id, score.score) == (segment.id, criterion.id, 8)
    # Undo with the returned values: 8 → 6 → unscored.
    assert services.scores.set_score(segment.id, criterion.id, 6) == 8
    assert services.scores.set_score(segment.id, criterion.id, None) == 6
    assert services.scores.scores(plan_id) == []


def test_scores_lists_only_the_plan_s_segments(
    services, plan_id, other_plan_id, segment, criterion
):
    foreign_segment = services.segments.create(other_plan_id, {"name": "Elsewhere"})
    foreign_criterion = services.criteria.create(
        other_plan_id, {"name": "Size", "kind": "strength"}
    )
    services.scores.set_score(foreign_segment.id, foreign_criterion.id, 3)
    services.scores.set_score(segment.id, criterion.id, 5)
    assert [s.score for s in services.scores.scores(plan_id)] == [5]
    assert [s.score for s in services.scores.scores(other_plan_id)] == [3]


@pytest.mark.parametrize("bad", [-1, 11, "high"])
def test_scores_out_of_range_write_nothing(services, segment, criterion, unchanged, bad):
    services.scores.set_score(segment.id, criterion.id, 5)
    with unchanged(), pytest.raises(InvalidInput) as refused:
        services.scores.set_score(segment.id, criterion.id, bad)
    assert refused.value.field == "score"


def test_scores_refuse_unknown_or_foreign_ids(
    services, other_plan_id, segment, criterion, unchanged
):
    foreign = services.criteria.create(other_plan_id, {"name": "Size", "kind": "strength"})
    services.scores.set_score(segment.id, criterion.id, 5)
    with unchanged():
        with pytest.raises(InvalidInput, match="no such item in this plan") as refused:
            services.scores.set_score(segment.id, foreign.id, 5)
        assert refused.value.field == "criterion_id"
        with pytest.raises(InvalidInput):
            services.scores.set_score(segment.id, 9999, 5)
        with pytest.raises(NotFound):
            services.scores.set_score(9999, criterion.id, 5)
        with pytest.raises(InvalidInput, match="already exists"):
            services.scores.create(segment.id, {"criterion_id": criterion.id, "score": 1})


def test_positioning_is_one_per_segment(services, segment, changes, unchanged):
    assert services.positioning.get_for(segment.id) is None
    assert services.positioning.save(segment.id, {"target": "Office managers"}) is None
    assert changes[-1].kinds == {"positioning"}
    first = services.positioning.get_for(segment.id)
    previous = services.positioning.save(segment.id, {"benefit": "Never run out"})
    assert previous == first
    now = services.positioning.get_for(segment.id)
    assert (now.id, now.target, now.benefit) == (first.id, "Office managers", "Never run out")
    with unchanged():
        with pytest.raises(InvalidInput, match="already exists"):
            services.positioning.create(segment.id, {"target": "Again"})
        with pytest.raises(InvalidInput, match="at most 1000"):
            services.positioning.save(segment.id, {"proof": "x" * 1001})
        with pytest.raises(InvalidInput, match="Unknown field"):
            services.positioning.save(segment.id, {"slogan": "x"})
    # Undo: save the previous values back, then clear (there was none before).
    services.positioning.save(segment.id, previous.model_dump(include={"benefit"}))
    assert services.positioning.get_for(segment.id) == first
    assert services.positioning.clear(segment.id) == first
    assert services.positioning.get_for(segment.id) is None


def test_deleting_a_segment_takes_its_parts_and_restore_brings_them_back(
    services, plan_id, segment, criterion, changes
):
    persona = services.personas.create(segment.id, {"name": "Anna"})
    services.scores.set_score(segment.id, criterion.id, 7)
    services.positioning.save(segment.id, {"target": "Offices"})
    score = services.scores.scores(plan_id)[0]
    positioning = services.positioning.get_for(segment.id)

    snapshot = services.segments.delete(segment.id)
    assert services.scores.scores(plan_id) == []
    assert services.positioning.get_for(segment.id) is None
    with pytest.raises(NotFound):
        services.personas.get(persona.id)
    assert services.criteria.get(criterion.id) == criterion  # criteria belong to the plan

    services.segments.restore(snapshot)
    assert changes[-1].kinds >= {"segment", "persona", "segment_score", "positioning"}
    assert services.segments.get(segment.id) == segment
    assert services.personas.get(persona.id) == persona
    assert services.scores.scores(plan_id) == [score]
    assert services.positioning.get_for(segment.id) == positioning


def test_deleting_a_criterion_takes_its_scores(services, plan_id, segment, criterion):
    services.scores.set_score(segment.id, criterion.id, 7)
    snapshot = services.criteria.delete(criterion.id)
    assert services.scores.scores(plan_id) == []
    services.criteria.restore(snapshot)
    assert [s.score for s in services.scores.scores(plan_id)] == [7]


def test_map_axes_are_one_per_orientation(services, plan_id, changes, unchanged):
    assert services.map_axes.set_axis(plan_id, "y", "Quality", "Basic", "Craft") is None
    assert services.map_axes.set_axis(plan_id, MapAxisOrientation.X, "Price") is None
    assert changes[-1].kinds == {"map_axis"}
    assert [a.orientation for a in services.map_axes.list(plan_id)] == ["x", "y"]
    y = services.map_axes.list(plan_id)[1]
    assert services.map_axes.set_axis(plan_id, "y", "Taste") == y
    with unchanged():
        with pytest.raises(InvalidInput, match="Orientation"):
            services.map_axes.set_axis(plan_id, "z", "Depth")
        with pytest.raises(InvalidInput, match="Name"):
            services.map_axes.set_axis(plan_id, "x", "")
        with pytest.raises(NotFound):
            services.map_axes.set_axis(9999, "x", "Price")
    services.map_axes.set_axis(plan_id, "y", y.name, y.low_label, y.high_label)  # undo
    assert services.map_axes.list(plan_id)[1] == y
    assert services.map_axes.clear_axis(plan_id, "x").name == "Price"
    assert [a.orientation for a in services.map_axes.list(plan_id)] == ["y"]


def test_map_points_stand_for_competitors_of_the_plan(services, plan_id, other_plan_id, unchanged):
    rival = services.competitors.create(plan_id, {"name": "Rival"})
    point = services.map_points.create(
        plan_id, {"label": "Rival", "x": 2, "y": -1, "competitor_id": rival.id}
    )
    assert point.competitor_id == rival.id
    snapshot = services.competitors.delete(rival.id)
    assert services.map_points.get(point.id).competitor_id is None
    services.competitors.restore(snapshot)
    assert services.map_points.get(point.id) == point

    foreign = services.competitors.create(other_plan_id, {"name": "Elsewhere"})
    with unchanged():
        with pytest.raises(InvalidInput, match="no such item in this plan"):
            services.map_points.update(point.id, {"competitor_id": foreign.id})
        with pytest.raises(InvalidInput, match="at most 10"):
            services.map_points.update(point.id, {"x": 10.5})
        with pytest.raises(InvalidInput, match="at least -10"):
            services.map_points.create(plan_id, {"label": "Far", "x": 0, "y": -11})
