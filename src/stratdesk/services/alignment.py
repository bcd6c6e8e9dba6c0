"""The plan as the alignment checks read it, with the traceability tree, the "Strategy on a
page" and `stratdesk status`: every read model they need, read in one go.

One `AlignmentReader` per view keeps the KPI series between reads: after a change to a few
measurements or targets only those KPIs are read again (see `KpiSeriesReader`); the other
tables are small and read whole. The KPI statuses come from the KPI tiles' own rule
(`kpi_series.summarize`), so the checks, the tree and the dashboard never disagree.

    plan_findings(services, plan_id, "fr")              # list[Finding], in one call
    data = AlignmentReader(services).read(plan_id)      # AlignmentData, frozen
    data.findings("fr"); data.budget(); data.summaries  # findings, budget roll-ups, KPI tiles
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from stratdesk.domain.alignment import findings
from stratdesk.domain.alignment_facts import Finding, KpiState, PlanFacts
from stratdesk.domain.budget import BudgetSummary, budget_summary
from stratdesk.domain.positioning import FIELDS
from stratdesk.services.changes import ChangeSet
from stratdesk.services.kpi_series import KpiSeries, KpiSummary, summarize
from stratdesk.services.kpi_series_reader import KpiSeriesReader
from stratdesk.services.read_models import (
    KeyResultRead,
    ObjectiveRead,
    PlanRead,
    RoadmapItemRead,
)
from stratdesk.services.read_models_analysis import SwotItemRead, TowsStrategyRead
from stratdesk.services.read_models_ops import CampaignRead, KpiRead, MixActionRead
from stratdesk.services.read_models_targeting import PositioningRead, SegmentRead

if TYPE_CHECKING:
    from stratdesk.services.registry import PlanServices

# The tables whose changes can change a finding, the tree or the page of the strategy.
ALIGNMENT_KINDS = frozenset(
    {
        "plan",
        "objective",
        "key_result",
        "roadmap_item",
        "mix_action",
        "campaign",
        "kpi",
        "kpi_target",
        "kpi_measurement",
        "segment",
        "positioning",
        "tows_strategy",
        "tows_link",
        "swot_item",
    }
)
_KPI_KINDS = frozenset({"kpi", "kpi_target", "kpi_measurement", "plan"})
# What each read model depends on: a deleted objective, segment or KPI empties the links to it
# (SET NULL) in rows of other tables, so those are read again too.
_DEPENDS: dict[str, tuple[str, ...]] = {
    "plan": ("plan",),
    "objectives": ("plan", "objective", "kpi", "tows_strategy"),
    "key_results": ("plan", "objective", "key_result", "kpi"),
    "initiatives": ("plan", "objective", "roadmap_item"),
    "actions": ("plan", "objective", "segment", "mix_action"),
    "campaigns": ("plan", "objective", "segment", "campaign"),
    "segments": ("plan", "segment"),
    "positionings": ("plan", "segment", "positioning"),
    "strategies": ("plan", "tows_strategy", "tows_link", "swot_item"),
    "swot": ("plan", "swot_item"),
}


def kpi_state(series: KpiSeries, summary: KpiSummary) -> KpiState:
    """What the checks need of one KPI, from its series and its tile."""
    kpi = series.kpi
    return KpiState(
        id=kpi.id,
        name=kpi.name,
        period=kpi.period,
        first_target=series.target_starts[0] if series.target_starts else None,
        last_measured=series.measured().last_day(),
        status=summary.status,
    )


def is_written(positioning: PositioningRead) -> bool:
    """A positioning with at least one of its fields filled in."""
    return any(str(getattr(positioning, name) or "").strip() for name in FIELDS)


@dataclass(frozen=True)
class AlignmentData:
    """One plan's chain, from the SWOT to the KPIs, as read at `today`."""

    plan: PlanRead
    today: dt.date
    facts: PlanFacts
    objectives: tuple[ObjectiveRead, ...] = ()
    key_results: tuple[KeyResultRead, ...] = ()
    initiatives: tuple[RoadmapItemRead, ...] = ()
    actions: tuple[MixActionRead, ...] = ()
    campaigns: tuple[CampaignRead, ...] = ()
    segments: tuple[SegmentRead, ...] = ()
    positionings: Mapping[int, PositioningRead] = field(default_factory=dict)
    strategies: tuple[TowsStrategyRead, ...] = ()
    swot: Mapping[int, SwotItemRead] = field(default_factory=dict)
    kpis: Mapping[int, KpiRead] = field(default_factory=dict)
    series: Mapping[int, KpiSeries] = field(default_factory=dict)
    summaries: Mapping[int, KpiSummary] = field(default_factory=dict)

    def findings(self, language: str) -> list[Finding]:
        """Every alignment check's findings (see `domain.alignment`)."""
        return findings(self.facts, self.today, language)

    def budget(self) -> BudgetSummary:
        """Planned against actual by month, channel (and P), objective and segment."""
        return budget_summary(
            self.campaigns,  # type: ignore[arg-type]  # the read models have every field
            self.actions,  # type: ignore[arg-type]
            self.facts.first_day,
            self.facts.last_day.replace(day=1),
            objective_ids=[o.id for o in self.objectives],
            segment_ids=[s.id for s in self.segments],
        )

    def summary(self, kpi_id: int | None) -> KpiSummary | None:
        return self.summaries.get(kpi_id) if kpi_id is not None else None


