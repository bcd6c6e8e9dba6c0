"""The experiment panel: hypothesis, campaign, metric, dates, variants, result, decision and
the lesson learned. It never writes: each change is a request (`edit_requested`, the
variants' requests) that the page turns into one undo command."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import ExperimentDecision
from stratdesk.domain.labels import enum_choices
from stratdesk.ui.operations.campaigns.editor_form import NotesEdit, elide
from stratdesk.ui.operations.campaigns.fields import CommittingDateEdit
from stratdesk.ui.operations.experiments.variants import VariantsView
from stratdesk.ui.style import secondary_label, set_error_style, sized_font, title_label

translate = QCoreApplication.translate


def _notes(height: int) -> NotesEdit:
    edit = NotesEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    edit.setMaximumHeight(height * 2)
    return edit


class ExperimentEditor(QWidget):
    edit_requested = Signal(int, dict)  # experiment id, {field: value}
    delete_requested = Signal(int)

    def __init__(
        self,
        load_variants: Callable[[], list[Any]],
        commit_variant: Callable[[int, str, Any], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.experiment: Any = None
        self.heading = title_label(translate("ExperimentEditor", "Experiment"), 15)
        self.placeholder = secondary_label(
            translate(
                "ExperimentEditor", "Choose an experiment in the list to see and edit it here."
            ),
            13,
        )
        self.name_edit = QLineEdit()
        self.hypothesis_edit = _notes(50)
        self.campaign_combo = QComboBox()
        self.campaign_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.campaign_combo.setMinimumContentsLength(16)
        self.metric_edit = QLineEdit()
        self.start_edit = CommittingDateEdit(optional=True)
        self.end_edit = CommittingDateEdit(optional=True)
        self.start_edit.setAccessibleName(translate("ExperimentEditor", "Start"))
        self.end_edit.setAccessibleName(translate("ExperimentEditor", "End"))
        self.decision_combo = QComboBox()
        for decision, label in enum_choices(ExperimentDecision):
            self.decision_combo.addItem(label, decision)
        self.variants = VariantsView(load_variants, commit_variant)
        self.result_edit = _notes(44)
        self.lesson_edit = _notes(44)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self.delete_button = QPushButton(translate("ExperimentEditor", "Delete experiment"))
        self.form = QWidget()
        self._build_layout()
        self._connect()
        self.setFont(sized_font(self, 12))
        self.show_experiment(None)

    def _build_layout(self) -> None:
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end_edit, 1)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        form.addRow(translate("ExperimentEditor", "Name"), self.name_edit)
        form.addRow(translate("ExperimentEditor", "Hypothesis"), self.hypothesis_edit)
        form.addRow(translate("ExperimentEditor", "Campaign it runs in"), self.campaign_combo)
        form.addRow(translate("ExperimentEditor", "Metric that decides"), self.metric_edit)
        form.addRow(translate("ExperimentEditor", "Dates (optional)"), dates)
        form.addRow(translate("ExperimentEditor", "Variants and their results"), self.variants)
        form.addRow(translate("ExperimentEditor", "Overall result"), self.result_edit)
        form.addRow(translate("ExperimentEditor", "Decision"), self.decision_combo)
        form.addRow(translate("ExperimentEditor", "Lesson learned"), self.lesson_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.name_edit.editingFinished.connect(
            lambda: self._request("name", self.name_edit.text().strip())
        )
        self.metric_edit.editingFinished.connect(
            lambda: self._request("metric", self.metric_edit.text().strip())
        )
        for field, edit in (
            ("hypothesis", self.hypothesis_edit),
            ("result", self.result_edit),
            ("lesson", self.lesson_edit),
        ):
            edit.focus_left.connect(
                lambda f=field, e=edit: self._request(f, e.toPlainText().strip())
            )
        self.campaign_combo.activated.connect(
            lambda _i: self._request("campaign_id", self.campaign_combo.currentData())
        )
        self.decision_combo.activated.connect(
            lambda _i: self._request("decision", self.decision_combo.currentData())
        )
        self.start_edit.committed.connect(lambda day: self._request("start", day))
        self.end_edit.committed.connect(lambda day: self._request("end", day))
        self.delete_button.clicked.connect(self._delete)

    def add_escape(self, slot: Callable[[], object]) -> None:
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(slot)
        self.addAction(escape)

    # --- showing ---------------------------------------------------------------------------
    def set_campaigns(self, campaigns: Mapping[int, str]) -> None:
        blocker = QSignalBlocker(self.campaign_combo)
        self.campaign_combo.clear()
        self.campaign_combo.addItem(translate("ExperimentEditor", "— No campaign —"), None)
        for item_id, name in campaigns.items():
            self.campaign_combo.addItem(elide(name), item_id)
            index = self.campaign_combo.count() - 1
            self.campaign_combo.setItemData(index, name, Qt.ItemDataRole.ToolTipRole)
        del blocker
        if self.experiment is not None:
            self._choose(self.campaign_combo, self.experiment.campaign_id)

    def set_years(self, years: tuple[int, int]) -> None:
        for edit in (self.start_edit, self.end_edit):
            edit.set_years(*years)

    def show_experiment(self, experiment: Any) -> None:
        """Show `experiment` (an ExperimentRead), or the placeholder when None."""
        if self.experiment is None or experiment is None or experiment.id != self.experiment.id:
            self.clear_error()
        self.experiment = experiment
        self.form.setVisible(experiment is not None)
        self.delete_button.setVisible(experiment is not None)
        self.placeholder.setVisible(experiment is None)
        if experiment is None:
            self.variants.refresh()
            return
        # Not the date fields: they read their text on textChanged (and commit only on Enter).
        widgets = (
            self.name_edit, self.hypothesis_edit, self.campaign_combo, self.metric_edit,
            self.decision_combo, self.result_edit, self.lesson_edit,
        )  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in widgets]
        if self.name_edit.text() != experiment.name:
            self.name_edit.setText(experiment.name)
        if self.metric_edit.text() != experiment.metric:
            self.metric_edit.setText(experiment.metric)
        for notes, text in (
            (self.hypothesis_edit, experiment.hypothesis),
            (self.result_edit, experiment.result),
            (self.lesson_edit, experiment.lesson),
        ):
            if notes.toPlainText() != text:
                notes.setPlainText(text)
        for day_edit, day in ((self.start_edit, experiment.start), (self.end_edit, experiment.end)):
            if day_edit.date() != day or not day_edit.is_valid():
                day_edit.set_date(day)
        self._choose(self.campaign_combo, experiment.campaign_id)
        self._choose(self.decision_combo, experiment.decision)
        del blockers
        self.variants.refresh()

    @staticmethod
    def _choose(combo: QComboBox, value: Any) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _request(self, field: str, value: Any) -> None:
        if self.experiment is None or getattr(self.experiment, field) == value:
            return
        self.clear_error()
        self.edit_requested.emit(self.experiment.id, {field: value})

    def _delete(self) -> None:
        if self.experiment is not None:
            self.delete_requested.emit(self.experiment.id)

    def edit_controls(self) -> list[QWidget]:
        """Every field, cell and button that changes the experiment (off on a read-only plan)."""
        return [
            self.name_edit,
            self.hypothesis_edit,
            self.campaign_combo,
            self.metric_edit,
            self.start_edit,
            self.end_edit,
            *self.variants.edit_controls(),
            self.result_edit,
            self.decision_combo,
            self.lesson_edit,
            self.delete_button,
        ]

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
