"""Help › About: the version, and what stratdesk is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from stratdesk import __version__


def show_about(parent: QWidget) -> QMessageBox:
    """A non-blocking About box (closed by its button)."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setWindowTitle(translate("About", "About stratdesk"))
    box.setText(translate("About", "stratdesk {version}").format(version=__version__))
    box.setInformativeText(
        translate(
            "About",
            "A client's marketing plan in one file: strategy and operations, offline, printable.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
