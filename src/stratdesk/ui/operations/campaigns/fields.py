"""Small fields of the campaign editor: a date that says when it is committed, and the
colour choice (swatches, or any colour from the colour dialog)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker, QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QColorDialog, QComboBox, QWidget

from stratdesk.ui.widgets.date_edit import CalendarPopup, DateEdit

# Told apart with the common colour-vision deficiencies (Okabe–Ito), then the demo's own.
SWATCHES = (
    "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000",
    "#2E86AB", "#C73E1D", "#6A994E", "#7B2CBF",
)  # fmt: skip
CUSTOM = "custom"


class CommittingDateEdit(DateEdit):
    """A `DateEdit` that tells when a date is chosen: editing finished on a readable date (or
    on an empty optional field: None), or a day picked on the calendar (`committed`), never
    while typing."""

    committed = Signal(object)  # datetime.date, or None for an optional field emptied

    def __init__(self, parent: QWidget | None = None, **options: object) -> None:
        super().__init__(parent, **options)  # type: ignore[arg-type]
        self._listening = False
        self.editingFinished.connect(self._commit)

    def open_picker(self) -> CalendarPopup:
        popup = super().open_picker()
        if not self._listening:
            popup.chosen.connect(self._picked_then_commit)
            self._listening = True
        return popup

    def _picked_then_commit(self, day: dt.date) -> None:
        self.committed.emit(day)

    def _commit(self) -> None:
        if self.is_valid() and (self.date() is not None or self.optional):
            self.committed.emit(self.date())


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ColourCombo(QComboBox):
    """The swatches, the current colour when it is none of them, and "Other colour…"."""

    chosen = Signal(str)  # "#rrggbb"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = SWATCHES[0]
        self.dialog: QColorDialog | None = None
        self.setAccessibleName(self.tr("Colour"))
        self.activated.connect(self._activated)
        self.set_colour(SWATCHES[0])

    def set_colour(self, colour: str) -> None:
        blocker = QSignalBlocker(self)
        self.colour = colour.upper()
        self.clear()
        shown = list(SWATCHES) if self.colour in SWATCHES else [*SWATCHES, self.colour]
        for value in shown:
            self.addItem(swatch(value), value, value)
        self.addItem(self.tr("Other colour…"), CUSTOM)
        self.setCurrentIndex(shown.index(self.colour))
        del blocker

    def _activated(self, index: int) -> None:
        value = self.itemData(index)
        if value == CUSTOM:
            self.setCurrentIndex(max(0, self.findData(self.colour)))
            self.open_dialog()
        elif value != self.colour:
            self.chosen.emit(value)

    def open_dialog(self) -> QColorDialog:
        """The colour dialog, non-modal to the rest of the app; choosing emits `chosen`."""
        dialog = QColorDialog(QColor(self.colour), self)
        dialog.colorSelected.connect(lambda colour: self.chosen.emit(colour.name().upper()))
        self.dialog = dialog
        dialog.open()
        return dialog
