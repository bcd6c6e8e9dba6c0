"""The story of the PDF, from the plan's contents: cover, summary, contents, then each section
that has something to say, and the layout into pages (see `document`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import BinaryIO

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from stratdesk.i18n import translate
from stratdesk.reports.contents import Contents
from stratdesk.reports.context import Report
from stratdesk.reports.document import PlanDocTemplate
from stratdesk.reports.findings import Finding
from stratdesk.reports.flowables import Heading, gap
from stratdesk.reports.fonts import register_fonts
from stratdesk.reports.options import ReportOptions, section_title
from stratdesk.reports.sections import builder, is_landscape
from stratdesk.reports.sections.cover import cover, footer_note
from stratdesk.reports.theme import Theme, make_styles
from stratdesk.reports.values import Values
from stratdesk.services.plan_contents import PlanContents


def render(
    stream: BinaryIO,
    contents: PlanContents,
    findings: list[Finding],
    options: ReportOptions,
    language: str,
    *,
    composed: Callable[[float], object] | None = None,
    laid_out: Callable[[float], object] | None = None,
) -> int:
    """Write the PDF of `contents` to `stream`; the number of pages. `composed(share)` and
    `laid_out(share)` are told how far the two phases have come (they may raise to stop)."""
    register_fonts()
    theme = Theme.of(contents.client.brand_colour)
    values = Values(language, contents.plan.currency)
    doc = PlanDocTemplate(
        stream,
        paper=options.paper,
        theme=theme,
        client=contents.client.name,
        title=contents.plan.title,
        author=contents.plan.consultant,
        footer=footer_note(contents, values),
        progress=laid_out,
    )
    width, height = doc.frame_sizes["portrait"]
    wide_width, wide_height = doc.frame_sizes["landscape"]
    report = Report(
        data=contents,
        options=options,
        values=values,
        theme=theme,
        styles=make_styles(theme),
        findings=tuple(findings),
        width=width,
        height=height,
        wide_width=wide_width,
        wide_height=wide_height,
        cover_height=doc.frame_sizes["cover"][1],
    )
    return doc.lay_out(compose(report, doc, composed))


def compose(
    report: Report, doc: PlanDocTemplate, progress: Callable[[float], object] | None = None
) -> list[Flowable]:
    """Every flowable of the PDF, in order (sections without content left out)."""
    wanted = report.options.wanted()
    sections: list[tuple[str, Heading, list[Flowable]]] = []
    for done, key in enumerate(wanted):
        if progress is not None:
            progress(done / len(wanted))
        body = builder(key)(report)
        if body:
            sections.append((key, Heading(section_title(key), report.styles.h1, 0), body))
    story: list[Flowable] = [*cover(report)]
    listed = [(section_title(key), heading.bookmark_key) for key, heading, _ in sections]
    for key, heading, body in sections:
        if key != "summary" and listed:
            story += _contents(report, doc, listed)
            listed = []
        template = "landscape" if is_landscape(key) else "portrait"
        story += [NextPageTemplate(template), PageBreak(), heading, *body]
    return story


def _contents(
    report: Report, doc: PlanDocTemplate, entries: list[tuple[str, str]]
) -> list[Flowable]:
    heading = Heading(translate("Report", "Contents"), report.styles.h1, 0, toc=False)
    return [NextPageTemplate("portrait"), PageBreak(), heading, gap(6), Contents(doc, entries)]
