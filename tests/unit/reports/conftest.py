"""The demo plan in each language, built once per run, and its PDF read back with pypdf."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from stratdesk.reports.options import ReportOptions
from stratdesk.reports.pdf import PdfExport, write_pdf
from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace

TODAY = dt.date(2026, 11, 27)


@dataclass
class ReadPdf:
    """A written PDF: its export result, reader, and the text of each page (1-based list)."""

    export: PdfExport
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def read_pdf(export: PdfExport) -> ReadPdf:
    reader = PdfReader(export.path)
    return ReadPdf(export, reader, [page.extract_text() or "" for page in reader.pages])


def export_pdf(plan: Path, target: Path, options: ReportOptions | None = None) -> ReadPdf:
    with Workspace.open(plan, read_only=True) as workspace:
        export = write_pdf(workspace.services, workspace.plan_id, target, options, today=TODAY)
    return read_pdf(export)


@pytest.fixture(scope="session")
def demo_plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo")
    return {
        lang: build_demo(folder / f"demo-{lang}.stratdesk", lang, today=TODAY)
        for lang in ("en", "fr")
    }


@pytest.fixture(scope="session")
def demo_pdfs(
    demo_plans: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, ReadPdf]:
    folder = tmp_path_factory.mktemp("pdf")
    return {
        lang: export_pdf(path, folder / f"plan-{lang}.pdf", ReportOptions(language=lang))
        for lang, path in demo_plans.items()
    }


@pytest.fixture
def pdf_of():
    """`pdf_of(plan_path, target, options)`: write the PDF and read it back (a `ReadPdf`)."""
    return export_pdf
