"""Cells of the objectives tree: their editors, the progress bar and the SMART badge.

Editors turn what was typed into a value for the model (a number, a date, a KPI id, a new
KPI's name, a key result's own metric); the model hands it to the page as an undo command.
The progress bar fills from the baseline to the target in the colour of the KPI's status,
with its words beside it (never colour alone); the SMART badge shows the four letters, those
met filled, those missing hollow.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QStatusTipEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeView,
    QWidget,
)

from stratdesk.domain.objective_progress import bar_fraction
from stratdesk.domain.smart import SmartCriterion, criterion_letter
from stratdesk.ui.delegates import COMMIT_KEYS, parse_number
from stratdesk.ui.operations.kpis.tile_delegate import STATUS_COLOURS
from stratdesk.ui.strategy.objectives.cells import (
    BASELINE,
    DEADLINE,
    MEASURE,
    PROGRESS,
    SMART,
    STATEMENT,
    TARGET,
)
from stratdesk.ui.strategy.objectives.kpi_picker import KpiPicker
from stratdesk.ui.strategy.objectives.model import (
    KIND_ROLE,
    OBJECTIVE,
    REVIEW_ROLE,
)
from stratdesk.ui.style import contrast_line
from stratdesk.ui.widgets.date_edit import DateEdit

Index = QModelIndex | QPersistentModelIndex
BAR_HEIGHT = 7
MAX_LINES = 3
WRAPPED = (STATEMENT, MEASURE)
WARNING_COLOUR = "#E69F00"
STATUS_COLOURS_MET = "#1B7F5B"  # dark enough for white letters (WCAG AA at this size)


class ObjectivesDelegate(QStyledItemDelegate):
    """`kpis()` gives the plan's KPI library as (id, name) pairs; `years()` the plan's years."""

    def __init__(
        self,
        kpis: Callable[[], list[tuple[int, str]]],
        years: Callable[[], tuple[int, int]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._kpis = kpis
        self._years = years

    # -- editors ---------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column, objective = index.column(), index.data(KIND_ROLE) == OBJECTIVE
        if column == MEASURE:
            return KpiPicker(self._kpis(), free_text=not objective, parent=parent)
        if column == DEADLINE:
            return DateEdit(parent, optional=True, years=self._years())
        editor = QLineEdit(parent)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, KpiPicker):
            editor.set_value(value)
        elif isinstance(editor, DateEdit):
            editor.set_date(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QLineEdit):
            if index.column() in (BASELINE, TARGET):
                editor.setText("" if value is None else _plain_number(value))
            else:
                editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, KpiPicker):
            value = editor.value()
        elif isinstance(editor, DateEdit):
            if editor.show_problem():
                # Focus left an unreadable date: keep the stored value, and say why.
                QCoreApplication.sendEvent(editor, QStatusTipEvent(editor.error()))
                return
            value = editor.date()
        else:
            assert isinstance(editor, QLineEdit)
            value = editor.text()
            if index.column() in (BASELINE, TARGET):
                value = parse_number(value, QLocale())
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
            QToolTip.showText(
                editor.mapToGlobal(QPoint(0, editor.height())), editor.error(), editor
            )
            return True
        return super().eventFilter(editor, event)

    # -- painting --------------------------------------------------------------------------
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Wrapped text takes the lines it needs in its column's width (at most three)."""
        size = super().sizeHint(option, index)
        metrics = option.fontMetrics
        line = metrics.height()
        if index.column() == PROGRESS:
            return QSize(size.width(), max(size.height(), line + BAR_HEIGHT + 14))
        view = option.widget
        if index.column() not in WRAPPED or not isinstance(view, QTreeView):
            return size
        width = view.header().sectionSize(index.column()) - 12
        if index.column() == 0:
            depth = 2 if index.parent().isValid() else 1
            width -= depth * view.indentation()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(font, QFont):
            metrics = QFontMetrics(font.resolve(option.font))
        flags = int(Qt.TextFlag.TextWordWrap)
        bound = metrics.boundingRect(0, 0, max(width, 40), 10_000, flags, text)
        height = min(bound.height(), MAX_LINES * line) + 10
        return QSize(size.width(), max(size.height(), height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        column, review = index.column(), index.data(REVIEW_ROLE)
        if review is None or column not in (PROGRESS, SMART):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(option.rect).adjusted(6, 4, -6, -4)
        if column == PROGRESS:
            self._progress(painter, option, rect, review, text)
        else:
            self._badge(painter, option, rect, review)
        painter.restore()

    def _text_colour(self, option: QStyleOptionViewItem) -> QColor:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        return option.palette.color(role)

    def _progress(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, review: Any, text: str
    ) -> None:
        metrics = option.fontMetrics
        block = metrics.height() + 4 + BAR_HEIGHT
        top = rect.top() + max(0.0, (rect.height() - block) / 2)
        painter.setFont(option.font)
        painter.setPen(self._text_colour(option))
        line = QRectF(rect.left(), top, rect.width(), metrics.height())
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        if review.share is None:
            return
        track = QRectF(rect.left(), top + metrics.height() + 4, rect.width(), BAR_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(contrast_line(option.palette, 0.18))
        painter.drawRoundedRect(track, BAR_HEIGHT / 2, BAR_HEIGHT / 2)
        fill = QRectF(track)
        fill.setWidth(max(BAR_HEIGHT, track.width() * bar_fraction(review.share)))
        painter.setBrush(QColor(STATUS_COLOURS[review.measured.status]))
        if bar_fraction(review.share) > 0:
            painter.drawRoundedRect(fill, BAR_HEIGHT / 2, BAR_HEIGHT / 2)

    def _badge(
        self, painter: QPainter, option: QStyleOptionViewItem, rect: QRectF, review: Any
    ) -> None:
        smart = review.smart
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        gap = 3.0
        size = min(rect.height(), option.fontMetrics.height() + 2, (rect.width() - 3 * gap) / 4)
        left = rect.left() + max(0.0, (rect.width() - 4 * size - 3 * gap) / 2)
        top = rect.top() + (rect.height() - size) / 2
        text = self._text_colour(option)
        soft = contrast_line(option.palette, 0.45)
        for n, criterion in enumerate(SmartCriterion):
            box = QRectF(left + n * (size + gap), top, size, size)
            warning = not smart.met(criterion) and all(
                issue in smart.warnings for issue in smart.issues_of(criterion)
            )
            if smart.met(criterion):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(STATUS_COLOURS_MET))
                colour = QColor("#ffffff")
            else:
                painter.setPen(QPen(QColor(WARNING_COLOUR) if warning else soft, 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                colour = soft if not warning else text
            painter.drawRoundedRect(box.adjusted(0.7, 0.7, -0.7, -0.7), 4, 4)
            painter.setPen(colour)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, criterion_letter(criterion))


def _plain_number(value: float) -> str:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "g", 15)
