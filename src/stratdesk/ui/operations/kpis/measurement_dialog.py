"""Adds a measurement: a value, or for a computed KPI the formula's inputs (CTR from clicks
and impressions…); the dialog shows the formula and the value it gives before saving.

A KPI whose periods are computed by its formula (aggregation "formula") stores the inputs
themselves, one measurement per component, so that a period's actual is the formula over
their totals; any other computed KPI stores the value the inputs give."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale
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

from stratdesk.domain.enums import KpiAggregation
from stratdesk.domain.kpi_formulas import compute, formula_text, input_label, inputs, is_computed
from stratdesk.services.read_models_ops import KpiRead
from stratdesk.ui.delegates import parse_number
from stratdesk.ui.style import secondary_label, set_error_style
from stratdesk.ui.widgets.date_edit import DateEdit


def _number(edit: QLineEdit) -> float | None:
    value = parse_number(edit.text(), QLocale())
    return value if isinstance(value, float) else None


class MeasurementDialog(QDialog):
    """One measurement of `kpi`; `data()` is what `KpiMeasurementService.create` takes."""

    def __init__(
        self,
        kpi: KpiRead,
        campaigns: tuple[tuple[int, str], ...],
        formatter: Callable[[float], str],
        day: dt.date | None = None,
        parent: QWidget | None = None,
        years: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.kpi = kpi
        self._format = formatter
        self.setWindowTitle(self.tr("Add a measurement of {name}").format(name=kpi.name))
        # Typed (31/01/2027) or picked; the calendar opens within the plan's years.
        self.day = DateEdit(years=years)
        today = dt.date.today()
        if day is None and (years is None or years[0] <= today.year <= years[1]):
            day = today  # outside the plan, no guess: the person types or picks the day
        self.day.set_date(day)
        self.day_problem = QLabel()
        self.day_problem.setWordWrap(True)
        set_error_style(self.day_problem)
        self.day_problem.hide()
        self.day.problem_changed.connect(self._show_day_problem)
        self.value = QLineEdit()
        self.inputs: dict[str, QLineEdit] = {name: QLineEdit() for name in inputs(kpi.formula)}
        self.source = QLineEdit(self.tr("Manual entry"))
        self.campaign = QComboBox()
        self.campaign.addItem("—", None)
        for campaign_id, name in campaigns:
            self.campaign.addItem(name, campaign_id)
        self.result_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow("", self.day_problem)
        if self.computed:
            for name, edit in self.inputs.items():
                form.addRow(input_label(name), edit)
                edit.textChanged.connect(self._update)
        else:
            form.addRow(self.tr("Value"), self.value)
            self.value.textChanged.connect(self._update)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Campaign"), self.campaign)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.stores_components:
            hint = self.tr(
                "Computed as {formula}: enter the inputs. They are stored, and each period's "
                "actual is the formula over their totals."
            )
        else:
            hint = self.tr("Computed as {formula}: enter the inputs, the value is stored.")
        if self.computed:
            note = secondary_label(hint.format(formula=formula_text(kpi.formula)), 12)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self._update()

    @property
    def computed(self) -> bool:
        return is_computed(self.kpi.formula)

    @property
    def stores_components(self) -> bool:
        """The inputs are stored as components (the KPI's periods use its formula)."""
        return self.computed and self.kpi.aggregation == KpiAggregation.FORMULA

    def computed_value(self) -> float | None:
        """The value to store: typed, or the formula's result (None when it has none)."""
        if not self.computed:
            return _number(self.value)
        values = {name: _number(edit) for name, edit in self.inputs.items()}
        return compute(self.kpi.formula, {k: v for k, v in values.items() if v is not None})

    def accept(self) -> None:
        """Refused while the date cannot be read: the field says why, the dialog stays."""
        if self.day.show_problem():
            self.day.setFocus()
            return
        super().accept()

    def data(self) -> dict[str, Any]:
        return {
            "day": self.day.date(),
            "value": self.computed_value(),
            "source": self.source.text().strip(),
            "campaign_id": self.campaign.currentData(),
        }

    def rows(self) -> list[dict[str, Any]]:
        """What to store: the value, or one row per input when components are stored."""
        if not self.stores_components:
            return [self.data()]
        common = self.data()
        rows = []
        for name, edit in self.inputs.items():
            value = _number(edit)
            if value is not None:
                rows.append({**common, "value": value, "component": name})
        return rows

    def _show_day_problem(self, message: str) -> None:
        self.day_problem.setText(message)
        self.day_problem.setVisible(bool(message))

    def _update(self) -> None:
        value = self.computed_value()
        self.ok_button.setEnabled(value is not None)
        if value is None:
            self.result_label.setText(
                self.tr("Fill in every input (a zero divisor gives no value).")
                if self.computed
                else self.tr("Type the measured value.")
            )
        elif self.computed:
            self.result_label.setText(
                self.tr("{formula} = {value}").format(
                    formula=formula_text(self.kpi.formula), value=self._format(value)
                )
            )
        else:
            self.result_label.setText(self.tr("Value: {value}").format(value=self._format(value)))
