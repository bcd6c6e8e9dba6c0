"""Where to save an export: a file name suggested from the client and the plan, and the save
dialog that adds the format's extension when the person left it out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QWidget

from stratdesk.ui.files import documents_dir

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def suggested_stem(document: PlanDocument, fallback: str) -> str:
    """ "Client - Plan title", without the characters a file name cannot hold."""
    raw = f"{document.client.name} - {document.plan.title}"
    safe = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in raw)
    return (safe.strip(" -") or fallback)[:120]


def ask_save_path(
    parent: QWidget, title: str, suggested: str, file_filter: str, suffix: str
) -> Path | None:
    """The save dialog; `suffix` (".pdf") added when missing; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, title, str(documents_dir() / suggested), file_filter
    )
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix.lower() == suffix else chosen.with_name(chosen.name + suffix)
