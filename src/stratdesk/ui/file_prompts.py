"""What the window says, and offers, when a plan file cannot be written.

- Open elsewhere: open it read-only; take it over only when the holder is another computer
  (a live process on this computer is never taken over, a dead one is recovered silently).
- Damaged: it is never written; restore a backup, or look at it read-only.
- Taken over by another window, or found damaged after it opened: the window stops writing
  and says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from stratdesk.ui.main_window import MainWindow


translate = QCoreApplication.translate


def offer_locked_choices(window: MainWindow, path: Path, error: Exception) -> QMessageBox:
    """A plan open elsewhere: read it; take it over only if its holder is on another computer
    and the person is sure that copy is gone (a crash)."""
    box = window.show_error(translate("FilePrompts", "The plan is open elsewhere"), str(error))
    owner = getattr(error, "owner", None)
    can_take_over = bool(getattr(error, "can_take_over", False))
    if can_take_over:
        box.setInformativeText(
            translate(
                "FilePrompts",
                "Open it read-only to look without changing it. Take over only if you are "
                "sure it is not open anywhere else (for example after a crash): two copies "
                "writing the same plan would lose changes.",
            )
        )
    else:
        box.setInformativeText(
            translate(
                "FilePrompts",
                "It is open in another stratdesk window on this computer: switch to that "
                "window to change it, or open it read-only here.",
            )
        )
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    read = box.addButton(
        translate("FilePrompts", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    take = None
    if can_take_over:
        take = box.addButton(
            translate("FilePrompts", "Take over"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.setDefaultButton(read)

    def chosen(button: object) -> None:
        if button is read:
            window.open_file(path, read_only=True)
        elif take is not None and button is take:
            from stratdesk.services.workspace import PlanLocked, break_lock

            try:
                break_lock(path, owner)  # refused if the holder changed meanwhile
            except PlanLocked as exc:
                window.show_error(translate("FilePrompts", "The plan is open elsewhere"), str(exc))
                return
            window.open_file(path)

    box.buttonClicked.connect(chosen)
    return box


def offer_damaged_choices(window: MainWindow, path: Path, text: str) -> QMessageBox:
    """A damaged plan: it will not be written. Restore a backup, or look at it read-only."""
    box = window.show_error(translate("FilePrompts", "The plan is damaged"), text)
    box.setInformativeText(
        translate(
            "FilePrompts",
            "Restoring puts a backup in its place and keeps the damaged file beside it. "
            "Opened read-only, the parts that can still be read are shown.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Cancel)
    restore = box.addButton(
        translate("FilePrompts", "Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    read = box.addButton(
        translate("FilePrompts", "Open read-only"), QMessageBox.ButtonRole.ActionRole
    )
    box.setDefaultButton(restore)

    def chosen(button: object) -> None:
        if button is restore:
            window.restore_backup(path)
        elif button is read:
            window.open_file(path, read_only=True, allow_damaged=True)

    box.buttonClicked.connect(chosen)
    return box


def tell_writing_stopped(window: MainWindow, text: str, kind: str) -> QMessageBox:
    """The open plan may no longer be written: say why; a damaged one can be restored."""
    if kind == "damaged" and window.document is not None:
        return offer_damaged_choices_open(window, Path(window.document.path), text)
    return window.show_error(translate("FilePrompts", "The plan is now read-only"), text)


def offer_damaged_choices_open(window: MainWindow, path: Path, text: str) -> QMessageBox:
    """Found damaged while open: it stays on screen read-only; offer to restore a backup."""
    box = window.show_error(translate("FilePrompts", "The plan is damaged"), text)
    box.setInformativeText(
        translate(
            "FilePrompts",
            "It stays open read-only. Restoring a backup closes it and puts the backup in "
            "its place.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    restore = box.addButton(
        translate("FilePrompts", "Restore from a backup…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.buttonClicked.connect(lambda button: button is restore and window.restore_backup(path))
    return box
