""" "Strategy on a page": what a consultant shows a client's management in two minutes.

Built from the alignment read models (`AlignmentData`), Qt-free, so that the page, the PDF or
a workshop step show the same: the positioning statements of the target segments, each open
objective with its KPI's status and progress, the year's main campaigns, and the budget
split by objective.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stratdesk.domain.alignment_facts import CLOSED
from stratdesk.domain.budget import Dimension
from stratdesk.domain.enums import Channel, Targeting, WorkStatus
from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.domain.objective_progress import progress
from stratdesk.domain.positioning import build_statement
from stratdesk.services.alignment import AlignmentData, is_written

MAIN_CAMPAIGNS = 12  # the strip shows the largest budgets of the year, this many at most
_SENTENCE_END = re.compile(r"[.!?…](?=\s+\S)")
_TARGET_ORDER = {Targeting.PRIMARY: 0, Targeting.SECONDARY: 1}


@dataclass(frozen=True, slots=True)
class PositioningLine:
    segment_id: int
    segment: str
    statement: str


@dataclass(frozen=True, slots=True)
class ObjectiveLine:
    objective_id: int
    statement: str
    kpi: str | None
    unit: str | None
    actual: float | None  # the KPI's latest period actual
    target: float | None  # the objective's target
    status: KpiStatus
    progress: float | None  # the share of the way from baseline to target (see domain)


@dataclass(frozen=True, slots=True)
class CampaignLine:
    id: int
    name: str
    channel: Channel
    start: dt.date
    end: dt.date
    colour: str
    budget_planned_cents: int
    status: WorkStatus


@dataclass(frozen=True, slots=True)
class BudgetLine:
    key: int | None  # the objective's id (None: what serves no objective)
    name: str
    planned_cents: int
    actual_cents: int


@dataclass(frozen=True, slots=True)
class StrategyPage:
    year: int
    positioning: tuple[PositioningLine, ...]
    objectives: tuple[ObjectiveLine, ...]
    campaigns: tuple[CampaignLine, ...]
    budget: tuple[BudgetLine, ...]
    currency: str

    @property
    def planned_total(self) -> int:
        return sum(line.planned_cents for line in self.budget)


def first_sentence(text: str) -> str:
    """The statement's first sentence: whom it is for and what the brand is to them (the
    rest, the difference and the proof, stays on the Positioning page)."""
    found = _SENTENCE_END.search(text)
    return text[: found.start() + 1] if found else text


def shown_year(data: AlignmentData) -> int:
    """Today's year, within the plan's years."""
    return min(max(data.today.year, data.plan.start_year), data.plan.end_year)


def strategy_page(data: AlignmentData, brand: str, language: str) -> StrategyPage:
    year = shown_year(data)
    segments = sorted(
        (s for s in data.segments if s.targeting in _TARGET_ORDER),
        key=lambda s: (_TARGET_ORDER[s.targeting], s.position),
    )
    positioning = tuple(
        PositioningLine(s.id, s.name, first_sentence(build_statement(p, brand, language).text))
        for s in segments
        for p in (data.positionings.get(s.id),)
        if p is not None and is_written(p)
    )
    objectives = []
    for o in data.objectives:
        if o.status in CLOSED:
            continue
        summary = data.summary(o.kpi_id)
        actual = summary.latest_value if summary is not None else None
        objectives.append(
            ObjectiveLine(
                o.id,
                o.statement,
                summary.kpi.name if summary else None,
                str(summary.kpi.unit) if summary else None,
                actual,
                o.target,
                summary.status if summary else KpiStatus.NO_DATA,
                progress(o.baseline, actual, o.target),
            )
        )
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    running = [
        c
        for c in data.campaigns
        if c.status != WorkStatus.CANCELLED and c.start <= last and c.end >= first
    ]
    running.sort(key=lambda c: -c.budget_planned_cents)
    campaigns = tuple(
        sorted(
            (
                CampaignLine(
                    c.id,
                    c.name,
                    c.channel,
                    c.start,
                    c.end,
                    c.colour,
                    c.budget_planned_cents,
                    c.status,
                )
                for c in running[:MAIN_CAMPAIGNS]
            ),
            key=lambda c: (c.start, c.name),
        )
    )
    names = {o.id: o.statement for o in data.objectives}
    budget = tuple(
        BudgetLine(
            row.key if isinstance(row.key, int) else None,
            names.get(row.key, "") if isinstance(row.key, int) else "",
            row.amounts.planned,
            row.amounts.actual,
        )
        for row in data.budget().rows[Dimension.OBJECTIVE]
        if row.amounts.planned or row.amounts.actual
    )
    return StrategyPage(year, positioning, tuple(objectives), campaigns, budget, data.plan.currency)
