"""Edit one roadmap initiative: every field, the dates typed with the shared date field.

The dialog never writes: OK hands `submit(changes)` the fields that differ (the page pushes
them as one undo step) and closes on "" — or shows the refusal (a bad date, an end before
its start) and stays open, nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import WorkStatus
from stratdesk.domain.labels import enum_choices
from stratdesk.domain.roadmap import LANE_COLOURS, OBJECTIVE, LaneKey, lane_fields, lane_of
from stratdesk.services.read_models import RoadmapItemRead
from stratdesk.ui.style import secondary_label, set_error_style
from stratdesk.ui.widgets.date_edit import DateEdit


def colour_choices() -> list[tuple[str, str]]:
    """The colours an item may take besides its lane's: (#rrggbb, name)."""
    names = (
        QCoreApplication.translate("RoadmapItemDialog", "Blue"),
        QCoreApplication.translate("RoadmapItemDialog", "Orange"),
        QCoreApplication.translate("RoadmapItemDialog", "Green"),
        QCoreApplication.translate("RoadmapItemDialog", "Purple"),
        QCoreApplication.translate("RoadmapItemDialog", "Ochre"),
        QCoreApplication.translate("RoadmapItemDialog", "Red"),
        QCoreApplication.translate("RoadmapItemDialog", "Teal"),
        QCoreApplication.translate("RoadmapItemDialog", "Brown"),
    )
    return list(zip(LANE_COLOURS, names, strict=True))


class RoadmapItemDialog(QDialog):
    def __init__(
        self,
        item: RoadmapItemRead,
        lanes: Sequence[tuple[LaneKey, str]],
        objectives: Sequence[tuple[int, str]],
        years: tuple[int, int],
        submit: Callable[[dict[str, Any]], str],
        served: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self._submit = submit
        self.setWindowTitle(self.tr("Edit initiative"))
        self.title_edit = QLineEdit(item.title)
        self.lane_combo = QComboBox()
        for key, name in lanes:
            self.lane_combo.addItem(name, key)
        self.lane_combo.setCurrentIndex(
            max(0, self.lane_combo.findData(lane_of(item.lane_id, item.objective_id)))
        )
        self.objective_combo = QComboBox()
        self.objective_combo.addItem(self.tr("— None"), None)
        for objective_id, statement in objectives:
            self.objective_combo.addItem(statement, objective_id)
        self.objective_combo.setCurrentIndex(
            max(0, self.objective_combo.findData(item.objective_id))
        )
        self.start_edit = DateEdit(years=years)
        self.start_edit.set_date(item.start)
        self.end_edit = DateEdit(years=years)
        self.end_edit.set_date(item.end)
        self.milestone_box = QCheckBox(self.tr("A milestone (one day)"))
        self.milestone_box.setChecked(item.milestone)
        self.status_combo = QComboBox()
        for value, label in enum_choices(WorkStatus):
            self.status_combo.addItem(label, value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(item.status)))
        self.colour_combo = self._colours(item.colour)
        self.description_edit = QPlainTextEdit(item.description)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Lane"), self.lane_combo)
        form.addRow(self.tr("Serves the objective"), self.objective_combo)
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("End"), self.end_edit)
        form.addRow("", self.milestone_box)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Colour"), self.colour_combo)
        form.addRow(self.tr("Description"), self.description_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if served:
            layout.addWidget(secondary_label(served, 12))
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.lane_combo.currentIndexChanged.connect(self._lane_changed)
        self.milestone_box.toggled.connect(self.end_edit.setDisabled)
        self.end_edit.setDisabled(item.milestone)
        self._lane_changed()
        self.resize(560, self.sizeHint().height())
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _colours(self, current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("The lane's colour"), "")
        choices = colour_choices()
        known = {colour.casefold() for colour, _name in choices}
        if current and current.casefold() not in known:
            choices.append((current, self.tr("Its own colour")))
        for colour, name in choices:
            combo.addItem(name, colour)
            combo.setItemData(combo.count() - 1, QColor(colour), Qt.ItemDataRole.DecorationRole)
        found = next(
            (
                row
                for row in range(combo.count())
                if str(combo.itemData(row)).casefold() == current.casefold()
            ),
            0,
        )
        combo.setCurrentIndex(found)
        return combo

    def _lane_changed(self, *_args: Any) -> None:
        """In an objective's lane an item serves that objective: the choice is the lane's."""
        key: LaneKey = self.lane_combo.currentData()
        in_objective = key is not None and key[0] == OBJECTIVE
        if in_objective:
            self.objective_combo.setCurrentIndex(max(0, self.objective_combo.findData(key[1])))
        self.objective_combo.setDisabled(in_objective)

    def changes(self) -> dict[str, Any]:
        """The fields that differ from the item's (dates as typed; None when unreadable)."""
        key: LaneKey = self.lane_combo.currentData()
        start = self.start_edit.date()
        milestone = self.milestone_box.isChecked()
        wanted: dict[str, Any] = {
            "title": self.title_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "start": start,
            "end": start if milestone else self.end_edit.date(),
            "milestone": milestone,
            "status": self.status_combo.currentData(),
            "colour": self._colour(),
            **lane_fields(key),
        }
        if key[0] != OBJECTIVE:
            wanted["objective_id"] = self.objective_combo.currentData()
        return {name: value for name, value in wanted.items() if getattr(self.item, name) != value}

    def _colour(self) -> str:
        chosen = str(self.colour_combo.currentData())
        # The same colour picked again keeps the way it was written (no change).
        return self.item.colour if chosen.casefold() == self.item.colour.casefold() else chosen

    def accept(self) -> None:
        for edit in (self.start_edit, self.end_edit):
            if edit.isEnabled() and edit.show_problem():
                self.show_error(edit.error())
                edit.setFocus()
                return
        changes = self.changes()
        message = self._submit(changes) if changes else ""
        if message:
            self.show_error(message)
            return
        super().accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
