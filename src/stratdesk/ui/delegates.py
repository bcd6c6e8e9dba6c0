"""Editors for table cells, chosen by the column's kind (text, number, date, choice).

The delegate turns what was typed into a value (a float, a date, None for an empty cell) and
hands it to the model, whose `setData` goes through an undo command; the service validates.
A date that cannot be read is never handed on: Enter keeps the editor open on the field's
message, and leaving the cell says it in the status bar, the cell keeping its value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
)
from PySide6.QtGui import QKeyEvent, QStatusTipEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from stratdesk.ui.models.table import CHOICE, DATE, NUMBER, Column, EntityTableModel
from stratdesk.ui.widgets.date_edit import DateEdit

Index = QModelIndex | QPersistentModelIndex


def parse_number(text: str, locale: QLocale) -> float | str | None:
    """ "" → None; "1 500,5" (fr) or "1500.5" → 1500.5; anything else is passed on as typed
    so that the service refuses it with its own message."""
    text = text.strip()
    if not text:
        return None
    value, ok = locale.toDouble(text)
    if ok:
        return value
    try:
        return float(text.replace(" ", "").replace("\u202f", "").replace(",", "."))
    except ValueError:
        return text


COMMIT_KEYS = (Qt.Key.Key_Enter, Qt.Key.Key_Return, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)


class FieldDelegate(QStyledItemDelegate):
    """Edits the cells of an `EntityTableModel` according to each column's kind."""

    def _column(self, index: Index) -> tuple[EntityTableModel, Column]:
        model = index.model()
        assert isinstance(model, EntityTableModel)
        return model, model.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        _model, column = self._column(index)
        if column.kind == CHOICE:
            combo = QComboBox(parent)
            for value, label in column.choices:
                combo.addItem(label, value)
            return combo
        if column.kind == DATE:
            # An empty cell is "no date"; the service refuses it where a date is required.
            years = None
            if column.date_range:
                first, last = column.date_range()
                years = (first.year, last.year)
            return DateEdit(parent, optional=True, years=years)
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model, column = self._column(index)
        value = model.raw_value(index)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, DateEdit):
            editor.set_date(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QLineEdit):
            if column.kind == NUMBER:
                locale = QLocale(model.locale)
                locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
                editor.setText("" if value is None else _plain_number(value, locale))
            else:
                editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(model, EntityTableModel)
        column = model.columns[index.column()]
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, DateEdit):
            if editor.show_problem():
                # Focus left an unreadable date: keep the stored value, and say why.
                QCoreApplication.sendEvent(editor, QStatusTipEvent(editor.error()))
                return
            value = editor.date()
        else:
            assert isinstance(editor, QLineEdit)
            value = editor.text()
            if column.kind == NUMBER:
                value = parse_number(value, model.locale)
        model.setData(index, value)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Enter or Tab on an unreadable date: the editor stays, showing what to type."""
        if (
            isinstance(editor, DateEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in COMMIT_KEYS
            and editor.show_problem()
        ):
            below = editor.mapToGlobal(QPoint(0, editor.height()))
            QToolTip.showText(below, editor.error(), editor)
            return True
        return super().eventFilter(editor, event)


def _plain_number(value: float, locale: QLocale) -> str:
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 15)
