"""Choosing plan files (Qt dialogs; tests swap in their own chooser) and the demo plan."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from stratdesk import FILE_SUFFIX


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def _filter() -> str:
    return QCoreApplication.translate("FileChooser", "stratdesk plans (*{suffix})").format(
        suffix=FILE_SUFFIX
    )


class FileChooser:
    """Asks the person for a plan to open or a place to save a new one."""

    def open_path(self, parent: QWidget | None) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Open a plan"),
            str(documents_dir()),
            _filter(),
        )
        return Path(path) if path else None

    def save_path(self, parent: QWidget | None, suggested_name: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("FileChooser", "Save the new plan as"),
            str(documents_dir() / suggested_name),
            _filter(),
        )
        if not path:
            return None
        chosen = Path(path)
        return (
            chosen if chosen.suffix == FILE_SUFFIX else chosen.with_name(chosen.name + FILE_SUFFIX)
        )


def suggested_file_name(client: str, title: str) -> str:
    """ "Acme — Plan 2026" → "Acme - Plan 2026.stratdesk", without characters files refuse."""
    raw = f"{client} - {title}".strip(" -")
    safe = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in raw)
    return (safe or "plan")[:120] + FILE_SUFFIX


def ensure_demo(language: str) -> Path:
    """The demo plan for `language`, built on first use in the user data folder."""
    from stratdesk.userdirs import demo_path

    path = demo_path(language)
    if not path.exists():
        from stratdesk.services.demo import build_demo  # only when needed: it is not small

        build_demo(path, language)
    return path