class AlignmentReader:
    """Reads a plan's `AlignmentData`; keeps the KPI series (and tiles) between reads."""

    def __init__(self, services: PlanServices) -> None:
        self._services = services
        self._reader = KpiSeriesReader(services.context)
        self._series: list[KpiSeries] | None = None
        self._summaries: dict[int, tuple[KpiSeries, KpiSummary]] = {}
        self._day: dt.date | None = None
        self._parts: dict[str, Any] = {}

    def read(
        self, plan_id: int, changes: ChangeSet | None = None, today: dt.date | None = None
    ) -> AlignmentData:
        """The plan now. `changes`: what was committed since the last read (None: read the
        KPI series again too)."""
        today = today or dt.date.today()
        services = self._services
        if self._series is None or changes is None or changes.touches(*_KPI_KINDS):
            self._series = self._reader.plan_series(
                plan_id, changes if self._series is not None else None
            )
        if today != self._day:
            self._summaries, self._day = {}, today
        summaries = {s.kpi.id: self._summary(s, today) for s in self._series}
        self._summaries = {k: v for k, v in self._summaries.items() if k in summaries}
        plan = self._part(changes, "plan", lambda: services.plans.get_plan(plan_id))
        objectives = self._part(
            changes, "objectives", lambda: tuple(services.objectives.list(plan_id))
        )
        key_results = self._part(
            changes, "key_results", lambda: self._key_results(plan_id, objectives)
        )
        initiatives = self._part(
            changes, "initiatives", lambda: tuple(services.roadmap.list(plan_id))
        )
        actions = self._part(changes, "actions", lambda: tuple(services.mix.list(plan_id)))
        campaigns = self._part(
            changes, "campaigns", lambda: tuple(services.campaigns.list(plan_id))
        )
        segments = self._part(changes, "segments", lambda: tuple(services.segments.list(plan_id)))
        positionings = self._part(
            changes,
            "positionings",
            lambda: {p.segment_id: p for p in services.positioning.for_plan(plan_id)},
        )
        strategies = self._part(changes, "strategies", lambda: tuple(services.tows.list(plan_id)))
        swot = self._part(
            changes, "swot", lambda: {item.id: item for item in services.swot.list(plan_id)}
        )
        series = {s.kpi.id: s for s in self._series}
        facts = PlanFacts(
            first_day=dt.date(plan.start_year, 1, 1),
            last_day=dt.date(plan.end_year, 12, 31),
            currency=plan.currency,
            objectives=objectives,
            key_results=key_results,
            initiatives=initiatives,
            actions=actions,
            campaigns=campaigns,
            kpis=tuple(kpi_state(s, summaries[s.kpi.id]) for s in self._series),
            segments=segments,
            positioned=frozenset(i for i, p in positionings.items() if is_written(p)),
        )
        return AlignmentData(
            plan=plan,
            today=today,
            facts=facts,
            objectives=objectives,
            key_results=key_results,
            initiatives=initiatives,
            actions=actions,
            campaigns=campaigns,
            segments=segments,
            positionings=positionings,
            strategies=strategies,
            swot=swot,
            kpis={s.kpi.id: s.kpi for s in self._series},
            series=series,
            summaries=summaries,
        )

    def _part(self, changes: ChangeSet | None, name: str, read: Callable[[], Any]) -> Any:
        """One read model, read again only when `changes` touch what it depends on."""
        if changes is None or name not in self._parts or changes.touches(*_DEPENDS[name]):
            self._parts[name] = read()
        return self._parts[name]

    def _key_results(
        self, plan_id: int, objectives: tuple[ObjectiveRead, ...]
    ) -> tuple[KeyResultRead, ...]:
        results = self._services.key_results.by_objective(plan_id)
        return tuple(r for o in objectives for r in results.get(o.id, ()))

    def _summary(self, series: KpiSeries, today: dt.date) -> KpiSummary:
        """The tile of `series`, worked out again only when its series was read again."""
        kept = self._summaries.get(series.kpi.id)
        if kept is None or kept[0] is not series:
            kept = (series, summarize(series, today))
            self._summaries[series.kpi.id] = kept
        return kept[1]


def plan_findings(
    services: PlanServices, plan_id: int, language: str, today: dt.date | None = None
) -> list[Finding]:
    """Where the plan's chain from strategy to results breaks, in one call (the PDF, a
    script): every check's findings, in the order of `domain.alignment.CHECKS`."""
    return AlignmentReader(services).read(plan_id, today=today).findings(language)
