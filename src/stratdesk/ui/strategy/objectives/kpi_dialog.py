"""Create a KPI from an objective: its name, unit, period and good direction.

The direction starts from the objective (a target under its baseline is a cost to cut). The
dialog never writes: `submit(data)` (the page's intents) creates the KPI and links the
objective in one undo step and returns "" — or the refusal, shown in the dialog, which stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import KpiDirection, KpiPeriod, KpiUnit
from stratdesk.domain.labels import enum_choices
from stratdesk.domain.objective_progress import direction_of
from stratdesk.services.read_models import ObjectiveRead
from stratdesk.ui.style import secondary_label, set_error_style


def _combo(choices: tuple[tuple[Any, str], ...], current: Any) -> QComboBox:
    combo = QComboBox()
    for value, label in choices:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class KpiFromObjectiveDialog(QDialog):
    def __init__(
        self,
        objective: ObjectiveRead,
        submit: Callable[[dict[str, Any]], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self.setWindowTitle(self.tr("Create a KPI from this objective"))
        context = " ".join(objective.statement.split())
        self.context_label = secondary_label(
            self.tr("It will measure: {objective}").format(objective=context), 12
        )
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Active subscriptions"))
        self.unit_combo = _combo(enum_choices(KpiUnit), KpiUnit.COUNT)
        self.period_combo = _combo(enum_choices(KpiPeriod), KpiPeriod.MONTH)
        direction = direction_of(objective.baseline, objective.target)
        self.direction_combo = _combo(enum_choices(KpiDirection), direction)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Unit"), self.unit_combo)
        form.addRow(self.tr("Measured every"), self.period_combo)
        form.addRow(self.tr("Good direction"), self.direction_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create and link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.context_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def data(self) -> dict[str, Any]:
        return {
            "name": self.name_edit.text().strip(),
            "unit": self.unit_combo.currentData(),
            "period": self.period_combo.currentData(),
            "direction": self.direction_combo.currentData(),
        }

    def accept(self) -> None:
        """Create and link; on a refusal say why and stay open."""
        message = self._submit(self.data())
        if message:
            self.error_label.setText(message)
            self.error_label.show()
            self.name_edit.setFocus()
            return
        super().accept()
