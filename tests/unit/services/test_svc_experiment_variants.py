"""Experiments with their variants ("A", "B"…) and the lesson learned."""

from __future__ import annotations

import pytest

from stratdesk.domain.errors import InvalidInput, NotFound


@pytest.fixture
def experiment(services, plan_id):
    return services.experiments.create(
        plan_id, {"name": "Headline", "hypothesis": "Freshness sells better than price."}
    )


def test_an_experiment_keeps_its_lesson(services, experiment, unchanged):
    assert experiment.lesson == ""
    lesson = "Lead every page with freshness."
    assert services.experiments.update(experiment.id, {"lesson": lesson}).lesson == lesson
    with unchanged(), pytest.raises(InvalidInput, match="too long"):
        services.experiments.update(experiment.id, {"lesson": "x" * 1001})


def test_variants_are_ordered_under_their_experiment(services, plan_id, experiment):
    a = services.experiment_variants.create(
        experiment.id, {"name": "A", "description": "Price headline", "result": "2.4%"}
    )
    b = services.experiment_variants.create(experiment.id, {"name": "B"})
    other = services.experiments.create(plan_id, {"name": "Other", "hypothesis": "h"})
    services.experiment_variants.create(other.id, {"name": "A"})
    variants = services.experiment_variants.list(experiment.id)
    assert [(v.id, v.name, v.position) for v in variants] == [(a.id, "A", 0), (b.id, "B", 1)]
    assert (a.description, a.result, b.description) == ("Price headline", "2.4%", "")
    services.experiment_variants.reorder(experiment.id, [b.id, a.id])
    assert [v.name for v in services.experiment_variants.list(experiment.id)] == ["B", "A"]


def test_variants_are_validated(services, experiment, unchanged):
    with unchanged():
        with pytest.raises(InvalidInput, match="must not be empty") as refused:
            services.experiment_variants.create(experiment.id, {"name": "  "})
        assert refused.value.field == "name"
        with pytest.raises(InvalidInput, match="too long"):
            services.experiment_variants.create(experiment.id, {"name": "A", "result": "x" * 1001})
        with pytest.raises(NotFound):
            services.experiment_variants.create(9999, {"name": "A"})


def test_deleting_an_experiment_and_undo_bring_its_variants_back(services, experiment, changes):
    created = [services.experiment_variants.create(experiment.id, {"name": name}) for name in "AB"]
    snapshot = services.experiments.delete(experiment.id)
    assert changes[-1].kinds >= {"experiment", "experiment_variant"}
    assert services.experiment_variants.list(experiment.id) == []
    services.experiments.restore(snapshot)
    assert services.experiments.get(experiment.id) == experiment
    assert services.experiment_variants.list(experiment.id) == created
