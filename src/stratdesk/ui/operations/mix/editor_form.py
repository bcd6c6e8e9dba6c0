"""The fields of the side panel, and how an action is shown in them (see `editor`)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSignalBlocker, QStringListModel, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import MixP
from stratdesk.domain.labels import enum_label
from stratdesk.i18n.formatting import amount_text, currency_symbol
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.mix.board_state import COLUMNS
from stratdesk.ui.style import secondary_label, set_error_style, sized_font, title_label

NAME_CHARS = 60  # objectives are sentences: the lists show their start

# Qt's translate under the name lupdate looks for (the class is subclassed: a fixed context).
translate = QCoreApplication.translate


def elide(text: str, limit: int = NAME_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _TextEdit(QPlainTextEdit):
    """A description box that reports when the person is done with it (focus leaves)."""

    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class MixActionForm(QWidget):
    """Title, P, column, description, owner, due date, budgets, objective and segment.

    Shows an action; `MixActionEditor` adds the requests.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action: Any = None
        self.currency = "EUR"
        self.heading = title_label(translate("MixActionForm", "Action"), 15)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("MixActionForm", "Close the details (Escape)"))
        self.close_button.setAccessibleName(translate("MixActionForm", "Close the details"))
        self.close_button.setAutoRaise(True)
        self.placeholder = secondary_label(
            translate("MixActionForm", "Select a card to see and edit all of its details here."), 13
        )
        self.title_edit = QLineEdit()
        self.p_combo = QComboBox()
        self.column_combo = QComboBox()
        for column in COLUMNS:
            self.column_combo.addItem(enum_label(column), column)
        self.description_edit = _TextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(70)
        self.description_edit.setMaximumHeight(120)
        self.owner_edit = QLineEdit()
        self.owner_completer = QCompleter([], self.owner_edit)
        self.owner_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.owner_edit.setCompleter(self.owner_completer)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("d MMM yyyy")
        self.due_edit.setSpecialValueText(translate("MixActionForm", "No date"))
        self.clear_due_button = QToolButton()
        self.clear_due_button.setText(translate("MixActionForm", "Clear"))
        self.clear_due_button.setToolTip(translate("MixActionForm", "Remove the due date"))
        self.planned_edit = QLineEdit()
        self.actual_edit = QLineEdit()
        self.planned_suffix, self.actual_suffix = QLabel(), QLabel()
        self.objective_combo = QComboBox()
        self.segment_combo = QComboBox()
        for combo in (self.objective_combo, self.segment_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self.delete_button = QPushButton(translate("MixActionForm", "Delete action"))
        self.form = QWidget()
        self._build_layout()
        self.show_action(None)

    def edit_controls(self) -> list[QWidget]:
        """Every field and button that changes the action (off on a read-only plan)."""
        return [
            self.title_edit,
            self.p_combo,
            self.column_combo,
            self.description_edit,
            self.owner_edit,
            self.due_edit,
            self.clear_due_button,
            self.planned_edit,
            self.actual_edit,
            self.objective_combo,
            self.segment_combo,
            self.delete_button,
        ]

    def _build_layout(self) -> None:
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit, 1)
        due_row.addWidget(self.clear_due_button)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        # Labels above the fields: the panel is narrow, the fields get its whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        form.addRow(translate("MixActionForm", "Title"), self.title_edit)
        form.addRow(translate("MixActionForm", "P"), self.p_combo)
        form.addRow(translate("MixActionForm", "Column"), self.column_combo)
        form.addRow(translate("MixActionForm", "Description"), self.description_edit)
        form.addRow(translate("MixActionForm", "Owner"), self.owner_edit)
        form.addRow(translate("MixActionForm", "Due date"), due_row)
        form.addRow(
            translate("MixActionForm", "Planned budget"), self._money_row(self.planned_edit, 0)
        )
        form.addRow(
            translate("MixActionForm", "Actual budget"), self._money_row(self.actual_edit, 1)
        )
        form.addRow(translate("MixActionForm", "Objective"), self.objective_combo)
        form.addRow(translate("MixActionForm", "Segment"), self.segment_combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 4, 4)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.setFont(sized_font(self, 12))

    def _money_row(self, edit: QLineEdit, which: int) -> QHBoxLayout:
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(self.planned_suffix if which == 0 else self.actual_suffix)
        return row

    # -- showing ---------------------------------------------------------------------------
    def set_context(
        self,
        ps: tuple[MixP, ...],
        currency: str,
        years: tuple[int, int],
        objectives: dict[int, str],
        segments: dict[int, str],
        owners: list[str],
    ) -> None:
        """The plan around the actions: its Ps, currency, years, objectives and segments."""
        self.currency = currency
        blockers = [QSignalBlocker(w) for w in (self.p_combo, self.objective_combo)]
        blockers.append(QSignalBlocker(self.segment_combo))
        self.p_combo.clear()
        for p in ps:
            self.p_combo.addItem(enum_label(p), p)
        self._fill(self.objective_combo, translate("MixActionForm", "— No objective —"), objectives)
        self._fill(self.segment_combo, translate("MixActionForm", "— No segment —"), segments)
        symbol = currency_symbol(currency, ui_language())
        self.planned_suffix.setText(symbol)
        self.actual_suffix.setText(symbol)
        first, last = _qdate(dt.date(years[0], 1, 1)), _qdate(dt.date(years[1], 12, 31))
        # The day before the plan stands for "no date" (shown as such by the special text).
        self.due_edit.setDateRange(first.addDays(-1), last)
        owner_model = self.owner_completer.model()
        assert isinstance(owner_model, QStringListModel)  # what QCompleter(list) builds
        owner_model.setStringList(owners)
        del blockers
        self.show_action(self.action)

    @staticmethod
    def _fill(combo: QComboBox, none_text: str, names: dict[int, str]) -> None:
        combo.clear()
        combo.addItem(none_text, None)
        for item_id, name in names.items():
            combo.addItem(elide(name), item_id)
            combo.setItemData(combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)

    def show_action(self, action: Any) -> None:
        """Show `action` (a MixActionRead), or the placeholder when None."""
        if self.action is None or action is None or action.id != self.action.id:
            self.clear_error()
        self.action = action
        self.form.setVisible(action is not None)
        self.delete_button.setVisible(action is not None)
        self.placeholder.setVisible(action is None)
        if action is None:
            return
        widgets = (
            self.title_edit,
            self.p_combo,
            self.column_combo,
            self.description_edit,
            self.owner_edit,
            self.due_edit,
            self.planned_edit,
            self.actual_edit,
            self.objective_combo,
            self.segment_combo,
        )
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self._set_text(self.title_edit, action.title)
        self.p_combo.setCurrentIndex(max(self.p_combo.findData(action.p), 0))
        self.column_combo.setCurrentIndex(max(self.column_combo.findData(action.column), 0))
        if self.description_edit.toPlainText() != action.description:
            self.description_edit.setPlainText(action.description)
        self._set_text(self.owner_edit, action.owner)
        self.due_edit.setDate(_qdate(action.due) if action.due else self.due_edit.minimumDate())
        self._set_text(self.planned_edit, amount_text(action.budget_planned_cents, ui_language()))
        self._set_text(self.actual_edit, amount_text(action.budget_actual_cents, ui_language()))
        self.objective_combo.setCurrentIndex(
            max(self.objective_combo.findData(action.objective_id), 0)
        )
        self.segment_combo.setCurrentIndex(max(self.segment_combo.findData(action.segment_id), 0))
        del blockers

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
            edit.setCursorPosition(0)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()
