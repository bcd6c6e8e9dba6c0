"""The campaign panel: every field of the chosen campaign, each change one undo step.

The panel never writes: it asks (`edit_requested`, `kpis_requested`, `delete_requested`) and
the page turns each request into a command; `experiment_requested` asks to open an
experiment on its page. A budget that cannot be read is refused here, with a message under the
fields, and nothing is asked; what the service refuses comes back through `show_error`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QWidget

from stratdesk.i18n.formatting import UnreadableNumber, amount_text, parse_amount
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.campaigns.editor_form import CampaignForm


class CampaignEditor(CampaignForm):
    edit_requested = Signal(int, dict)  # campaign id, {field: new value}
    kpis_requested = Signal(int, list)  # campaign id, the KPI ids it moves
    delete_requested = Signal(int)
    experiment_requested = Signal(int)  # experiment id
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit.editingFinished.connect(
            lambda: self._request("name", self.name_edit.text().strip())
        )
        self.channel_combo.activated.connect(
            lambda _i: self._request("channel", self.channel_combo.currentData())
        )
        self.status_combo.activated.connect(
            lambda _i: self._request("status", self.status_combo.currentData())
        )
        self.start_edit.committed.connect(lambda day: self._date("start", day))
        self.end_edit.committed.connect(lambda day: self._date("end", day))
        self.colour_combo.chosen.connect(lambda colour: self._request("colour", colour))
        self.objective_combo.activated.connect(
            lambda _i: self._request("objective_id", self.objective_combo.currentData())
        )
        self.segment_combo.activated.connect(
            lambda _i: self._request("segment_id", self.segment_combo.currentData())
        )
        self.planned_edit.editingFinished.connect(
            lambda: self._money("budget_planned_cents", self.planned_edit)
        )
        self.actual_edit.editingFinished.connect(
            lambda: self._money("budget_actual_cents", self.actual_edit)
        )
        self.notes_edit.focus_left.connect(
            lambda: self._request("notes", self.notes_edit.toPlainText().strip())
        )
        self.kpi_list.itemChanged.connect(self._kpis_changed)
        self.experiment_list.itemActivated.connect(self._experiment)
        self.experiment_list.itemClicked.connect(self._experiment)
        self.delete_button.clicked.connect(self._delete)
        self.close_button.clicked.connect(self.close_requested)
        escape = QAction(self)
        escape.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        escape.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.triggered.connect(self.close_requested)
        self.addAction(escape)

    def _request(self, field: str, value: Any) -> None:
        if self.campaign is None or getattr(self.campaign, field) == value:
            return
        self.clear_error()
        self.edit_requested.emit(self.campaign.id, {field: value})

    def _date(self, field: str, day: dt.date) -> None:
        self._request(field, day)

    def _money(self, field: str, edit: QLineEdit) -> None:
        if self.campaign is None:
            return
        try:
            cents = parse_amount(edit.text(), self.currency, field, ui_language())
        except UnreadableNumber as refused:
            # Keep what was typed so it can be corrected; nothing is written.
            self.show_error(refused.message)
            return
        if cents == getattr(self.campaign, field):
            edit.setText(amount_text(cents, ui_language()))  # the same amount, tidied
            self.clear_error()
            return
        self._request(field, cents)

    def _kpis_changed(self, _item: QListWidgetItem) -> None:
        if self.campaign is not None:
            self.clear_error()
            self.kpis_requested.emit(self.campaign.id, self.checked_kpis())

    def _experiment(self, item: QListWidgetItem) -> None:
        self.experiment_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _delete(self) -> None:
        if self.campaign is not None:
            self.delete_requested.emit(self.campaign.id)
