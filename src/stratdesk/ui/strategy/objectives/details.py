"""The panel under the tree: the selected objective's owner and status (edited here), how
far it has come, and its SMART check in words.

It never writes: a change asks `edit_requested(objective_id, {field: value})`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import ObjectiveStatus
from stratdesk.domain.labels import enum_choices
from stratdesk.services.objective_review import ObjectiveReview
from stratdesk.services.read_models import ObjectiveRead
from stratdesk.ui.strategy.objectives import cells
from stratdesk.ui.style import secondary_label, set_error_style, sized_font
from stratdesk.ui.widgets.elided_label import ElidedLabel

TEXT_POINT_SIZE = 12


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setFont(sized_font(label, TEXT_POINT_SIZE, bold=True))
    return label


def _text() -> QLabel:
    label = QLabel()
    label.setFont(sized_font(label, TEXT_POINT_SIZE))
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ObjectiveDetails(QFrame):
    edit_requested = Signal(int, dict)  # objective id, {field: value}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.objective: ObjectiveRead | None = None
        self.title_label = ElidedLabel()
        self.title_label.setFont(sized_font(self.title_label, TEXT_POINT_SIZE, bold=True))
        self.placeholder = secondary_label(
            self.tr("Select an objective to see its owner, status, progress and SMART check here."),
            TEXT_POINT_SIZE,
        )
        self.owner_edit = QLineEdit()
        self.owner_edit.setAccessibleName(self.tr("Owner"))
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status"))
        for value, label in enum_choices(ObjectiveStatus):
            self.status_combo.addItem(label, value)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self.progress_label = _text()
        self.smart_label = _text()
        self.owner_edit.editingFinished.connect(self._owner_edited)
        self.status_combo.activated.connect(self._status_chosen)
        self.body = QWidget()
        self._layout_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.title_label)
        layout.addWidget(self.body)
        self.show_objective(None, None, cells.Formats())

    def _layout_body(self) -> None:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Owner"), self.owner_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.error_label)
        fields = QWidget()
        fields.setLayout(form)
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        for heading, widget, stretch in (
            (self.tr("Who and where it stands"), fields, 2),
            (self.tr("Progress"), self.progress_label, 3),
            (self.tr("SMART check"), self.smart_label, 3),
        ):
            column = QVBoxLayout()
            column.setSpacing(4)
            column.addWidget(_heading(heading))
            column.addWidget(widget)
            column.addStretch(1)
            columns.addLayout(column, stretch)

    def show_objective(
        self, objective: ObjectiveRead | None, review: ObjectiveReview | None, formats: Any
    ) -> None:
        """Show `objective` (None: the placeholder) and clear any refusal shown."""
        self.objective = objective
        shown = objective is not None and review is not None
        self.placeholder.setVisible(not shown)
        self.title_label.setVisible(shown)
        self.body.setVisible(shown)
        self.error_label.hide()
        if objective is None or review is None:
            return
        self.title_label.setText(" ".join(objective.statement.split()))
        if not self.owner_edit.hasFocus():
            self.owner_edit.setText(objective.owner)
        with QSignalBlocker(self.status_combo):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(objective.status)))
        kpi = review.measured.kpi
        lines = cells.progress_lines(objective, review, kpi, formats)
        share = cells.share_text(review, formats)
        self.progress_label.setText("\n".join([share, *lines] if share else lines))
        self.smart_label.setText(cells.smart_lines(review))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _owner_edited(self) -> None:
        if self.objective is not None and self.owner_edit.text().strip() != self.objective.owner:
            self.edit_requested.emit(self.objective.id, {"owner": self.owner_edit.text().strip()})

    def _status_chosen(self, _index: int) -> None:
        status = self.status_combo.currentData()
        if self.objective is not None and status != self.objective.status:
            self.edit_requested.emit(self.objective.id, {"status": status})
