"""The plan's operational budget rolled up: planned against actual, campaigns and mix actions.

Exact in cents. A campaign's budget (planned, and actual alike) is spread over the months it
runs in proportion to its days there, by the largest-remainder rule: each month gets the whole
cents of its share, and the cents left over go one by one to the months with the largest
fractions (the earlier month on a tie). Month totals therefore add up to the campaign's budget
exactly, and every roll-up (month, channel, objective, segment) to the same grand total.

A mix action has a due date, not a span: it counts in the month it is due, and one without a
date in a "no date" row (key None). In the channel roll-up the mix actions sit beside the
campaigns' channels, one row per P (`MixP` keys), so the whole operational budget is in one
table. The P roll-up puts every campaign under Promotion (it is marketing communication)
and each mix action under its own P.

    summary = budget_summary(campaigns, actions, first_month, last_month,
                             objective_ids=[…], segment_ids=[…])
    summary.rows[Dimension.MONTH]   # BudgetRow(key=date(2026, 1, 1), amounts=…) …
    summary.total.over              # actual above planned
    summary.overspent               # the campaigns and actions that spent more than planned
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from stratdesk.domain.enums import Channel, MixP
from stratdesk.domain.timeline.units import Unit, next_unit_start, unit_start


class Dimension(StrEnum):
    """What a budget roll-up groups by."""

    MONTH = "month"
    CHANNEL = "channel"
    OBJECTIVE = "objective"
    SEGMENT = "segment"
    P = "p"  # the marketing mix's Ps: a campaign is Promotion, an action its own P


class CampaignLike(Protocol):
    id: int
    name: str
    channel: Channel
    start: dt.date
    end: dt.date
    budget_planned_cents: int
    budget_actual_cents: int
    objective_id: int | None
    segment_id: int | None


class ActionLike(Protocol):
    id: int
    title: str
    p: MixP
    due: dt.date | None
    budget_planned_cents: int
    budget_actual_cents: int
    objective_id: int | None
    segment_id: int | None


@dataclass(frozen=True, slots=True)
class Amounts:
    """Planned and actual cents of campaigns and of mix actions, and how many of each."""

    campaign_planned: int = 0
    campaign_actual: int = 0
    mix_planned: int = 0
    mix_actual: int = 0
    campaigns: int = 0
    actions: int = 0

    @property
    def planned(self) -> int:
        return self.campaign_planned + self.mix_planned

    @property
    def actual(self) -> int:
        return self.campaign_actual + self.mix_actual

    @property
    def remaining(self) -> int:
        """Planned minus actual: negative when overspent."""
        return self.planned - self.actual

    @property
    def over(self) -> bool:
        """Actual spend exceeds the planned budget."""
        return self.actual > self.planned

    def __add__(self, other: Amounts) -> Amounts:
        return Amounts(
            self.campaign_planned + other.campaign_planned,
            self.campaign_actual + other.campaign_actual,
            self.mix_planned + other.mix_planned,
            self.mix_actual + other.mix_actual,
            self.campaigns + other.campaigns,
            self.actions + other.actions,
        )


@dataclass(frozen=True, slots=True)
class BudgetRow:
    """One line of a roll-up: its key (a month's first day, a `Channel`, a `MixP`, an
    objective or segment id; None for "no date" / "no objective" / "no segment")."""

    key: Hashable
    amounts: Amounts


@dataclass(frozen=True, slots=True)
class Overspend:
    """A campaign (`kind` "campaign") or a mix action ("action") whose actual exceeds its plan."""

    kind: str
    id: int
    name: str
    planned_cents: int
    actual_cents: int

    @property
    def excess_cents(self) -> int:
        return self.actual_cents - self.planned_cents


@dataclass(frozen=True)
class BudgetSummary:
    rows: dict[Dimension, tuple[BudgetRow, ...]]
    total: Amounts
    overspent: tuple[Overspend, ...] = field(default=())

    def row(self, dimension: Dimension, key: Hashable) -> BudgetRow | None:
        return next((row for row in self.rows[dimension] if row.key == key), None)


def largest_remainder(total: int, weights: Sequence[int]) -> list[int]:
    """`total` split in proportion to `weights` (non-negative, not all zero) into integers
    that add up to `total` exactly; leftover units go to the largest fractions, earliest first."""
    whole = sum(weights)
    if whole <= 0 or any(w < 0 for w in weights):
        raise ValueError("weights must be non-negative and not all zero")
    if len(weights) == 1:
        return [total]  # most campaigns: one month
    shares = [total * w // whole for w in weights]
    left = total - sum(shares)
    if not left:
        return shares
    by_fraction = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for index in by_fraction[:left]:
        shares[index] += 1
    return shares


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from `first`'s month to `last`'s, both included."""
    months: list[dt.date] = []
    month = unit_start(first, Unit.MONTH)
    while month <= last:
        months.append(month)
        month = next_unit_start(month, Unit.MONTH)
    return months


