"""A date field: typed in the interface language's short form (or ISO), or picked on a calendar.

Use it wherever a person enters a date (dialogs, side panels, table cells through
`ui.delegates.FieldDelegate`). It never writes: read `date()` when the form is confirmed.

    edit = DateEdit(optional=True, years=(plan.start_year, plan.end_year))
    edit.set_date(objective.deadline)           # None shows an empty field
    edit.date_changed.connect(...)              # a readable date, or None when emptied
    if not edit.is_valid():                     # unreadable text, or empty where required
        edit.show_problem()                     # red frame, tooltip, `problem_changed`
        message = edit.error()                  # one translated sentence

- Typing: `31/01/2027`, `1/2/27`, `2027-01-31`, `31 janv. 2027` (see `i18n.dates`). The text
  is read as typed; nothing is dropped silently: until it reads as a date, `date()` is None,
  `is_valid()` is False and `error()` says what to type.
- `show_problem()` marks the field (red frame, the message as tooltip) and emits
  `problem_changed(message)`; editing the text back to a date clears the mark (and emits "").
  It runs by itself when editing finishes (Enter, focus leaving).
- The calendar (the button at the right, Alt+Down or F4) opens on the date in the field, else on
  today when today lies within `years` (the plan's years), else on the plan's first day.
- `optional=True`: an empty field is "no date" (`date()` None, valid); otherwise it is an error.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLineEdit, QVBoxLayout, QWidget

from stratdesk.i18n import current_language
from stratdesk.i18n.dates import format_typed_date, parse_typed_date, picker_month, typed_date_hint
from stratdesk.ui.style import is_dark

ICON_SIZE = 16


class DateEdit(QLineEdit):
    """One date (or none); see the module's docstring for the API."""

    date_changed = Signal(object)  # datetime.date | None
    problem_changed = Signal(str)  # the message shown, "" when the field is fine again

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        optional: bool = False,
        years: tuple[int, int] | None = None,
        language: str | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self.years = years
        self.language = language or current_language()
        self._today = today
        self._date: dt.date | None = None
        self._error = ""
        self._problem_shown = ""
        self.popup: CalendarPopup | None = None
        hint = typed_date_hint()
        self.setPlaceholderText(hint)
        self._hint = self.tr(
            "Type a date as {pattern} or {iso}, or pick it on the calendar."
        ).format(pattern=hint, iso=self.tr("yyyy-mm-dd"))
        self.setToolTip(self._hint)
        self.picker_action = QAction(self.tr("Calendar"), self)
        self.picker_action.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.picker_action.triggered.connect(lambda: self.open_picker())
        self.addAction(self.picker_action, QLineEdit.ActionPosition.TrailingPosition)
        self._paint_icon()
        self.textChanged.connect(self._read)
        self.editingFinished.connect(self._finished)
        self._read(self.text())

    # -- the value ------------------------------------------------------------------------
    def date(self) -> dt.date | None:
        """The date in the field; None when it is empty or cannot be read."""
        return self._date

    def set_date(self, day: dt.date | None) -> None:
        """Show `day` in the short form (None: an empty field)."""
        self.setText("" if day is None else format_typed_date(day, self.language))

    def is_valid(self) -> bool:
        return not self._error

    def error(self) -> str:
        """Why the text is not a date, in one sentence ("" when it is fine)."""
        return self._error

    def set_years(self, first: int, last: int) -> None:
        """The plan's years: where the calendar opens when the field holds no date."""
        self.years = (first, last)

    def show_problem(self) -> bool:
        """Mark the field when its text is not a date; True if there was a problem."""
        self._show(self._error)
        return bool(self._error)

    # -- the calendar ---------------------------------------------------------------------
    def picker_start(self) -> dt.date:
        """The day the calendar shows first (and selects)."""
        if self._date is not None:
            return self._date
        today = self._today()
        return picker_month(today, *self.years) if self.years else today

    def open_picker(self) -> CalendarPopup:
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.chosen.connect(self._picked)
        self.popup.show_below(self, self.picker_start())
        return self.popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_picker()
            return
        super().keyPressEvent(event)

    # -- inside ---------------------------------------------------------------------------
    def _read(self, text: str) -> None:
        before = self._date
        if not text.strip() and self.optional:
            self._date, self._error = None, ""
        else:
            try:
                self._date, self._error = parse_typed_date(text, self.language), ""
            except ValueError as exc:
                self._date, self._error = None, str(exc)
        if self._problem_shown and not self._error:
            self._show("")  # fixed while typing: the mark goes at once
        if self._date != before and (self._date is not None or not self._error):
            self.date_changed.emit(self._date)

    def _finished(self) -> None:
        self.show_problem()

    def _picked(self, day: dt.date) -> None:
        self.set_date(day)
        self.setFocus()

    def _show(self, message: str) -> None:
        if message == self._problem_shown:
            return
        self._problem_shown = message
        if message:
            red = "#ff8a80" if is_dark(self) else "#b3261e"
            self.setStyleSheet(f"QLineEdit {{ border: 2px solid {red}; border-radius: 3px; }}")
        else:
            self.setStyleSheet("")
        self.setToolTip(message or self._hint)
        self.setAccessibleDescription(message)
        self.problem_changed.emit(message)

    def _paint_icon(self) -> None:
        """A small calendar drawn in the text's colour (light and dark schemes alike)."""
        pixmap = QPixmap(ICON_SIZE, ICON_SIZE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        colour = QColor(self.palette().text().color())
        painter.setPen(colour)
        painter.drawRect(QRect(1, 3, ICON_SIZE - 3, ICON_SIZE - 5))
        painter.fillRect(QRect(1, 3, ICON_SIZE - 2, 3), colour)
        for row in (8, 11):
            for column in (4, 7, 10):
                painter.fillRect(QRect(column, row, 2, 2), colour)
        painter.end()
        self.picker_action.setIcon(QIcon(pixmap))


class CalendarPopup(QFrame):
    """The calendar under a date field; a click (or Enter) on a day chooses it."""

    chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def show_below(self, anchor: QWidget, day: dt.date) -> None:
        """Open on `day`'s month, `day` selected, under `anchor` (kept on its screen)."""
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setCurrentPage(day.year, day.month)
        self.adjustSize()
        where = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        x = max(screen.left(), min(where.x(), screen.right() - self.width()))
        y = where.y()
        if y + self.height() > screen.bottom():  # no room below: above the field
            y -= anchor.height() + self.height()
        self.move(x, max(screen.top(), y))
        self.show()
        self.calendar.setFocus()

    def shown_month(self) -> tuple[int, int]:
        """(year, month) of the page the calendar shows."""
        return self.calendar.yearShown(), self.calendar.monthShown()

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.chosen.emit(day.toPython())
