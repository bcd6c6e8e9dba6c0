"""The demo plan's PDF read back with pypdf: every section's title and sample items of each,
contents whose page numbers are the pages the titles stand on, bookmarks, the running
footer, in English and in French (numbers, money and dates in the language's format)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path
from typing import Any

from stratdesk.i18n import using_language
from stratdesk.reports.options import SECTIONS, section_title
from stratdesk.services.alignment import plan_findings
from stratdesk.services.plan_contents import read_contents
from stratdesk.services.workspace import Workspace

TODAY = dt.date(2026, 11, 27)
PRINTED = list(SECTIONS)  # the demo has content, and findings, for every section


def _titles(language: str) -> dict[str, str]:
    with using_language(language):
        return {key: section_title(key) for key in PRINTED}


def _samples(plan: Path) -> list[str]:
    """One item of each area, as the plan names it (first line, first 30 characters)."""
    with Workspace.open(plan, read_only=True) as workspace:
        data = read_contents(workspace.services, workspace.plan_id, today=TODAY)
        language = str(workspace.services.plans.get_plan(workspace.plan_id).language)
        with using_language(language):  # the messages in the plan's language, as printed
            findings = plan_findings(workspace.services, workspace.plan_id, language, TODAY)
    assert findings  # the demo shows a handful
    names = [
        data.factors[0].text,
        data.competitors[-1].name,
        data.swot[0].text,
        data.segments[-1].name,
        data.objectives[0].statement,
        data.themes[-1].name,
        data.mix[-1].title,
        data.campaigns[-1].name,
        data.experiments[-1].name,
        data.kpi_series[-1].kpi.name,
        *(finding.message for finding in findings),  # where the chain breaks, every one
    ]
    return [name.splitlines()[0][:30] for name in names if name]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _contents_page(pdf: Any, title: str) -> int:
    """The index of the page whose heading is `title` (after the running header)."""
    return next(n for n, page in enumerate(pdf.pages) if title in page.splitlines()[:8])


def _check_contents(pdf: Any, titles: dict[str, str], contents: str) -> None:
    """Each title listed on the contents page, with its page number on the next line (the
    numbers are forms filled in at the end), stands as a heading on that page."""
    index = _contents_page(pdf, contents)
    lines = [line.strip() for line in pdf.pages[index].splitlines()]
    listed = {
        line: int(after)
        for line, after in itertools.pairwise(lines)
        if line in titles.values() and after.isdigit()
    }
    assert set(listed) == set(titles.values())
    assert sorted(listed.values()) == [listed[t] for t in titles.values()]  # in order
    for title, number in listed.items():
        heading = [line.strip() for line in pdf.pages[number - 1].splitlines()[:8]]
        assert title in heading, f"{title!r} is not on page {number}"
    assert min(listed.values()) >= 2


def test_english_pdf_holds_every_section_and_samples(demo_pdfs, demo_plans) -> None:
    pdf = demo_pdfs["en"]
    text = _flat(pdf.text)
    titles = _titles("en")
    for title in titles.values():
        assert title in text
    for sample in _samples(demo_plans["en"]):
        assert _flat(sample) in text, sample
    _check_contents(pdf, titles, "Contents")
    outline = [item.title for item in pdf.reader.outline if not isinstance(item, list)]
    assert [title for title in outline if title in titles.values()] == list(titles.values())
    count = len(pdf.pages)
    assert pdf.export.pages == count
    assert f"Page {count} / {count}" in _flat(pdf.pages[-1])
    assert "Brûlerie des Quais" in pdf.pages[0]


def test_french_pdf_is_in_french_with_french_formats(demo_pdfs, demo_plans) -> None:
    pdf = demo_pdfs["fr"]
    text = _flat(pdf.text)
    titles = _titles("fr")
    assert titles["summary"] == "Synthèse de la stratégie"
    for title in titles.values():
        assert title in text
    for sample in _samples(demo_plans["fr"]):
        assert _flat(sample) in text, sample
    _check_contents(pdf, titles, "Sommaire")
    assert re.search(r"\d{1,3}[\u202f\u00a0 ]\d{3},\d{2}[\u202f\u00a0 ]€", pdf.text)  # 1 234,56 €
    assert "31 déc. 2026" in pdf.text
    assert "Strategy summary" not in text and "Contents" not in text
    assert f"Page {len(pdf.pages)} / {len(pdf.pages)}" in _flat(pdf.pages[-1])


def test_every_font_is_the_shipped_one_embedded(demo_pdfs) -> None:
    fonts = set()
    for page in demo_pdfs["fr"].reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()  # TrueType, embedded
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert fonts == {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold"}  # no Helvetica
