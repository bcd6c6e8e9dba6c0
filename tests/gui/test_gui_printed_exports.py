"""File › Export PDF… and File › Export › Workbook…: the options dialog, then the export in a
worker thread (the window keeps running its event loop), the file written, the status bar
told; the dialog's choices become the export's options."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from stratdesk.reports import pdf as pdf_module
from stratdesk.reports.options import SECTIONS, ReportOptions
from stratdesk.ui.exports import pdf as pdf_export
from stratdesk.ui.exports.pdf_dialog import PdfOptionsDialog


def _campaign(window) -> None:
    document = window.document
    document.services.campaigns.create(
        document.plan_id,
        {"name": "Launch <b>", "start": dt.date(2026, 3, 1), "end": dt.date(2026, 3, 9)},
    )


def test_file_export_pdf_runs_in_the_background(plan_window, tmp_path, monkeypatch, qtbot):
    _campaign(plan_window)
    target = tmp_path / "plan.pdf"
    options = ReportOptions(language="en", sections=("campaigns",))
    monkeypatch.setattr(pdf_export, "ask_pdf_options", lambda parent, document: options)
    monkeypatch.setattr(pdf_export, "ask_pdf_path", lambda parent, name: target)
    threads: list[bool] = []
    real = pdf_module.write_pdf

    def spy(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf_module, "write_pdf", spy)
    assert plan_window.actions.export_pdf.isEnabled()
    plan_window.actions.export_pdf.trigger()
    runner = plan_window.export_runner
    with qtbot.waitSignal(runner.finished, timeout=30_000) as done:
        pass
    assert threads == [False]  # written off the GUI thread
    reader = PdfReader(target)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Campaigns and budget" in text and "Launch <b>" in text
    message = plan_window.statusBar().currentMessage()
    assert message == f"The plan was written to {target} ({done.args[0].pages} pages)"


def test_cancelling_the_options_writes_nothing(plan_window, monkeypatch, tmp_path):
    monkeypatch.setattr(pdf_export, "ask_pdf_options", lambda parent, document: None)
    assert plan_window.export_pdf() is None
    assert list(tmp_path.glob("*.pdf")) == []


def test_file_export_workbook(plan_window, tmp_path, monkeypatch, qtbot):
    _campaign(plan_window)
    target = tmp_path / "plan.xlsx"
    monkeypatch.setattr(pdf_export, "ask_workbook_path", lambda parent, name: target)
    plan_window.actions.export_workbook.trigger()
    with qtbot.waitSignal(plan_window.export_runner.finished, timeout=30_000):
        pass
    sheets = openpyxl.load_workbook(target).sheetnames
    assert len(sheets) > 10
    assert plan_window.statusBar().currentMessage() == f"The workbook was written to {target}"


def test_the_exports_wait_for_a_plan(window) -> None:
    assert not window.actions.export_pdf.isEnabled()
    assert not window.actions.export_workbook.isEnabled()
    assert window.export_pdf() is None and window.export_workbook() is None


def test_the_options_dialog_reads_its_choices(qtbot) -> None:
    dialog = PdfOptionsDialog("fr")
    qtbot.addWidget(dialog)
    assert dialog.options() == ReportOptions(language="fr", paper="a4", sections=SECTIONS)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for row in range(dialog.sections_list.count()):
        item = dialog.sections_list.item(row)
        if item.data(Qt.ItemDataRole.UserRole) != "kpis":
            item.setCheckState(Qt.CheckState.Unchecked)
    assert ok.isEnabled()
    assert dialog.options().sections == ("kpis",)
    dialog.sections_list.item(SECTIONS.index("kpis")).setCheckState(Qt.CheckState.Unchecked)
    assert not ok.isEnabled()  # nothing to print
    dialog.summary_check.setChecked(True)
    assert ok.isEnabled() and not dialog.sections_list.isEnabled()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))
    chosen = dialog.options()
    assert (chosen.language, chosen.paper, chosen.summary_only) == ("en", "letter", True)


def test_a_suggested_name_has_no_forbidden_characters(plan_window) -> None:
    from stratdesk.ui.exports.paths import suggested_stem

    stem = suggested_stem(plan_window.document, "plan")
    assert stem and not any(ch in stem for ch in '<>:"/\\|?*')
    assert Path(stem + ".pdf").suffix == ".pdf"
