"""File › Export PDF… and File › Export › Workbook…: the choices, where to save, then the
export in the background (see `runner`), reading read models only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from stratdesk.reports.options import ReportOptions
from stratdesk.ui.exports.paths import ask_save_path, suggested_stem
from stratdesk.ui.exports.runner import ExportJob, ExportRunner

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

translate = QCoreApplication.translate
AskOptions = Callable[[QWidget, "PlanDocument"], ReportOptions | None]
AskPath = Callable[[QWidget, str], Path | None]


def ask_pdf_options(parent: QWidget, document: PlanDocument) -> ReportOptions | None:
    from stratdesk.ui.exports.pdf_dialog import PdfOptionsDialog

    dialog = PdfOptionsDialog(document.plan.language.value, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.options() if accepted else None
    finally:
        dialog.deleteLater()


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(
        parent,
        translate("PdfExport", "Export the plan as a PDF"),
        suggested,
        translate("PdfExport", "PDF documents (*.pdf)"),
        ".pdf",
    )


def ask_workbook_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_path(
        parent,
        translate("PdfExport", "Export the plan as a workbook"),
        suggested,
        translate("PdfExport", "Excel workbooks (*.xlsx)"),
        ".xlsx",
    )


def _ready(document: PlanDocument) -> None:
    document.services.warm_up()  # every service built here, not in the worker thread


def export_pdf(
    parent: QWidget,
    document: PlanDocument,
    ask_options: AskOptions | None = None,
    ask_path: AskPath | None = None,
    notify: Callable[[str], object] | None = None,
) -> ExportRunner | None:
    """Ask for the options and the place, then write the PDF; None when cancelled."""
    options = (ask_options or ask_pdf_options)(parent, document)
    if options is None:
        return None
    path = (ask_path or ask_pdf_path)(parent, suggested_stem(document, "plan") + ".pdf")
    if path is None:
        return None
    from stratdesk.reports.pdf import write_pdf

    _ready(document)
    services, plan_id = document.services, document.plan_id
    runner = ExportRunner(parent, notify)
    runner.start(
        ExportJob(
            title=translate("PdfExport", "Writing the PDF…"),
            run=lambda progress: write_pdf(services, plan_id, path, options, progress=progress),
            done=lambda result: translate(
                "PdfExport", "The plan was written to {path} ({pages} pages)"
            ).format(path=result.path, pages=result.pages),
        )
    )
    return runner


def export_workbook(
    parent: QWidget,
    document: PlanDocument,
    ask_path: AskPath | None = None,
    notify: Callable[[str], object] | None = None,
) -> ExportRunner | None:
    """Ask where, then write the workbook; None when cancelled."""
    path = (ask_path or ask_workbook_path)(parent, suggested_stem(document, "plan") + ".xlsx")
    if path is None:
        return None
    from stratdesk.io.xlsx_export import export_workbook as write_workbook

    _ready(document)
    services, plan_id = document.services, document.plan_id
    runner = ExportRunner(parent, notify)
    runner.start(
        ExportJob(
            title=translate("PdfExport", "Writing the workbook…"),
            run=lambda progress: write_workbook(services, plan_id, path, progress=progress),
            done=lambda result: translate("PdfExport", "The workbook was written to {path}").format(
                path=result.path
            ),
        )
    )
    return runner
