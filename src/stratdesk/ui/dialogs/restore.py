"""File › Restore from a backup…: the plan's automatic backups, and bringing one back.

The dialog lists the backups newest first (local date and time, size, what each holds). The
chosen one replaces the plan file, which is closed first and kept beside it, renamed with the
date and time; the restored plan then opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.errors import StratdeskError
from stratdesk.ui.busy import busy_cursor

if TYPE_CHECKING:
    from stratdesk.services.backups import BackupEntry
    from stratdesk.ui.main_window import MainWindow


translate = QCoreApplication.translate


class RestoreDialog(QDialog):
    """The backups of one plan file; `selected_id()` is the one chosen."""

    def __init__(
        self, path: Path, entries: list[BackupEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.entries = entries
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(760, 420)
        intro = QLabel(
            self.tr(
                "Choose the backup to put in the place of “{name}”. The file as it is now is "
                "kept beside it, renamed with today's date and time."
            ).format(name=self.path.name)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(entries), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date and time"), self.tr("Size"), self.tr("Contents")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(entries):
            when = QTableWidgetItem(entry.when())
            when.setData(Qt.ItemDataRole.UserRole, entry.id)
            size = QTableWidgetItem(entry.size_text())
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            summary = QTableWidgetItem(entry.summary())
            summary.setToolTip(entry.summary())
            for column, item in enumerate((when, size, summary)):
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        if entries:
            self.table.selectRow(0)  # the newest
        self._update()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _update(self) -> None:
        self.restore_button.setEnabled(self.selected_id() is not None)


def open_restore(window: MainWindow, path: Path | None = None) -> RestoreDialog | None:
    """Ask which backup of `path` (default: the open plan, else one chosen) to restore."""
    from stratdesk.services.backups import list_backups

    if path is None:
        path = window.document.path if window.document is not None else None
        path = path or window.chooser.open_path(window)
        if path is None:
            return None
    path = Path(path)
    title = translate("RestoreDialog", "No backup to restore")
    try:
        with busy_cursor():  # each backup is opened to count what it holds
            entries = list_backups(path)
    except (StratdeskError, OSError) as exc:
        window.show_error(title, str(exc))
        return None
    if not entries:
        window.show_error(
            title,
            translate("RestoreDialog", "No automatic backup of “{name}” was found.").format(
                name=path.name
            ),
        )
        return None
    dialog = RestoreDialog(path, entries, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: restore_now(window, path, dialog.selected_id()))
    dialog.open()
    return dialog


def restore_now(window: MainWindow, path: Path, backup_id: str | None) -> bool:
    """Close the plan if it is open here, put the backup in its place and open it."""
    from stratdesk.services.backups import local_time, restore

    was_open = window.document is not None and Path(window.document.path) == path
    if was_open:
        window.close_file()
    try:
        with busy_cursor():
            result = restore(path, backup_id)
    except (StratdeskError, OSError) as exc:
        window.show_error(translate("RestoreDialog", "The backup could not be restored"), str(exc))
        if was_open:
            window.open_file(path)
        return False
    if not window.open_file(path):
        return False
    when = local_time(result.created) if result.created is not None else result.backup.name
    text = translate("RestoreDialog", "“{name}” was restored from the backup of {date}.").format(
        name=path.name, date=when
    )
    if result.kept_aside is not None:
        text += " " + translate(
            "RestoreDialog", "The file it replaced was kept as “{aside}”."
        ).format(aside=result.kept_aside.name)
    window.show_notice(text)
    return True
