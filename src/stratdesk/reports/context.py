"""What every section builder is handed: the plan's contents and how to print them."""

from __future__ import annotations

from dataclasses import dataclass

from stratdesk.reports.findings import Finding
from stratdesk.reports.options import ReportOptions
from stratdesk.reports.theme import Styles, Theme
from stratdesk.reports.values import Values
from stratdesk.services.plan_contents import PlanContents


@dataclass(frozen=True)
class Report:
    """`width`/`height`: the portrait frame; `wide_width`/`wide_height`: the landscape one."""

    data: PlanContents
    options: ReportOptions
    values: Values
    theme: Theme
    styles: Styles
    findings: tuple[Finding, ...]
    width: float
    height: float
    wide_width: float
    wide_height: float
    cover_height: float

    @property
    def language(self) -> str:
        language = self.options.language
        assert language is not None, "write_pdf settles the language before composing"
        return language
