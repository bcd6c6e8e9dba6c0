"""Asks for a trajectory: from a baseline to a target, between two days of the plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import KpiPeriod
from stratdesk.domain.kpi_trajectory import period_starts
from stratdesk.ui.style import secondary_label

LIMIT = 1e12


def _day(value: QDate) -> dt.date:
    # QDate.toPython() gives the same date, but typed `object` in PySide6's stubs.
    return dt.date(value.year(), value.month(), value.day())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def number_box(value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-LIMIT, LIMIT)
    box.setDecimals(2)
    box.setGroupSeparatorShown(True)
    box.setValue(value)
    box.setMinimumWidth(180)
    return box


class TrajectoryDialog(QDialog):
    """Baseline, target and the span; the periods are the KPI's (months, weeks, quarters)."""

    def __init__(
        self,
        kpi_name: str,
        baseline: float,
        target: float,
        span: tuple[dt.date, dt.date],
        limits: tuple[dt.date, dt.date],
        period: KpiPeriod,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Generate trajectory"))
        self._period = period
        self.baseline = number_box(baseline)
        self.target = number_box(target)
        self.start = QDateEdit(_qdate(span[0]))
        self.end = QDateEdit(_qdate(span[1]))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setDateRange(_qdate(limits[0]), _qdate(limits[1]))
            edit.dateChanged.connect(self._update_summary)
        form = QFormLayout()
        form.addRow(self.tr("Baseline (before the first period)"), self.baseline)
        form.addRow(self.tr("Target (at the last period)"), self.target)
        form.addRow(self.tr("From"), self.start)
        form.addRow(self.tr("To"), self.end)
        self.summary = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Generate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(
            secondary_label(
                self.tr(
                    "A straight line of targets for “{name}”, one per period, reaching the "
                    "target at the last one. The targets of these periods are replaced; Undo "
                    "puts them back."
                ).format(name=kpi_name),
                12,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self._update_summary()

    def values(self) -> tuple[float, float, dt.date, dt.date]:
        return (
            self.baseline.value(),
            self.target.value(),
            _day(self.start.date()),
            _day(self.end.date()),
        )

    def _update_summary(self) -> None:
        _b, _t, start, end = self.values()
        if end < start:
            self.summary.setText(self.tr("The end comes before the start."))
            self.ok_button.setEnabled(False)
            return
        count = len(period_starts(start, end, self._period))
        self.summary.setText(self.tr("%n period(s) will get a target.", "", count))
        self.ok_button.setEnabled(True)
