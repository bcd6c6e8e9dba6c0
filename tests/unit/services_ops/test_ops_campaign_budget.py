"""The campaigns page's service calls: the budget roll-up read in one go, a campaign's own
experiments, and the refusals the calendar and its editor rely on."""

from __future__ import annotations

import datetime as dt

import pytest

from stratdesk.domain.budget import Dimension
from stratdesk.domain.enums import Channel, MixP
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.objectives import Objective
from stratdesk.domain.operations import Campaign
from stratdesk.domain.targeting import Segment

D = dt.date


def _campaign(**fields):
    return {"name": "Spring", "start": D(2025, 1, 20), "end": D(2025, 2, 9), **fields}


def test_the_budget_rolls_up_campaigns_and_mix_actions_of_the_plan(ops, plan_id, make_plan, insert):
    second = insert(Objective, plan_id=plan_id, statement="Second", position=1)
    first = insert(Objective, plan_id=plan_id, statement="First", position=0)
    segment = insert(Segment, plan_id=plan_id, name="Offices")
    ops.campaigns.create(
        plan_id,
        _campaign(
            channel="social",
            budget_planned_cents=210_00,
            budget_actual_cents=250_00,
            objective_id=second,
            segment_id=segment,
        ),
    )
    ops.mix.create(
        plan_id,
        {"p": "price", "title": "Tiers", "due": D(2025, 2, 3), "budget_planned_cents": 40_00},
    )
    ops.campaigns.create(make_plan(), _campaign(budget_planned_cents=99_999_00))  # not ours
    summary = ops.campaigns.budget(plan_id)
    assert (summary.total.planned, summary.total.actual) == (250_00, 250_00)
    months = summary.rows[Dimension.MONTH]
    assert len(months) == 36  # the plan's three years, month by month
    # 12 of 21 days in January: 120 € planned, 142.86 € spent; February gets the rest.
    january, february = months[0].amounts, months[1].amounts
    assert (january.campaign_planned, january.campaign_actual) == (120_00, 142_86)
    assert (february.campaign_planned, february.mix_planned) == (90_00, 40_00)
    assert [row.key for row in summary.rows[Dimension.CHANNEL]] == [Channel.SOCIAL, MixP.PRICE]
    assert [row.key for row in summary.rows[Dimension.OBJECTIVE]] == [first, second, None]
    assert [row.key for row in summary.rows[Dimension.SEGMENT]] == [segment, None]
    assert [o.name for o in summary.overspent] == ["Spring"]


def test_the_budget_of_a_plan_that_does_not_exist_is_refused(ops):
    with pytest.raises(NotFound):
        ops.campaigns.budget(404)


def test_a_campaign_lists_its_own_experiments_by_start(ops, plan_id):
    campaign = ops.campaigns.create(plan_id, _campaign())
    other = ops.campaigns.create(plan_id, _campaign(name="Other"))
    late = ops.experiments.create(
        plan_id,
        {
            "name": "Late",
            "hypothesis": "h",
            "campaign_id": campaign.id,
            "start": D(2025, 6, 1),
        },
    )
    undated = ops.experiments.create(
        plan_id, {"name": "Undated", "hypothesis": "h", "campaign_id": campaign.id}
    )
    early = ops.experiments.create(
        plan_id,
        {
            "name": "Early",
            "hypothesis": "h",
            "campaign_id": campaign.id,
            "start": D(2025, 2, 1),
        },
    )
    ops.experiments.create(plan_id, {"name": "Else", "hypothesis": "h", "campaign_id": other.id})
    found = ops.experiments.for_campaign(campaign.id)
    assert [e.id for e in found] == [early.id, late.id, undated.id]


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        (_campaign(channel="television"), "channel", "must be one of Search engines"),
        (_campaign(budget_planned_cents=10**13 + 1), "budget_planned_cents", "is too large"),
        (_campaign(budget_actual_cents=-5), "budget_actual_cents", "must not be negative"),
    ],
)
def test_unknown_channels_and_absurd_budgets_are_refused(
    ops, plan_id, count, changes, data, field, words
):
    with pytest.raises(InvalidInput) as refused:
        ops.campaigns.create(plan_id, data)
    assert refused.value.field == field
    assert words in refused.value.message
    assert count(Campaign) == 0 and changes == []


def test_an_absurd_budget_is_told_in_currency_units_not_cents(ops, plan_id):
    campaign = ops.campaigns.create(plan_id, _campaign())
    with pytest.raises(InvalidInput) as refused:
        ops.campaigns.update(campaign.id, {"budget_planned_cents": 10**15})
    assert refused.value.message == "Planned budget: is too large (at most 100,000,000,000)"
    assert ops.campaigns.get(campaign.id) == campaign
