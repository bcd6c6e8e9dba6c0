"""The calendar's navigation: previous, today, next, the period shown, and a date to go to.

The buttons carry the page's actions (Page Up, T, Page Down), so their tooltips show the keys.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from stratdesk.ui.operations.campaigns.fields import CommittingDateEdit
from stratdesk.ui.style import sized_font


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    button.setDefaultAction(action)
    button.setFont(sized_font(button, 12))
    button.setMinimumHeight(32)
    shortcut = action.shortcut().toString()
    if shortcut:
        button.setToolTip(f"{action.toolTip()} ({shortcut})")
    return button


class CalendarNavBar(QWidget):
    """Emits `date_chosen(date)` when a date is typed or picked in "Go to"."""

    date_chosen = Signal(object)

    def __init__(
        self,
        previous: QAction,
        today: QAction,
        following: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.period_label = QLabel()
        self.period_label.setFont(sized_font(self.period_label, 15, bold=True))
        self.period_label.setMinimumWidth(150)
        self.go_label = QLabel(self.tr("Go to"))
        self.date_edit = CommittingDateEdit()
        self.date_edit.setAccessibleName(self.tr("Go to a date"))
        self.date_edit.setMaximumWidth(180)
        self.date_edit.committed.connect(self.date_chosen)
        self.go_label.setBuddy(self.date_edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for action in (previous, today, following):
            row.addWidget(tool_button(action))
        row.addSpacing(10)
        row.addWidget(self.period_label, 1)
        row.addWidget(self.go_label)
        row.addWidget(self.date_edit)

    def set_period(self, text: str, day: dt.date) -> None:
        self.period_label.setText(text)
        self.date_edit.set_date(day)
