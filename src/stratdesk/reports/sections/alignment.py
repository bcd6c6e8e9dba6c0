"""Alignment findings: what does not line up in the plan, one line each (kind, the item it
is about, what is wrong). Fed by `findings.gather_findings`; an empty list leaves the section
out."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from stratdesk.i18n import translate
from stratdesk.reports.context import Report
from stratdesk.reports.findings import Finding
from stratdesk.reports.flowables import Column, gap, note, table


def findings_table(report: Report, findings: Sequence[Finding]) -> list[Flowable]:
    """The section's body for `findings` (nothing when there are none)."""
    if not findings:
        return []
    columns = [
        Column(translate("Report", "Check"), 1.3, bold=True),
        Column(translate("Report", "About"), 1.8),
        Column(translate("Report", "Finding"), 3.6, max_lines=None),
    ]
    rows = [[f.kind, f.item, f.message] for f in findings]
    intro = translate(
        "Report", "Where an action, a campaign or a KPI does not line up with the strategy."
    )
    return [note(intro, report.styles), gap(4), table(columns, rows, report.width, report.theme)]


def build(report: Report) -> list[Flowable]:
    return findings_table(report, report.findings)
