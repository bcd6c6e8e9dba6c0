"""Alignment checks: where the chain from strategy to results breaks, one function a check.

Each check reads the plan's read models (`PlanFacts`) and returns its `Finding`s, in the
items' order; `findings` runs them all, in the order of `CHECKS`. The rules:

- an action or a campaign (not cancelled) serving no objective;
- an objective (not achieved, missed or dropped) that no action or campaign serves, or that
  no KPI measures (neither its own nor a key result's);
- a KPI without a target; a KPI measured in neither the current period nor the one before
  (once the plan has begun and its targets have: a KPI for next year is not due yet);
- a target segment (primary or secondary) without a campaign, or without a positioning;
  a campaign aimed at a segment the plan does not target, with what it spent there;
- a KPI off track whose objective has nothing planned in the coming quarter (no campaign,
  roadmap initiative or action under way or due within the next three months);
- a roadmap initiative past its end and neither done nor cancelled;
- an objective, a channel or a P whose actual budget exceeds its plan (`domain.budget`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from stratdesk.domain.alignment_facts import (
    CLOSED,
    TARGETED,
    Finding,
    ObjectiveLike,
    PlanFacts,
)
from stratdesk.domain.budget import Amounts, Dimension, budget_summary
from stratdesk.domain.enums import Channel, MixColumn, MixP, Targeting, WorkStatus
from stratdesk.domain.kpi_status import KpiStatus
from stratdesk.domain.kpi_trajectory import period_start
from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.i18n.formatting import format_day, money_text

COMING = dt.timedelta(days=92)  # "the coming quarter"
_DONE = frozenset({WorkStatus.DONE, WorkStatus.CANCELLED})

Check = Callable[[PlanFacts, dt.date, str], list[Finding]]


def _open_objectives(facts: PlanFacts) -> list[ObjectiveLike]:
    return [o for o in facts.objectives if o.status not in CLOSED]


def actions_without_objective(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    text = translate("Alignment", "Serves no objective: link it to the objective it works for.")
    return [
        Finding("action_without_objective", "mix_action", a.id, a.title, text)
        for a in facts.actions
        if a.objective_id is None
    ]


def campaigns_without_objective(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    text = translate("Alignment", "Serves no objective: link it to the objective it works for.")
    return [
        Finding("campaign_without_objective", "campaign", c.id, c.name, text)
        for c in facts.campaigns
        if c.objective_id is None and c.status != WorkStatus.CANCELLED
    ]


def objectives_without_work(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    served = {a.objective_id for a in facts.actions}
    served |= {c.objective_id for c in facts.campaigns if c.status != WorkStatus.CANCELLED}
    text = translate("Alignment", "No action or campaign serves this objective yet.")
    return [
        Finding("objective_without_work", "objective", o.id, o.statement, text)
        for o in _open_objectives(facts)
        if o.id not in served
    ]


def objectives_without_kpi(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    measured = {r.objective_id for r in facts.key_results if r.kpi_id is not None}
    text = translate(
        "Alignment", "No KPI measures this objective: choose the KPI that shows it is reached."
    )
    return [
        Finding("objective_without_kpi", "objective", o.id, o.statement, text)
        for o in _open_objectives(facts)
        if o.kpi_id is None and o.id not in measured
    ]


def kpis_without_target(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    text = translate("Alignment", "No target yet: set its target for each period.")
    return [
        Finding("kpi_without_target", "kpi", k.id, k.name, text)
        for k in facts.kpis
        if not k.has_target
    ]


def kpis_not_measured(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    if today < facts.first_day:
        return []  # the plan has not begun
    found = []
    for kpi in facts.kpis:
        if kpi.first_target is not None and kpi.first_target > today:
            continue  # its targets start later: not due yet
        current = period_start(today, kpi.period)
        previous = period_start(current - dt.timedelta(days=1), kpi.period)
        if kpi.last_measured is not None and kpi.last_measured >= previous:
            continue
        if kpi.last_measured is None:
            text = translate("Alignment", "Never measured: enter or import its measurements.")
        else:
            text = translate(
                "Alignment", "No measurement in the last two periods (the last on {day})."
            ).format(day=format_day(kpi.last_measured, language))
        found.append(Finding("kpi_not_measured", "kpi", kpi.id, kpi.name, text))
    return found


def segments_without_campaign(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    reached = {c.segment_id for c in facts.campaigns if c.status != WorkStatus.CANCELLED}
    text = translate("Alignment", "A target segment that no campaign reaches.")
    return [
        Finding("segment_without_campaign", "segment", s.id, s.name, text)
        for s in facts.segments
        if s.targeting in TARGETED and s.id not in reached
    ]


def segments_without_positioning(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    text = translate("Alignment", "A target segment without a positioning statement.")
    return [
        Finding("segment_without_positioning", "positioning", s.id, s.name, text)
        for s in facts.segments
        if s.targeting in TARGETED and s.id not in facts.positioned
    ]


def campaigns_on_untargeted_segments(
    facts: PlanFacts, today: dt.date, language: str
) -> list[Finding]:
    untargeted = {s.id: s.name for s in facts.segments if s.targeting == Targeting.NOT_TARGETED}
    text = translate(
        "Alignment",
        "Aimed at “{segment}”, a segment not targeted: {actual} spent ({planned} planned).",
    )
    found = []
    for c in facts.campaigns:
        if c.segment_id in untargeted and c.status != WorkStatus.CANCELLED:
            message = text.format(
                segment=untargeted[c.segment_id],
                actual=money_text(c.budget_actual_cents, facts.currency, language),
                planned=money_text(c.budget_planned_cents, facts.currency, language),
            )
            found.append(
                Finding("campaign_segment_not_targeted", "campaign", c.id, c.name, message)
            )
    return found


def off_track_without_plans(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    off = {k.id: k for k in facts.kpis if k.status == KpiStatus.OFF_TRACK}
    until = today + COMING
    planned: set[int | None] = set()
    for c in facts.campaigns:
        if c.status not in _DONE and c.start <= until and c.end >= today:
            planned.add(c.objective_id)
    for i in facts.initiatives:
        if i.status not in _DONE and i.start <= until and i.end >= today:
            planned.add(i.objective_id)
    for a in facts.actions:
        due_soon = a.due is not None and today <= a.due <= until and a.column != MixColumn.DONE
        if a.column == MixColumn.IN_PROGRESS or due_soon:
            planned.add(a.objective_id)
    text = translate(
        "Alignment",
        "Its KPI “{kpi}” is off track, and nothing is planned for it in the coming quarter.",
    )
    found = []
    for o in _open_objectives(facts):
        if o.kpi_id is not None and o.kpi_id in off and o.id not in planned:
            message = text.format(kpi=off[o.kpi_id].name)
            found.append(
                Finding("off_track_nothing_planned", "objective", o.id, o.statement, message)
            )
    return found


def initiatives_overdue(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    text = translate("Alignment", "Past its end ({day}) and not done.")
    return [
        Finding("initiative_overdue", "roadmap_item", i.id, i.title, text.format(day=day))
        for i in facts.initiatives
        if i.end < today and i.status not in _DONE
        for day in (format_day(i.end, language),)
    ]


def _over_text(amounts: Amounts, currency: str, language: str) -> str:
    return translate(
        "Alignment", "Spent {actual} of the {planned} planned: over by {excess}."
    ).format(
        actual=money_text(amounts.actual, currency, language),
        planned=money_text(amounts.planned, currency, language),
        excess=money_text(-amounts.remaining, currency, language),
    )


def budget_overruns(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    """Objectives, then channels (campaigns) and Ps (mix actions), spent above plan."""
    summary = budget_summary(
        facts.campaigns,  # type: ignore[arg-type]  # the read models have every field needed
        facts.actions,  # type: ignore[arg-type]
        facts.first_day,
        facts.first_day,
        objective_ids=[o.id for o in facts.objectives],
    )
    names = {o.id: o.statement for o in facts.objectives}
    found = []
    for row in summary.rows[Dimension.OBJECTIVE]:
        if isinstance(row.key, int) and row.key in names and row.amounts.over:
            text = _over_text(row.amounts, facts.currency, language)
            found.append(
                Finding("objective_over_budget", "objective", row.key, names[row.key], text)
            )
    for row in summary.rows[Dimension.CHANNEL]:
        if row.amounts.over and isinstance(row.key, Channel | MixP):
            kind = "channel" if isinstance(row.key, Channel) else "mix_p"
            text = _over_text(row.amounts, facts.currency, language)
            label = enum_label(row.key)
            found.append(Finding("channel_over_budget", kind, None, label, text, str(row.key)))
    return found


CHECKS: tuple[Check, ...] = (
    actions_without_objective,
    campaigns_without_objective,
    objectives_without_work,
    objectives_without_kpi,
    kpis_without_target,
    kpis_not_measured,
    segments_without_campaign,
    segments_without_positioning,
    campaigns_on_untargeted_segments,
    off_track_without_plans,
    initiatives_overdue,
    budget_overruns,
)


def findings(facts: PlanFacts, today: dt.date, language: str) -> list[Finding]:
    """Every check's findings, in the order of `CHECKS`."""
    return [found for check in CHECKS for found in check(facts, today, language)]


def kind_title(kind: str) -> str:
    """A finding kind's title, as a heading over its findings (translated)."""
    titles = {
        "action_without_objective": translate("Alignment", "Actions that serve no objective"),
        "campaign_without_objective": translate("Alignment", "Campaigns that serve no objective"),
        "objective_without_work": translate("Alignment", "Objectives with no action or campaign"),
        "objective_without_kpi": translate("Alignment", "Objectives with no KPI"),
        "kpi_without_target": translate("Alignment", "KPIs without a target"),
        "kpi_not_measured": translate("Alignment", "KPIs not measured lately"),
        "segment_without_campaign": translate("Alignment", "Target segments without a campaign"),
        "segment_without_positioning": translate(
            "Alignment", "Target segments without a positioning"
        ),
        "campaign_segment_not_targeted": translate(
            "Alignment", "Campaigns aimed at a segment not targeted"
        ),
        "off_track_nothing_planned": translate("Alignment", "KPIs off track with nothing planned"),
        "initiative_overdue": translate("Alignment", "Roadmap initiatives past their end"),
        "objective_over_budget": translate("Alignment", "Objectives over budget"),
        "channel_over_budget": translate("Alignment", "Channels and Ps over budget"),
    }
    return titles.get(kind, kind)
