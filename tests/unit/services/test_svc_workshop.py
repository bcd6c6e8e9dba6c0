"""Workshop: the saved steps of a plan, and dot votes on factors and mix actions."""

from __future__ import annotations

import pytest

from stratdesk.domain.errors import InvalidInput, NotFound

STEPS = [("swot", True), ("pestel", False), ("kpis", True)]


def test_no_steps_until_they_are_chosen(services, plan_id):
    assert services.workshop.steps(plan_id) == []


def test_set_steps_replaces_them_and_returns_the_previous_list(services, plan_id, changes):
    assert services.workshop.set_steps(plan_id, STEPS, origin="ui") == []
    assert changes[-1].kinds == {"workshop_step"} and changes[-1].origin == "ui"
    assert services.workshop.steps(plan_id) == STEPS
    reordered = [("kpis", True), ("swot", False)]
    assert services.workshop.set_steps(plan_id, reordered) == STEPS
    assert services.workshop.steps(plan_id) == reordered
    # Undo: the previous list again; and back to "never chosen".
    assert services.workshop.set_steps(plan_id, STEPS) == reordered
    assert services.workshop.steps(plan_id) == STEPS
    services.workshop.set_steps(plan_id, [])
    assert services.workshop.steps(plan_id) == []


def test_each_plan_has_its_own_steps(services, plan_id, other_plan_id):
    services.workshop.set_steps(plan_id, STEPS)
    services.workshop.set_steps(other_plan_id, [("swot", True)])
    assert services.workshop.steps(plan_id) == STEPS
    assert services.workshop.steps(other_plan_id) == [("swot", True)]


@pytest.mark.parametrize(
    ("steps", "words"),
    [
        ([("swot", True), ("swot", False)], "listed twice"),
        ([("", True)], "must not be empty"),
        ([("x" * 41, True)], "too long"),
        ([("SWOT board", True)], "wrong format"),
        ([("swot", "yes")], "yes or no"),
        ([("swot",)], "a key and whether"),
    ],
)
def test_bad_steps_are_refused_and_nothing_is_written(services, plan_id, unchanged, steps, words):
    services.workshop.set_steps(plan_id, STEPS)
    with unchanged(), pytest.raises(InvalidInput, match=words):
        services.workshop.set_steps(plan_id, steps)
    assert services.workshop.steps(plan_id) == STEPS


def test_steps_of_a_plan_that_does_not_exist(services, unchanged):
    with unchanged(), pytest.raises(NotFound):
        services.workshop.set_steps(9999, STEPS)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("factors", {"category": "social", "text": "Remote work"}),
        ("mix", {"p": "product", "title": "Origin box"}),
    ],
)
def test_votes_on_factors_and_mix_actions(services, plan_id, unchanged, name, data):
    service = getattr(services, name)
    item = service.create(plan_id, data)
    assert item.votes == 0
    assert service.update(item.id, {"votes": 3}).votes == 3
    with unchanged():
        with pytest.raises(InvalidInput, match="must not be negative"):
            service.update(item.id, {"votes": -1})
        with pytest.raises(InvalidInput, match="at most 1000"):
            service.update(item.id, {"votes": 1001})
