"""The import dialog's answers to what a file cannot settle (see `io.import_questions`).

Three choices, each with a safe default that asks rather than guesses: rows without a value
refuse the import unless "Skip them" is ticked; the decimal separator comes from the file
unless one is chosen; days that already hold a value from another source are asked about
unless replace, keep both or skip is chosen. When an import stops on one of these questions,
`ask(error)` points the person at the choice that answers it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from stratdesk.io.kpi_import import AmbiguousDecimal, BlankValues, ExistingValues


class ImportOptions(QWidget):
    """The decimal separator, rows without a value, and days held by another source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimal_combo = QComboBox()
        self.decimal_combo.setObjectName("decimal")
        for text, value in (
            (self.tr("As the file writes it"), None),
            (self.tr("Comma (1 234,5)"), ","),
            (self.tr("Dot (1,234.5)"), "."),
        ):
            self.decimal_combo.addItem(text, value)
        self.skip_blank = QCheckBox(self.tr("Skip them (they are counted and named)"))
        self.skip_blank.setObjectName("skip_blank")
        self.existing_combo = QComboBox()
        self.existing_combo.setObjectName("existing")
        for text, value in (
            (self.tr("Ask me"), None),
            (self.tr("Replace those values"), "replace"),
            (self.tr("Keep both"), "keep"),
            (self.tr("Skip those days"), "skip"),
        ):
            self.existing_combo.addItem(text, value)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Decimal separator"), self.decimal_combo)
        form.addRow(self.tr("Rows without a value"), self.skip_blank)
        form.addRow(self.tr("Days with a value from another source"), self.existing_combo)
        self.form = form

    def values(self) -> dict[str, Any]:
        """The keyword arguments of `import_file` these choices make."""
        return {
            "decimal": self.decimal_combo.currentData(),
            "skip_blank": self.skip_blank.isChecked(),
            "existing": self.existing_combo.currentData(),
        }

    def ask(self, error: Exception) -> str:
        """If `error` is a question these choices answer, focus the choice and return what
        to say after the error's message; "" otherwise."""
        if isinstance(error, BlankValues):
            widget: QWidget = self.skip_blank
            text = self.tr("Tick “Skip them” below to import the other rows, or fill them in.")
        elif isinstance(error, AmbiguousDecimal):
            widget = self.decimal_combo
            text = self.tr("Choose the decimal separator below, then import again.")
        elif isinstance(error, ExistingValues):
            widget = self.existing_combo
            text = self.tr("Choose below what to do with those days, then import again.")
        else:
            return ""
        widget.setFocus()
        return text
