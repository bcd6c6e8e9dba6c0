"""The selected segment's profile and targeting, every change one request (never a write).

Numbers and amounts are read here in the interface's conventions (an unreadable one is
refused under the fields, nothing asked); the page turns `edit_requested(id, changes)` into
an undo command and the service validates.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stratdesk.domain.enums import Targeting
from stratdesk.domain.labels import enum_choices
from stratdesk.i18n.formatting import (
    UnreadableNumber,
    amount_text,
    currency_symbol,
    format_number,
    parse_amount,
    parse_number,
)
from stratdesk.ui.language import ui_language
from stratdesk.ui.style import secondary_label, set_error_style, sized_font, title_label

FORM_POINT_SIZE = 12


class TextBox(QPlainTextEdit):
    """A few lines of text that report when the person is done (focus leaves)."""

    focus_left = Signal()

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(height + self.fontMetrics().lineSpacing())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class SegmentForm(QWidget):
    """Name, description, size, yearly value, growth, needs, channels, targeting and why."""

    edit_requested = Signal(int, dict)  # segment id, {field: value}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment: Any = None
        self.currency = "EUR"
        self.heading = title_label(self.tr("Segment"), 15)
        self.placeholder = secondary_label(
            self.tr("Select a segment to see and edit its profile here, or add one (Ctrl+N)."), 13
        )
        self.name_edit = QLineEdit()
        self.description_edit = TextBox(2)
        self.size_edit = QLineEdit()
        self.value_edit = QLineEdit()
        self.value_suffix = QLabel()
        self.growth_edit = QLineEdit()
        for edit in (self.size_edit, self.value_edit, self.growth_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumWidth(60)
        self.needs_edit = TextBox(2)
        self.channels_edit = TextBox(1)
        self.targeting_group = QButtonGroup(self)
        self.targeting_buttons: dict[Targeting, QRadioButton] = {}
        for targeting, label in enum_choices(Targeting):
            button = QRadioButton(label)
            self.targeting_group.addButton(button)
            self.targeting_buttons[targeting] = button
        self.rationale_edit = TextBox(2)
        self.rationale_edit.setPlaceholderText(
            self.tr("Why this choice: size, fit with the offer, what it takes to win it…")
        )
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        set_error_style(self.error_label)
        self.error_label.hide()
        self.form = QWidget()
        self._build_layout()
        self._connect()
        self.setFont(sized_font(self, FORM_POINT_SIZE))
        self.show_segment(None)

    def _build_layout(self) -> None:
        numbers = QGridLayout()
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.setHorizontalSpacing(8)
        numbers.setVerticalSpacing(2)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value_edit, 1)
        value_row.addWidget(self.value_suffix)
        growth_row = QHBoxLayout()
        growth_row.addWidget(self.growth_edit, 1)
        growth_row.addWidget(QLabel("%"))
        titles = (
            self.tr("Size (people or firms)"),
            self.tr("Yearly value"),
            self.tr("Growth a year"),
        )
        for column, title in enumerate(titles):
            label = QLabel(title)
            label.setWordWrap(True)
            numbers.addWidget(label, 0, column, Qt.AlignmentFlag.AlignBottom)
        numbers.addWidget(self.size_edit, 1, 0)
        numbers.addLayout(value_row, 1, 1)
        numbers.addLayout(growth_row, 1, 2)
        for column, stretch in enumerate((2, 3, 2)):
            numbers.setColumnStretch(column, stretch)
        targeting_row = QVBoxLayout()  # one under the other: the panel may be narrow
        targeting_row.setSpacing(2)
        for button in self.targeting_buttons.values():
            targeting_row.addWidget(button)
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(4)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        form.addRow(numbers)
        form.addRow(self.tr("Needs"), self.needs_edit)
        form.addRow(self.tr("Channels that reach it"), self.channels_edit)
        form.addRow(self.tr("Targeting"), targeting_row)
        form.addRow(self.tr("Rationale"), self.rationale_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 8, 4)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

    def _connect(self) -> None:
        self.name_edit.editingFinished.connect(
            lambda: self._request("name", self.name_edit.text().strip())
        )
        for box, field in (
            (self.description_edit, "description"),
            (self.needs_edit, "needs"),
            (self.channels_edit, "channels"),
            (self.rationale_edit, "targeting_rationale"),
        ):
            box.focus_left.connect(lambda b=box, f=field: self._request(f, b.toPlainText().strip()))
        self.size_edit.editingFinished.connect(self._edit_size)
        self.value_edit.editingFinished.connect(self._edit_value)
        self.growth_edit.editingFinished.connect(self._edit_growth)
        for targeting, button in self.targeting_buttons.items():
            button.clicked.connect(
                lambda _checked=False, t=targeting: self._request("targeting", t)
            )

    # -- showing ---------------------------------------------------------------------------
    def set_currency(self, currency: str) -> None:
        self.currency = currency
        self.value_suffix.setText(currency_symbol(currency, ui_language()))

    def show_segment(self, segment: Any) -> None:
        """Show `segment` (a SegmentRead), or the placeholder when None."""
        if segment is None or self.segment is None or segment.id != self.segment.id:
            self.clear_error()
        self.segment = segment
        self.form.setVisible(segment is not None)
        self.placeholder.setVisible(segment is None)
        self.heading.setText(segment.name if segment is not None else self.tr("Segment"))
        if segment is None:
            return
        language = ui_language()
        widgets = [self.name_edit, self.size_edit, self.value_edit, self.growth_edit]
        blockers = [QSignalBlocker(w) for w in widgets]
        _set_line(self.name_edit, segment.name)
        _set_line(self.size_edit, format_number(segment.size, language))
        _set_line(self.value_edit, amount_text(segment.value_cents, language))
        _set_line(self.growth_edit, _plain(segment.growth_pct, language))
        for box, text in (
            (self.description_edit, segment.description),
            (self.needs_edit, segment.needs),
            (self.channels_edit, segment.channels),
            (self.rationale_edit, segment.targeting_rationale),
        ):
            if box.toPlainText() != text:
                box.setPlainText(text)
        self.targeting_buttons[Targeting(segment.targeting)].setChecked(True)
        del blockers

    def edit_controls(self) -> list[QWidget]:
        """Every field and choice that changes the segment (off on a read-only plan)."""
        return [
            self.name_edit,
            self.description_edit,
            self.size_edit,
            self.value_edit,
            self.growth_edit,
            self.needs_edit,
            self.channels_edit,
            *self.targeting_buttons.values(),
            self.rationale_edit,
        ]

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.hide()

    # -- requests --------------------------------------------------------------------------
    def _request(self, field: str, value: Any) -> None:
        if self.segment is None or getattr(self.segment, field) == value:
            return
        self.clear_error()
        self.edit_requested.emit(self.segment.id, {field: value})

    def _number(self, edit: QLineEdit) -> float | str | None:
        if not edit.isModified():
            return "unchanged"  # focus passed through: the shown (rounded) value stays
        language = ui_language()
        try:
            return parse_number(edit.text(), decimal_hint="," if language == "fr" else ".")
        except UnreadableNumber as refused:
            self.show_error(refused.message)
            return "unreadable"

    def _edit_size(self) -> None:
        value = self._number(self.size_edit)
        if isinstance(value, float):
            if value.is_integer():
                self._request("size", int(value))
            else:
                self.show_error(self.tr("The size is a whole number of people or organisations."))
        elif value is None:
            self._request("size", 0)

    def _edit_growth(self) -> None:
        value = self._number(self.growth_edit)
        if value is None or isinstance(value, float):
            self._request("growth_pct", value or 0.0)

    def _edit_value(self) -> None:
        if self.segment is None or not self.value_edit.isModified():
            return
        try:
            cents = parse_amount(
                self.value_edit.text(), self.currency, "value_cents", ui_language()
            )
        except UnreadableNumber as refused:
            self.show_error(refused.message)  # what was typed stays, to be corrected
            return
        self._request("value_cents", cents)


def _set_line(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)


def _plain(value: float, language: str) -> str:
    """A growth rate as typed back: "6.5", "6,5" (French), "3"."""
    return format_number(value, language, 0 if float(value).is_integer() else 1)
