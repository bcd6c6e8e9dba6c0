"""Budget totals: summed by the database, equal to the sum of the rows whatever the budgets."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stratdesk.domain.enums import FOUR_P, Channel, MixColumn, MixP, WorkStatus
from stratdesk.domain.limits import MONEY_MAX_CENTS
from stratdesk.services.operations import find_total
from stratdesk.services.read_models_ops import BudgetTotal, CampaignTotal


def test_mix_totals_per_p_column_pair_p_column_and_plan(ops, plan_id, make_plan):
    for p, column, planned, actual in (
        ("price", "idea", 100, 0),
        ("price", "idea", 50, 10),
        ("price", "done", 1_000, 1_200),
        ("product", "done", 7, 7),
    ):
        ops.mix.create(
            plan_id,
            {
                "p": p,
                "title": "x",
                "column": column,
                "budget_planned_cents": planned,
                "budget_actual_cents": actual,
            },
        )
    ops.mix.create(make_plan(), {"p": "price", "title": "other plan", "budget_planned_cents": 9})

    totals = ops.mix.totals(plan_id)
    assert totals == [
        BudgetTotal(
            p=MixP.PRODUCT, column=MixColumn.DONE, planned_cents=7, actual_cents=7, count=1
        ),
        BudgetTotal(
            p=MixP.PRICE, column=MixColumn.IDEA, planned_cents=150, actual_cents=10, count=2
        ),
        BudgetTotal(
            p=MixP.PRICE, column=MixColumn.DONE, planned_cents=1_000, actual_cents=1_200, count=1
        ),
        BudgetTotal(p=MixP.PRODUCT, planned_cents=7, actual_cents=7, count=1),
        BudgetTotal(p=MixP.PRICE, planned_cents=1_150, actual_cents=1_210, count=3),
        BudgetTotal(column=MixColumn.IDEA, planned_cents=150, actual_cents=10, count=2),
        BudgetTotal(column=MixColumn.DONE, planned_cents=1_007, actual_cents=1_207, count=2),
        BudgetTotal(planned_cents=1_157, actual_cents=1_217, count=4),
    ]
    assert find_total(totals, p=MixP.PRICE, column=MixColumn.DONE).remaining_cents == -200
    assert find_total(totals, p=MixP.PLACE) == BudgetTotal(p=MixP.PLACE)


def test_an_empty_plan_has_a_zero_grand_total(ops, plan_id):
    assert ops.mix.totals(plan_id) == [BudgetTotal()]
    assert ops.campaigns.totals(plan_id) == [CampaignTotal()]


def test_campaign_totals_per_channel_status_and_plan(ops, plan_id):
    day = dt.date(2025, 5, 1)
    for channel, status, planned, actual in (
        ("social", "done", 300, 250),
        ("email", "planned", 40, 0),
        ("social", "planned", 60, 0),
    ):
        ops.campaigns.create(
            plan_id,
            {
                "name": "c",
                "start": day,
                "end": day,
                "channel": channel,
                "status": status,
                "budget_planned_cents": planned,
                "budget_actual_cents": actual,
            },
        )
    assert ops.campaigns.totals(plan_id) == [
        CampaignTotal(channel=Channel.SOCIAL, planned_cents=360, actual_cents=250, count=2),
        CampaignTotal(channel=Channel.EMAIL, planned_cents=40, actual_cents=0, count=1),
        CampaignTotal(status=WorkStatus.PLANNED, planned_cents=100, actual_cents=0, count=2),
        CampaignTotal(status=WorkStatus.DONE, planned_cents=300, actual_cents=250, count=1),
        CampaignTotal(planned_cents=400, actual_cents=250, count=3),
    ]


money = st.integers(min_value=0, max_value=MONEY_MAX_CENTS)
action = st.tuples(st.sampled_from(FOUR_P), st.sampled_from(list(MixColumn)), money, money)


# Each example builds its own plan in the test's file, so sharing the fixtures is safe.
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=st.lists(action, max_size=8))
def test_totals_equal_the_sum_of_the_rows(ops, make_plan, actions):
    plan = make_plan()
    for p, column, planned, actual in actions:
        ops.mix.create(
            plan,
            {
                "p": p,
                "column": column,
                "title": "a",
                "budget_planned_cents": planned,
                "budget_actual_cents": actual,
            },
        )
    totals = ops.mix.totals(plan)

    def expected(keep):
        rows = [a for a in actions if keep(a)]
        return (sum(a[2] for a in rows), sum(a[3] for a in rows), len(rows))

    def got(total):
        return (total.planned_cents, total.actual_cents, total.count)

    assert got(find_total(totals)) == expected(lambda a: True)
    for p in MixP:
        assert got(find_total(totals, p=p)) == expected(lambda a, p=p: a[0] == p)
        for column in MixColumn:
            assert got(find_total(totals, p=p, column=column)) == expected(
                lambda a, p=p, c=column: (a[0], a[1]) == (p, c)
            )
    for column in MixColumn:
        assert got(find_total(totals, column=column)) == expected(lambda a, c=column: a[1] == c)
    # Only groups that hold actions are listed, each once, plus the grand total.
    assert len(totals) == len(set((t.p, t.column) for t in totals))
    assert all(t.count > 0 for t in totals[:-1])
