"""The workbook's sheets of the plan's course: objectives and key results, roadmap, mix
actions, campaigns and experiments (see `xlsx_sheets`)."""

from __future__ import annotations

from collections.abc import Iterator

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.domain.labels import enum_label
from stratdesk.domain.smart import check_summary
from stratdesk.i18n import translate
from stratdesk.io.xlsx_cells import Kind
from stratdesk.io.xlsx_sheets import Col, Row, SheetSpec
from stratdesk.services.plan_contents import PlanContents


def plan_sheets(data: PlanContents) -> list[SheetSpec]:
    numbers = {o.id: n for n, o in enumerate(data.objectives, 1)}

    def objective(objective_id: int | None) -> str:
        number = numbers.get(objective_id) if objective_id is not None else None
        if number is None:
            return ""
        return f"{number}. {data.objective_name(objective_id)}"

    def unit_of(kpi_id: int | None) -> str:
        summary = data.kpi_summaries.get(kpi_id) if kpi_id is not None else None
        return summary.kpi.unit.value if summary is not None else "count"

    def objectives() -> Iterator[Row]:
        for n, o in enumerate(data.objectives, 1):
            unit = unit_of(o.kpi_id)
            review = data.reviews.get(o.id)
            latest = review.measured.latest_value if review else None
            share = review.share * 100 if review and review.share is not None else None
            smart = check_summary(review.smart) if review else ""
            yield (
                n,
                o.statement,
                data.kpi_name(o.kpi_id),
                (o.baseline, unit),
                (o.target, unit),
                (latest, unit),
                share,
                o.deadline,
                o.owner,
                enum_label(o.status),
                smart,
            )

    def key_results() -> Iterator[Row]:
        for o in data.objectives:
            for r in data.key_results.get(o.id, ()):
                unit = unit_of(r.kpi_id)
                yield (
                    objective(o.id),
                    r.statement,
                    data.kpi_name(r.kpi_id) or r.metric,
                    (r.target, unit),
                    r.due,
                )

    lane_names = {}
    for lane in data.roadmap.lanes:
        if lane.objective is not None:
            lane_names[lane.key] = objective(lane.objective.id)
        elif lane.theme is not None:
            lane_names[lane.key] = lane.theme.name
        else:
            lane_names[lane.key] = translate("Workbook", "No lane")

    def roadmap() -> Iterator[Row]:
        yes, no = translate("Workbook", "yes"), translate("Workbook", "no")
        for i in data.roadmap.initiatives:
            item = i.item
            yield (
                lane_names.get(i.lane, ""),
                item.title,
                item.description,
                item.start,
                item.end,
                yes if item.milestone else no,
                enum_label(item.status),
                objective(item.objective_id),
            )

    def mix() -> Iterator[Row]:
        order = list(MixColumn)
        for a in sorted(
            data.mix, key=lambda a: (list(MixP).index(a.p), order.index(a.column), a.position)
        ):
            yield (
                enum_label(a.p),
                a.title,
                a.description,
                enum_label(a.column),
                a.owner,
                a.due,
                a.budget_planned_cents,
                a.budget_actual_cents,
                objective(a.objective_id),
                data.segment_name(a.segment_id),
                a.votes,
            )

    def campaigns() -> Iterator[Row]:
        for c in data.campaigns:
            yield (
                c.name,
                enum_label(c.channel),
                c.start,
                c.end,
                c.budget_planned_cents,
                c.budget_actual_cents,
                enum_label(c.status),
                objective(c.objective_id),
                data.segment_name(c.segment_id),
                c.notes,
            )

    def experiments() -> Iterator[Row]:
        for e in data.experiments:
            variants = "\n".join(
                f"{v.name}: {v.description}" + (f" → {v.result}" if v.result else "")
                for v in data.variants.get(e.id, ())
            )
            yield (
                e.name,
                e.hypothesis,
                e.metric,
                e.start,
                e.end,
                data.campaign_name(e.campaign_id),
                variants,
                e.result,
                enum_label(e.decision),
                e.lesson,
            )

    key_result_count = sum(len(v) for v in data.key_results.values())
    return [
        SheetSpec(
            translate("Workbook", "Objectives"),
            (
                Col(translate("Workbook", "No."), Kind.INTEGER),
                Col(translate("Workbook", "Objective")),
                Col(translate("Workbook", "KPI")),
                Col(translate("Workbook", "Baseline"), Kind.KPI),
                Col(translate("Workbook", "Target"), Kind.KPI),
                Col(translate("Workbook", "Latest actual"), Kind.KPI),
                Col(translate("Workbook", "Progress"), Kind.PERCENT),
                Col(translate("Workbook", "Deadline"), Kind.DATE),
                Col(translate("Workbook", "Owner")),
                Col(translate("Workbook", "Status")),
                Col(translate("Workbook", "SMART check")),
            ),
            objectives,
            len(data.objectives),
        ),
        SheetSpec(
            translate("Workbook", "Key results"),
            (
                Col(translate("Workbook", "Objective")),
                Col(translate("Workbook", "Key result")),
                Col(translate("Workbook", "Measured by")),
                Col(translate("Workbook", "Target"), Kind.KPI),
                Col(translate("Workbook", "Due"), Kind.DATE),
            ),
            key_results,
            key_result_count,
        ),
        SheetSpec(
            translate("Workbook", "Roadmap"),
            (
                Col(translate("Workbook", "Lane")),
                Col(translate("Workbook", "Initiative")),
                Col(translate("Workbook", "Description")),
                Col(translate("Workbook", "Start"), Kind.DATE),
                Col(translate("Workbook", "End"), Kind.DATE),
                Col(translate("Workbook", "Milestone")),
                Col(translate("Workbook", "Status")),
                Col(translate("Workbook", "Objective")),
            ),
            roadmap,
            len(data.roadmap.initiatives),
        ),
        SheetSpec(
            translate("Workbook", "Mix actions"),
            (
                Col(translate("Workbook", "P")),
                Col(translate("Workbook", "Action")),
                Col(translate("Workbook", "Description")),
                Col(translate("Workbook", "Status")),
                Col(translate("Workbook", "Owner")),
                Col(translate("Workbook", "Due"), Kind.DATE),
                Col(translate("Workbook", "Planned budget"), Kind.MONEY),
                Col(translate("Workbook", "Actual spend"), Kind.MONEY),
                Col(translate("Workbook", "Objective")),
                Col(translate("Workbook", "Segment")),
                Col(translate("Workbook", "Votes"), Kind.INTEGER),
            ),
            mix,
            len(data.mix),
        ),
        SheetSpec(
            translate("Workbook", "Campaigns"),
            (
                Col(translate("Workbook", "Campaign")),
                Col(translate("Workbook", "Channel")),
                Col(translate("Workbook", "Start"), Kind.DATE),
                Col(translate("Workbook", "End"), Kind.DATE),
                Col(translate("Workbook", "Planned budget"), Kind.MONEY),
                Col(translate("Workbook", "Actual spend"), Kind.MONEY),
                Col(translate("Workbook", "Status")),
                Col(translate("Workbook", "Objective")),
                Col(translate("Workbook", "Segment")),
                Col(translate("Workbook", "Notes")),
            ),
            campaigns,
            len(data.campaigns),
        ),
        SheetSpec(
            translate("Workbook", "Experiments"),
            (
                Col(translate("Workbook", "Experiment")),
                Col(translate("Workbook", "Hypothesis")),
                Col(translate("Workbook", "Metric")),
                Col(translate("Workbook", "Start"), Kind.DATE),
                Col(translate("Workbook", "End"), Kind.DATE),
                Col(translate("Workbook", "Campaign")),
                Col(translate("Workbook", "Variants")),
                Col(translate("Workbook", "Result")),
                Col(translate("Workbook", "Decision")),
                Col(translate("Workbook", "Lesson")),
            ),
            experiments,
            len(data.experiments),
        ),
    ]
