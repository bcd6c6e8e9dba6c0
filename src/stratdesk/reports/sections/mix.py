"""The marketing mix (4P, or 7P when the plan uses them): the budget by P, planned against
actual, then each P's actions with their status, owner, due date, budgets and what they
serve."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from stratdesk.domain.enums import FOUR_P, SEVEN_P, MixColumn, MixP
from stratdesk.domain.labels import enum_label, mix_p_hint
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.drawings.bars import budget_bars
from stratdesk.reports.flowables import Column, Heading, gap, note, table, table_heading
from stratdesk.reports.values import DASH
from stratdesk.services.read_models_ops import MixActionRead


def objective_refs(report: Report) -> dict[int, str]:
    """ "Obj. 1"… by objective id: short enough for a table column."""
    label = translate("Report", "Obj. {n}")
    return {o.id: label.format(n=n) for n, o in enumerate(report.data.objectives, 1)}


def serves(
    report: Report, refs: dict[int, str], objective_id: int | None, segment_id: int | None
) -> str:
    parts = []
    if objective_id is not None and objective_id in refs:
        parts.append(refs[objective_id])
    name = report.data.segment_name(segment_id)
    if name:
        parts.append(name)
    return " · ".join(parts) or DASH


def build(report: Report) -> list[Flowable]:
    actions = report.data.mix
    if not actions:
        return []
    ps = SEVEN_P if report.data.plan.seven_p else FOUR_P
    ps = tuple(p for p in MixP if p in ps or any(a.p == p for a in actions))
    story = _budget(report, ps)
    refs = objective_refs(report)
    for p in ps:
        of_p = [a for a in actions if a.p == p]
        if of_p:
            story += _actions(report, p, of_p, refs)
    return story


def _budget(report: Report, ps: tuple[MixP, ...]) -> list[Flowable]:
    values = report.values
    sums = {p: [0, 0, 0] for p in ps}
    for action in report.data.mix:
        if action.p in sums:
            found = sums[action.p]
            found[0] += 1
            found[1] += action.budget_planned_cents
            found[2] += action.budget_actual_cents
    rows = [
        [
            enum_label(p),
            values.number(n),
            values.money(planned),
            values.money(actual),
            values.money(planned - actual),
        ]
        for p, (n, planned, actual) in sums.items()
    ]
    total = [sum(v[i] for v in sums.values()) for i in range(3)]
    columns = [
        Column(translate("Report", "P"), 1.6, bold=True),
        Column(translate("Report", "Actions"), 0.7, align="RIGHT"),
        Column(translate("Report", "Planned"), 1.2, align="RIGHT"),
        Column(translate("Report", "Actual"), 1.2, align="RIGHT"),
        Column(translate("Report", "Remaining"), 1.2, align="RIGHT"),
    ]
    totals = [
        translate("Report", "Total"),
        values.number(total[0]),
        values.money(total[1]),
        values.money(total[2]),
        values.money(total[1] - total[2]),
    ]
    story: list[Flowable] = [
        Heading(translate("Report", "Budget by P"), report.styles.h2, 1),
        table(columns, rows, report.width, report.theme, totals=totals),
        gap(8),
    ]
    if total[1] or total[2]:
        chart = budget_bars(
            report.width,
            [enum_label(p) for p in ps],
            [sums[p][1] for p in ps],
            [sums[p][2] for p in ps],
            values.money,
            (translate("Report", "Planned"), translate("Report", "Actual")),
            report.theme,
        )
        story += [chart, gap(6)]
    return [KeepTogether(story)]


def _actions(
    report: Report, p: MixP, actions: list[MixActionRead], refs: dict[int, str]
) -> list[Flowable]:
    values = report.values
    order = list(MixColumn)
    actions = sorted(actions, key=lambda a: (order.index(a.column), a.position))
    columns = [
        Column(translate("Report", "Action"), 2.85, rich=True),
        Column(translate("Report", "Status"), 0.8),
        Column(translate("Report", "Owner"), 1.05),
        Column(translate("Report", "Due"), 0.85),
        Column(translate("Report", "Planned"), 0.95, align="RIGHT"),
        Column(translate("Report", "Actual"), 0.95, align="RIGHT"),
        Column(translate("Report", "Serves"), 1.2),
    ]
    rows = []
    for action in actions:
        title = (action.title, action.description)
        over = action.budget_actual_cents > action.budget_planned_cents
        rows.append(
            [
                title,
                enum_label(action.column),
                action.owner or DASH,
                values.day(action.due),
                values.money(action.budget_planned_cents),
                ("! " if over else "") + values.money(action.budget_actual_cents),
                serves(report, refs, action.objective_id, action.segment_id),
            ]
        )
    planned = sum(a.budget_planned_cents for a in actions)
    actual = sum(a.budget_actual_cents for a in actions)
    totals = [
        translate("Report", "Total"),
        "",
        "",
        "",
        values.money(planned),
        values.money(actual),
        "",
    ]
    return [
        table_heading(enum_label(p), report.styles),
        note(mix_p_hint(p), report.styles),
        gap(3),
        table(columns, rows, report.width, report.theme, totals=totals, styles=report.styles),
        gap(8),
    ]
