"""Campaigns and experiments: dates within the plan, links within the plan, undo of deletes."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.enums import Channel, WorkStatus
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.kpis import Kpi, KpiMeasurement
from stratdesk.domain.objectives import Objective
from stratdesk.domain.operations import Campaign, Experiment

JAN = dt.date(2025, 1, 6)
MAR = dt.date(2025, 3, 31)


def _campaign(**fields):
    return {"name": "Spring", "start": JAN, "end": MAR, **fields}


def test_create_update_and_undo_a_campaign(ops, plan_id, changes):
    campaign = ops.campaigns.create(plan_id, _campaign(channel="social"), origin="ui")
    assert (campaign.channel, campaign.status) == (Channel.SOCIAL, WorkStatus.PLANNED)
    assert changes[-1].kinds >= {"campaign"} and changes[-1].ids_of("campaign") == {campaign.id}
    changed = ops.campaigns.update(campaign.id, {"end": dt.date(2025, 4, 30), "status": "done"})
    assert (changed.end, changed.status) == (dt.date(2025, 4, 30), WorkStatus.DONE)
    ops.campaigns.update(campaign.id, {"end": campaign.end, "status": campaign.status})
    assert ops.campaigns.get(campaign.id) == campaign


def test_campaigns_are_listed_by_start_date(ops, plan_id, make_plan):
    late = ops.campaigns.create(plan_id, _campaign(name="Late", start=MAR, end=MAR))
    early = ops.campaigns.create(plan_id, _campaign(name="Early"))
    ops.campaigns.create(make_plan(), _campaign(name="Other plan"))
    assert [c.id for c in ops.campaigns.list(plan_id)] == [early.id, late.id]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (_campaign(budget_planned_cents=-1), "budget_planned_cents", "must not be negative"),
        (_campaign(budget_actual_cents=-1), "budget_actual_cents", "must not be negative"),
        (_campaign(name=""), "name", "must not be empty"),
        (_campaign(start=MAR, end=JAN), None, "end date comes before the start date"),
        (_campaign(start=dt.date(2024, 12, 1)), "start", "outside the plan"),
        (_campaign(end=dt.date(2028, 1, 1)), "end", "outside the plan"),
        (_campaign(colour="red"), "colour", "wrong format"),
        (_campaign(objective_id=9999), "objective_id", "no such item in this plan"),
    ],
)
def test_refused_campaigns_write_nothing(ops, plan_id, count, changes, data, field, words):
    with pytest.raises(InvalidInput) as refused:
        ops.campaigns.create(plan_id, data)
    assert refused.value.field == field
    assert words in refused.value.message
    assert count(Campaign) == 0
    assert changes == []


def test_an_update_putting_the_end_before_the_start_is_refused(ops, plan_id, changes):
    campaign = ops.campaigns.create(plan_id, _campaign())
    changes.clear()
    with pytest.raises(InvalidInput, match="before the start"):
        ops.campaigns.update(campaign.id, {"end": dt.date(2025, 1, 1)})
    assert ops.campaigns.get(campaign.id) == campaign
    assert changes == []


def test_a_link_to_another_plans_objective_is_refused(ops, plan_id, make_plan, insert, count):
    foreign = insert(Objective, plan_id=make_plan(), statement="Not ours")
    with pytest.raises(InvalidInput, match="no such item in this plan"):
        ops.campaigns.create(plan_id, _campaign(objective_id=foreign))
    assert count(Campaign) == 0


def test_markup_like_and_long_text_is_kept_verbatim(ops, plan_id):
    notes = "<i>&amp;</i> <a href='javascript:x'>y</a>\n" + "n" * 900
    campaign = ops.campaigns.create(plan_id, _campaign(name="<h1>Sale</h1>", notes=notes))
    assert ops.campaigns.get(campaign.id).notes == notes
    assert ops.campaigns.get(campaign.id).name == "<h1>Sale</h1>"


def test_deleting_a_campaign_unlinks_measurements_and_restore_relinks_them(
    ops, plan_id, insert, fetch, count, changes
):
    campaign = ops.campaigns.create(plan_id, _campaign())
    kpi_id = insert(Kpi, plan_id=plan_id, name="Visits")
    (measurement_id,) = ops.measurements.add_many(
        kpi_id, [{"day": JAN, "value": 10, "campaign_id": campaign.id}]
    )
    experiment = ops.experiments.create(
        plan_id, {"name": "Subject line", "hypothesis": "Short wins", "campaign_id": campaign.id}
    )
    changes.clear()

    snapshot = ops.campaigns.delete(campaign.id)
    assert count(Campaign) == 0
    assert fetch(KpiMeasurement, measurement_id).campaign_id is None
    assert ops.experiments.get(experiment.id).campaign_id is None
    assert changes[-1].touches("kpi_measurement") and changes[-1].touches("experiment")

    ops.campaigns.restore(snapshot)
    assert ops.campaigns.get(campaign.id) == campaign
    assert fetch(KpiMeasurement, measurement_id).campaign_id == campaign.id
    assert ops.experiments.get(experiment.id) == experiment
    assert changes[-1].kinds >= {"campaign", "kpi_measurement", "experiment"}


def test_unknown_campaign_ids_are_not_found(ops, plan_id, changes):
    with pytest.raises(NotFound):
        ops.campaigns.update(777, {"name": "x"})
    with pytest.raises(NotFound):
        ops.campaigns.create(777, _campaign())
    assert changes == []


def test_experiment_lifecycle_and_undo_of_delete(ops, plan_id, count):
    campaign = ops.campaigns.create(plan_id, _campaign())
    experiment = ops.experiments.create(
        plan_id,
        {
            "name": "Price test",
            "hypothesis": "9.90 sells more than 10",
            "campaign_id": campaign.id,
            "start": JAN,
            "end": MAR,
        },
    )
    decided = ops.experiments.update(experiment.id, {"result": "+12%", "decision": "adopt"})
    assert decided.decision.value == "adopt"
    snapshot = ops.experiments.delete(experiment.id)
    assert count(Experiment) == 0
    ops.experiments.restore(snapshot)
    assert ops.experiments.get(experiment.id) == decided


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"name": "x", "hypothesis": ""}, "must not be empty"),
        ({"name": "", "hypothesis": "h"}, "must not be empty"),
        ({"name": "x", "hypothesis": "h", "start": MAR, "end": JAN}, "before the start"),
        ({"name": "x", "hypothesis": "h", "decision": "maybe"}, "must be one of"),
    ],
)
def test_refused_experiments_write_nothing(ops, plan_id, count, changes, data, words):
    with pytest.raises(InvalidInput, match=words):
        ops.experiments.create(plan_id, data)
    assert count(Experiment) == 0
    assert changes == []


def test_an_experiment_cannot_link_another_plans_campaign(ops, plan_id, make_plan, count):
    foreign = ops.campaigns.create(make_plan(), _campaign())
    with pytest.raises(InvalidInput, match="no such item in this plan") as refused:
        ops.experiments.create(plan_id, {"name": "x", "hypothesis": "h", "campaign_id": foreign.id})
    assert refused.value.field == "campaign_id"
    assert count(Experiment) == 0
