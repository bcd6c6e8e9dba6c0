"""Experiments (test and learn): each hypothesis, what measured it, when, in which campaign,
its variants and their results, the decision taken and the lesson drawn."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from stratdesk.domain.labels import enum_label
from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.flowables import Column, Heading, facts, gap, table
from stratdesk.services.read_models_ops import ExperimentRead


def build(report: Report) -> list[Flowable]:
    story: list[Flowable] = []
    for experiment in report.data.experiments:
        story += _experiment(report, experiment)
    return story


def _experiment(report: Report, experiment: ExperimentRead) -> list[Flowable]:
    values = report.values
    pairs: list[tuple[str, object]] = [
        (translate("Report", "Hypothesis"), experiment.hypothesis),
    ]
    optional: list[tuple[str, object]] = [
        (translate("Report", "Metric"), experiment.metric),
        (
            translate("Report", "Period"),
            values.span(experiment.start, experiment.end)
            if experiment.start or experiment.end
            else "",
        ),
        (translate("Report", "Campaign"), report.data.campaign_name(experiment.campaign_id)),
        (translate("Report", "Result"), experiment.result),
        (translate("Report", "Decision"), enum_label(experiment.decision)),
        (translate("Report", "Lesson"), experiment.lesson),
    ]
    pairs += [(label, value) for label, value in optional if str(value).strip()]
    block: list[Flowable] = [
        Heading(experiment.name, report.styles.h2, 1),
        facts(pairs, report.width, report.styles, label_share=0.2),
    ]
    variants = report.data.variants.get(experiment.id, ())
    if variants:
        columns = [
            Column(translate("Report", "Variant"), 1.0, bold=True),
            Column(translate("Report", "What it tried"), 2.6),
            Column(translate("Report", "Result"), 2.0),
        ]
        rows = [[v.name, v.description, v.result] for v in variants]
        block += [gap(4), table(columns, rows, report.width, report.theme)]
    return [KeepTogether(block), gap(10)]
