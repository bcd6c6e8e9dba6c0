"""New plan: the client's name, the plan's title, years, currency, language and consultant.

The dialog checks the answers with the same rules the plan service applies (a refusal is shown
inline, in the dialog, and the field at fault gets the focus); choosing where to save the file
comes after, from the main window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.errors import InvalidInput
from stratdesk.ui.style import set_error_style, sized_font, title_label

Validator = Callable[[dict[str, Any], dict[str, Any]], None]
CURRENCIES = ("EUR", "USD", "GBP", "CHF", "CAD")


def validate_new_plan(client: dict[str, Any], plan: dict[str, Any]) -> None:
    """The plan service's rules for a new client and plan (raises InvalidInput)."""
    from stratdesk.services.plans import PlanService

    PlanService.validate_new(client, plan)


class NewPlanDialog(QDialog):
    """Asks for what a new plan needs; `client_data()` / `plan_data()` once accepted."""

    def __init__(
        self,
        language: str = "fr",
        validate: Validator = validate_new_plan,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._validate = validate
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(560)
        self.client_edit = QLineEdit()
        self.client_edit.setPlaceholderText(self.tr("e.g. Brûlerie des Quais"))
        self.title_edit = QLineEdit()
        self.start_spin = QSpinBox()
        self.start_spin.setRange(1990, 2100)
        self.start_spin.setValue(dt.date.today().year)
        self.horizon_spin = QSpinBox()
        self.horizon_spin.setRange(1, 10)
        self.horizon_spin.setValue(3)
        self.horizon_spin.setSuffix(self.tr(" years"))
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(CURRENCIES)
        self.currency_combo.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self)
        )
        self.language_combo = QComboBox()
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.consultant_edit = QLineEdit()
        self.consultant_edit.setPlaceholderText(self.tr("Your name, on the printed plan's cover"))
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.setFont(sized_font(self.error_label, 12, bold=True))
        self.error_label.hide()
        self._build_layout()
        # The title follows the years until the person types their own.
        self._title_touched = False
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.start_spin.valueChanged.connect(self._suggest_title)
        self.horizon_spin.valueChanged.connect(self._suggest_title)
        self._suggest_title()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("Client name"), self.client_edit)
        form.addRow(self.tr("Plan title"), self.title_edit)
        form.addRow(self.tr("First year"), self.start_spin)
        form.addRow(self.tr("Horizon"), self.horizon_spin)
        form.addRow(self.tr("Currency"), self.currency_combo)
        form.addRow(self.tr("Language of the plan"), self.language_combo)
        form.addRow(self.tr("Prepared by"), self.consultant_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(title_label(self.tr("A new marketing plan"), 16))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _on_title_edited(self, text: str) -> None:
        self._title_touched = bool(text)

    def _suggest_title(self) -> None:
        if self._title_touched:
            return
        start = self.start_spin.value()
        end = start + self.horizon_spin.value() - 1
        text = (
            self.tr("Marketing plan {start}–{end}")
            if end > start
            else self.tr("Marketing plan {start}")
        )
        self.title_edit.setText(text.format(start=start, end=end))

    def client_data(self) -> dict[str, Any]:
        return {"name": self.client_edit.text().strip()}

    def plan_data(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text().strip(),
            "start_year": self.start_spin.value(),
            "horizon_years": self.horizon_spin.value(),
            "currency": self.currency_combo.currentText().strip().upper(),
            "language": self.language_combo.currentData(),
            "consultant": self.consultant_edit.text().strip(),
        }

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def accept(self) -> None:
        """Close only when the answers would be accepted; else say why, in place."""
        try:
            self._validate(self.client_data(), self.plan_data())
        except InvalidInput as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            self._focus_field(exc.field)
            return
        self.error_label.hide()
        super().accept()

    def _focus_field(self, field: str | None) -> None:
        widgets = {
            "name": self.client_edit,
            "title": self.title_edit,
            "start_year": self.start_spin,
            "horizon_years": self.horizon_spin,
            "currency": self.currency_combo,
            "consultant": self.consultant_edit,
        }
        widget = widgets.get(field or "")
        if widget is not None:
            widget.setFocus()