def month_days(start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """(first day of the month, days of `start`..`end` in it) for each month the span touches."""
    found: list[tuple[dt.date, int]] = []
    year, month, day = start.year, start.month, start
    while True:
        first = dt.date(year, month, 1)
        last = first.replace(day=calendar.monthrange(year, month)[1])
        stop = end if end < last else last
        found.append((first, (stop - day).days + 1))
        if stop == end:
            return found
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        day = dt.date(year, month, 1)


def spread_by_month(cents: int, start: dt.date, end: dt.date) -> list[tuple[dt.date, int]]:
    """`cents` spread over the months of `start`..`end` by days (largest remainder)."""
    if end < start:
        raise ValueError(f"the span ends before it starts: {start} > {end}")
    days = month_days(start, end)
    shares = largest_remainder(cents, [count for _month, count in days])
    return [(month, share) for (month, _count), share in zip(days, shares, strict=True)]


# Where each figure goes in an accumulator (a plain list: thousands of rows add up quickly).
_CP, _CA, _MP, _MA, _CN, _AN = range(6)
_Acc = list[int]


def budget_summary(
    campaigns: Iterable[CampaignLike],
    actions: Iterable[ActionLike],
    first_month: dt.date,
    last_month: dt.date,
    *,
    objective_ids: Sequence[int] = (),
    segment_ids: Sequence[int] = (),
) -> BudgetSummary:
    """Every roll-up of the plan's operational budget.

    Months run from `first_month` to `last_month` (the plan's years; each month gets a row,
    empty or not). Objectives and segments come in the order given, then None when some
    campaign or action has none; channels in the vocabulary's order, then the Ps.
    """
    months: dict[Hashable, _Acc] = {m: [0] * 6 for m in months_between(first_month, last_month)}
    channels: dict[Hashable, _Acc] = {}
    objectives: dict[Hashable, _Acc] = {key: [0] * 6 for key in objective_ids}
    segments: dict[Hashable, _Acc] = {key: [0] * 6 for key in segment_ids}
    ps: dict[Hashable, _Acc] = {}
    overspent: list[Overspend] = []
    total = [0] * 6
    for campaign in campaigns:
        planned, actual = campaign.budget_planned_cents, campaign.budget_actual_cents
        campaign_groups: tuple[tuple[dict[Hashable, _Acc], Hashable], ...] = (
            (channels, campaign.channel),
            (objectives, campaign.objective_id),
            (segments, campaign.segment_id),
            (ps, MixP.PROMOTION),
        )
        for group, key in campaign_groups:
            acc = group.get(key) or group.setdefault(key, [0] * 6)
            acc[_CP] += planned
            acc[_CA] += actual
            acc[_CN] += 1
        total[_CP] += planned
        total[_CA] += actual
        total[_CN] += 1
        days = month_days(campaign.start, campaign.end)
        weights = [count for _month, count in days]
        planned_shares = largest_remainder(planned, weights)
        actual_shares = largest_remainder(actual, weights)
        for n, (month, _count) in enumerate(days):
            acc = months.get(month) or months.setdefault(month, [0] * 6)
            acc[_CP] += planned_shares[n]
            acc[_CA] += actual_shares[n]
            if n == 0:
                acc[_CN] += 1  # counted once, in the month it starts
        if actual > planned:
            overspent.append(Overspend("campaign", campaign.id, campaign.name, planned, actual))
    for action in actions:
        planned, actual = action.budget_planned_cents, action.budget_actual_cents
        due_month = action.due.replace(day=1) if action.due is not None else None
        action_groups: tuple[tuple[dict[Hashable, _Acc], Hashable], ...] = (
            (channels, action.p),
            (objectives, action.objective_id),
            (segments, action.segment_id),
            (ps, action.p),
            (months, due_month),
        )
        for group, key in action_groups:
            acc = group.get(key) or group.setdefault(key, [0] * 6)
            acc[_MP] += planned
            acc[_MA] += actual
            acc[_AN] += 1
        total[_MP] += planned
        total[_MA] += actual
        total[_AN] += 1
        if actual > planned:
            overspent.append(Overspend("action", action.id, action.title, planned, actual))
    order: dict[Hashable, int] = {c: n for n, c in enumerate(Channel)}
    order.update({p: 100 + n for n, p in enumerate(MixP)})
    return BudgetSummary(
        rows={
            Dimension.MONTH: _rows(months, by_key=True),
            Dimension.CHANNEL: _rows(dict(sorted(channels.items(), key=lambda i: order[i[0]]))),
            Dimension.OBJECTIVE: _rows(objectives),
            Dimension.SEGMENT: _rows(segments),
            Dimension.P: _rows(dict(sorted(ps.items(), key=lambda i: order[i[0]]))),
        },
        total=Amounts(*total),
        overspent=tuple(sorted(overspent, key=lambda o: (-o.excess_cents, o.kind, o.id))),
    )


def _month_key(key: Hashable) -> dt.date:
    assert isinstance(key, dt.date)  # `by_key` groups are months
    return key


def _rows(groups: dict[Hashable, _Acc], *, by_key: bool = False) -> tuple[BudgetRow, ...]:
    """Rows in the groups' order (or sorted by key), the None group ("no date", "no
    objective") last."""
    keys = [key for key in groups if key is not None]
    if by_key:
        keys.sort(key=_month_key)
    rows = [BudgetRow(key, Amounts(*groups[key])) for key in keys]
    if None in groups:
        rows.append(BudgetRow(None, Amounts(*groups[None])))
    return tuple(rows)


@dataclass(frozen=True)
class BudgetSeries:
    """A roll-up ready to draw: one label and one planned / actual pair (in currency units,
    not cents) per row, and which rows are overspent."""

    labels: tuple[str, ...]
    planned: tuple[float, ...]
    actual: tuple[float, ...]
    over: tuple[bool, ...]


def budget_series(rows: Sequence[BudgetRow], label: Callable[[Hashable], str]) -> BudgetSeries:
    """The chart's series for `rows`, each named by `label(row.key)`."""
    return BudgetSeries(
        labels=tuple(label(row.key) for row in rows),
        planned=tuple(row.amounts.planned / 100 for row in rows),
        actual=tuple(row.amounts.actual / 100 for row in rows),
        over=tuple(row.amounts.over for row in rows),
    )
