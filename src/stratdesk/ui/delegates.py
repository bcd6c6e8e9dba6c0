"""Editors for table cells, chosen by the column's kind (text, number, date, choice).

The delegate turns what was typed into a value (a float, a date, None for an empty cell) and
hands it to the model, whose `setData` goes through an undo command; the service validates.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QLocale, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from stratdesk.ui.models.table import CHOICE, DATE, NUMBER, Column, EntityTableModel

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


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


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
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("d MMM yyyy")
            first, last = (
                column.date_range()
                if column.date_range
                else (dt.date(1990, 1, 1), dt.date(2100, 12, 31))
            )
            # The day before the range stands for "no date" and shows as an empty field.
            editor.setDateRange(_qdate(first).addDays(-1), _qdate(last))
            editor.setSpecialValueText(" ")
            return editor
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        model, column = self._column(index)
        value = model.raw_value(index)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QDateEdit):
            editor.setDate(_qdate(value) if value else editor.minimumDate())
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
        elif isinstance(editor, QDateEdit):
            day = editor.date()
            value = None if day == editor.minimumDate() else day.toPython()
        else:
            assert isinstance(editor, QLineEdit)
            value = editor.text()
            if column.kind == NUMBER:
                value = parse_number(value, model.locale)
        model.setData(index, value)


def _plain_number(value: float, locale: QLocale) -> str:
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 15)
