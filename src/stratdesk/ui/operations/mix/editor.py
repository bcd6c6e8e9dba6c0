"""The side panel: every field of the selected mix action, each change one undo step.

The panel never writes: it asks (`edit_requested`, `move_requested`, `delete_requested`) and
the page turns each request into a command. A budget that cannot be read is refused here, with
a message under the fields, and nothing is asked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.i18n.formatting import UnreadableNumber, amount_text, parse_amount
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.mix.editor_form import MixActionForm

END = 1_000_000  # "at the end of the group": the service clamps the index


class MixActionEditor(MixActionForm):
    """The form, and a request for each change made in it."""

    edit_requested = Signal(int, dict)  # item id, {field: new value}
    move_requested = Signal(int, object, int)  # item id, (p, column), index in that group
    delete_requested = Signal(int)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._connect()

    def _connect(self) -> None:
        self.title_edit.editingFinished.connect(lambda: self._edit_text("title", self.title_edit))
        self.owner_edit.editingFinished.connect(lambda: self._edit_text("owner", self.owner_edit))
        self.description_edit.focus_left.connect(self._edit_description)
        self.due_edit.editingFinished.connect(self._edit_due)
        self.due_edit.calendarWidget().clicked.connect(lambda _day: self._edit_due())
        self.clear_due_button.clicked.connect(self._clear_due)
        self.planned_edit.editingFinished.connect(
            lambda: self._edit_money("budget_planned_cents", self.planned_edit)
        )
        self.actual_edit.editingFinished.connect(
            lambda: self._edit_money("budget_actual_cents", self.actual_edit)
        )
        self.objective_combo.activated.connect(
            lambda _i: self._request("objective_id", self.objective_combo.currentData())
        )
        self.segment_combo.activated.connect(
            lambda _i: self._request("segment_id", self.segment_combo.currentData())
        )
        self.p_combo.activated.connect(lambda _i: self._move())
        self.column_combo.activated.connect(lambda _i: self._move())
        self.delete_button.clicked.connect(self._delete)
        self.close_button.clicked.connect(self.close_requested)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_requested)
        self.addAction(escape)

    # -- requests --------------------------------------------------------------------------
    def _request(self, field: str, value: Any) -> None:
        if self.action is None or getattr(self.action, field) == value:
            return
        self.clear_error()
        self.edit_requested.emit(self.action.id, {field: value})

    def _edit_text(self, field: str, edit: QLineEdit) -> None:
        self._request(field, edit.text().strip())

    def _edit_description(self) -> None:
        self._request("description", self.description_edit.toPlainText().strip())

    def _edit_due(self) -> None:
        day = self.due_edit.date()
        self._request("due", None if day == self.due_edit.minimumDate() else day.toPython())

    def _clear_due(self) -> None:
        self._request("due", None)

    def _edit_money(self, field: str, edit: QLineEdit) -> None:
        if self.action is None:
            return
        try:
            cents = parse_amount(edit.text(), self.currency, field, ui_language())
        except UnreadableNumber as refused:
            # Keep what was typed so it can be corrected; nothing is written.
            self.show_error(refused.message)
            return
        if cents == getattr(self.action, field):
            # The same amount, typed differently: tidy it.
            edit.setText(amount_text(cents, ui_language()))
            self.clear_error()
            return
        self._request(field, cents)

    def _move(self) -> None:
        if self.action is None:
            return
        p: MixP = self.p_combo.currentData()
        column: MixColumn = self.column_combo.currentData()
        if (p, column) != (self.action.p, self.action.column):
            self.clear_error()
            self.move_requested.emit(self.action.id, (p, column), END)

    def _delete(self) -> None:
        if self.action is not None:
            self.delete_requested.emit(self.action.id)
