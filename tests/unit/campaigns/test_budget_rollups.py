"""Budget roll-ups, exact in cents: spreading by days (largest remainder) and every grouping
adding up to the same grand total."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stratdesk.domain.budget import (
    Dimension,
    budget_summary,
    largest_remainder,
    month_days,
    spread_by_month,
)
from stratdesk.domain.enums import Channel, MixP

D = dt.date
FIRST, LAST = D(2026, 1, 1), D(2027, 12, 31)


@dataclass(frozen=True)
class Campaign:
    id: int
    start: dt.date
    end: dt.date
    budget_planned_cents: int
    budget_actual_cents: int = 0
    channel: Channel = Channel.SEARCH
    objective_id: int | None = None
    segment_id: int | None = None
    name: str = "Campaign"


@dataclass(frozen=True)
class Action:
    id: int
    due: dt.date | None
    budget_planned_cents: int
    budget_actual_cents: int = 0
    p: MixP = MixP.PROMOTION
    objective_id: int | None = None
    segment_id: int | None = None
    title: str = "Action"


def test_largest_remainder_gives_the_leftover_cents_to_the_largest_fractions():
    # 100 over 3 equal weights: 33.33 each; the one cent left goes to the first (a tie).
    assert largest_remainder(100, [1, 1, 1]) == [34, 33, 33]
    # 10 over 1:2:3 → 1.67, 3.33, 5: the cent goes to 1.67 (the largest fraction).
    assert largest_remainder(10, [1, 2, 3]) == [2, 3, 5]
    assert largest_remainder(0, [5, 7]) == [0, 0]
    with pytest.raises(ValueError):
        largest_remainder(5, [0, 0])


def test_a_campaign_is_spread_over_its_months_by_days():
    # 15 Jan – 14 Feb: 17 days in January, 14 in February, 31 in all.
    assert month_days(D(2026, 1, 15), D(2026, 2, 14)) == [(D(2026, 1, 1), 17), (D(2026, 2, 1), 14)]
    # 1,000.00 €: 548.387… and 451.612… → 548.39 + 451.61.
    assert spread_by_month(100_000, D(2026, 1, 15), D(2026, 2, 14)) == [
        (D(2026, 1, 1), 54_839),
        (D(2026, 2, 1), 45_161),
    ]
    assert spread_by_month(999, D(2026, 3, 5), D(2026, 3, 5)) == [(D(2026, 3, 1), 999)]


@st.composite
def spans(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    start = draw(st.dates(FIRST, LAST))
    end = draw(st.dates(start, LAST))
    return start, end


@given(cents=st.integers(0, 10**13), span=spans())
def test_month_shares_add_up_exactly_and_stay_within_a_cent_of_the_exact_share(cents, span):
    start, end = span
    shares = spread_by_month(cents, start, end)
    assert sum(share for _month, share in shares) == cents
    days = dict(month_days(start, end))
    total_days = (end - start).days + 1
    for month, share in shares:
        exact = cents * days[month] / total_days
        assert exact - 1 < share < exact + 1


@given(
    campaigns=st.lists(
        st.tuples(spans(), st.integers(0, 10**9), st.integers(0, 10**9), st.sampled_from(Channel)),
        max_size=12,
    ),
    actions=st.lists(
        st.tuples(st.none() | st.dates(FIRST, LAST), st.integers(0, 10**9), st.integers(0, 10**9)),
        max_size=8,
    ),
)
def test_every_roll_up_adds_up_to_the_same_total(campaigns, actions):
    rows = [
        Campaign(n, start, end, planned, actual, channel, objective_id=n % 3 or None)
        for n, ((start, end), planned, actual, channel) in enumerate(campaigns)
    ]
    mix = [
        Action(n, due, planned, actual, segment_id=n % 2 or None)
        for n, (due, planned, actual) in enumerate(actions)
    ]
    summary = budget_summary(rows, mix, FIRST, LAST, objective_ids=[1, 2], segment_ids=[1])
    planned = sum(c.budget_planned_cents for c in rows) + sum(a.budget_planned_cents for a in mix)
    actual = sum(c.budget_actual_cents for c in rows) + sum(a.budget_actual_cents for a in mix)
    assert (summary.total.planned, summary.total.actual) == (planned, actual)
    for dimension in Dimension:
        group = summary.rows[dimension]
        assert sum(row.amounts.planned for row in group) == planned, dimension
        assert sum(row.amounts.actual for row in group) == actual, dimension
        assert sum(row.amounts.campaigns for row in group) == len(rows), dimension
        assert sum(row.amounts.actions for row in group) == len(mix), dimension


def test_rows_follow_the_plan_months_and_the_vocabularies():
    campaigns = [
        Campaign(1, D(2026, 1, 20), D(2026, 2, 10), 220_00, 300_00, Channel.SOCIAL, 7, 3),
        Campaign(2, D(2026, 3, 1), D(2026, 3, 31), 500_00, 100_00, Channel.SEARCH, None, 3),
    ]
    actions = [
        Action(1, D(2026, 3, 15), 80_00, 90_00, MixP.PRICE, 7, None),
        Action(2, None, 50_00, 0, MixP.PRODUCT, None, None),
    ]
    summary = budget_summary(campaigns, actions, FIRST, LAST, objective_ids=[7, 8], segment_ids=[3])
    months = summary.rows[Dimension.MONTH]
    assert [row.key for row in months[:3]] == [D(2026, 1, 1), D(2026, 2, 1), D(2026, 3, 1)]
    assert len(months) == 24 + 1 and months[-1].key is None  # every month, then "no date"
    assert months[-1].amounts.mix_planned == 50_00
    # January: 12 of 22 days of 220 € → 120 €; March: the whole search campaign and the action.
    assert months[0].amounts.campaign_planned == 120_00
    assert months[2].amounts.planned == 500_00 + 80_00
    channels = [row.key for row in summary.rows[Dimension.CHANNEL]]
    assert channels == [Channel.SEARCH, Channel.SOCIAL, MixP.PRODUCT, MixP.PRICE]
    objectives = {row.key: row.amounts for row in summary.rows[Dimension.OBJECTIVE]}
    assert list(objectives) == [7, 8, None]
    assert objectives[7].planned == 220_00 + 80_00 and objectives[8].planned == 0
    assert [row.key for row in summary.rows[Dimension.SEGMENT]] == [3, None]
    # By P: the campaigns are Promotion, each action counts under its own P.
    ps = {row.key: row.amounts for row in summary.rows[Dimension.P]}
    assert list(ps) == [MixP.PRODUCT, MixP.PRICE, MixP.PROMOTION]
    assert ps[MixP.PROMOTION].campaign_planned == 220_00 + 500_00
    assert ps[MixP.PRICE].mix_planned == 80_00 and ps[MixP.PROMOTION].actions == 0


def test_overspending_is_told_campaign_by_campaign_and_row_by_row():
    campaigns = [
        Campaign(1, D(2026, 5, 1), D(2026, 5, 31), 100_00, 130_00, name="Over"),
        Campaign(2, D(2026, 5, 1), D(2026, 5, 31), 100_00, 50_00, name="Under"),
    ]
    actions = [Action(3, D(2026, 6, 2), 10_00, 11_00, title="Action over")]
    summary = budget_summary(campaigns, actions, FIRST, LAST)
    assert [(o.kind, o.id, o.excess_cents) for o in summary.overspent] == [
        ("campaign", 1, 30_00),
        ("action", 3, 1_00),
    ]
    may = summary.row(Dimension.MONTH, D(2026, 5, 1))
    june = summary.row(Dimension.MONTH, D(2026, 6, 1))
    assert may is not None and not may.amounts.over  # 180 € spent of 200 €
    assert june is not None and june.amounts.over and june.amounts.remaining == -1_00
    assert not summary.total.over
