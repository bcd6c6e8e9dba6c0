"""File › Export › Calendar… (and the Campaigns page's button): where to save the campaigns
as an iCalendar file, then the export in the background (see `runner`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from stratdesk.ui.exports.runner import ExportJob, ExportRunner
from stratdesk.ui.files import documents_dir

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

translate = QCoreApplication.translate
AskPath = Callable[[QWidget, str], Path | None]


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    """The file dialog: where to write the .ics (".ics" added when missing)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("CalendarExport", "Export the campaigns as a calendar"),
        str(documents_dir() / suggested),
        translate("CalendarExport", "iCalendar files (*.ics)"),
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == ".ics" else chosen.with_name(chosen.name + ".ics")


def suggested_name(document: PlanDocument) -> str:
    raw = f"{document.client.name} - {document.plan.title}"
    safe = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in raw)
    return (safe.strip(" -") or "campaigns")[:120] + ".ics"


def export_calendar(
    parent: QWidget,
    document: PlanDocument,
    ask_path: AskPath | None = None,
    notify: Callable[[str], object] | None = None,
) -> ExportRunner | None:
    """Ask where, then export; the runner (None when the person cancelled the dialog)."""
    path = (ask_path or ask_save_path)(parent, suggested_name(document))
    if path is None:
        return None
    from stratdesk.io.ics_export import export_calendar as write_calendar

    services, plan_id = document.services, document.plan_id
    for name in ("plans", "campaigns", "objectives", "segments"):
        getattr(services, name)  # built here, not in the worker thread
    runner = ExportRunner(parent, notify)
    runner.start(
        ExportJob(
            title=translate("CalendarExport", "Exporting the campaigns…"),
            run=lambda progress: write_calendar(services, plan_id, path, progress=progress),
            done=lambda result: (
                translate("CalendarExport", "1 campaign written to {path}")
                if result.events == 1
                else translate("CalendarExport", "{n} campaigns written to {path}")
            ).format(n=result.events, path=result.path),
        )
    )
    return runner
