"""All Ps side by side: rows are the Ps, columns the statuses, each cell counts and budgets.

Big numbers, few words: legible on a projector. A cell says how many actions, their planned
and actual budget, and what needs attention (overdue, serving no objective) in words. Enter
or a double click opens that P's board.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.domain.labels import enum_label
from stratdesk.ui.operations.mix.board import budget_lines
from stratdesk.ui.operations.mix.board_state import COLUMNS, MixBoardState
from stratdesk.ui.style import sized_font

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (p or None, column or None)
COUNT_ROLE = Qt.ItemDataRole.UserRole + 2
BUDGET_ROLE = Qt.ItemDataRole.UserRole + 3
NOTICE_ROLE = Qt.ItemDataRole.UserRole + 4
PAD = 6  # above and below a cell's lines


class MixOverviewModel(QAbstractTableModel):
    """One row per P of the plan and a last "All" row; one column per status and "All"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.ps: tuple[MixP, ...] = ()
        self.state: MixBoardState | None = None
        self.currency = "EUR"

    def set_state(self, state: MixBoardState, ps: tuple[MixP, ...], currency: str) -> None:
        if ps != self.ps:
            self.beginResetModel()
            self.ps, self.state, self.currency = ps, state, currency
            self.endResetModel()
            return
        self.state, self.currency = state, currency
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def key(self, index: Index) -> tuple[MixP | None, MixColumn | None]:
        p = self.ps[index.row()] if index.row() < len(self.ps) else None
        column = COLUMNS[index.column()] if index.column() < len(COLUMNS) else None
        return p, column

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.state is None else len(self.ps) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section < len(COLUMNS):
                return enum_label(COLUMNS[section])
            return self.tr("All columns")
        if section < len(self.ps):
            return enum_label(self.ps[section])
        return self.tr("All Ps")

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.state is None:
            return None
        p, column = self.key(index)
        if role == KEY_ROLE:
            return p, column
        total = self.state.total(p, column)
        if role == Qt.ItemDataRole.BackgroundRole and (p is None or column is None):
            # The totals row and column stand apart from the cells they add up.
            return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
        if role == COUNT_ROLE:
            return self.count_text(total.count)
        if role == BUDGET_ROLE:
            # An empty cell says so in one line: empty Ps take little room.
            return budget_lines(total, self.currency) if total.count else ""
        if role == NOTICE_ROLE:
            return self._notice(p, column)
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            parts = [self.count_text(total.count), index.data(BUDGET_ROLE)]
            parts.append(self._notice(p, column))
            return "\n".join(part for part in parts if part)
        return None

    def count_text(self, count: int) -> str:
        if count == 0:
            return self.tr("No action")
        if count == 1:
            return self.tr("1 action")
        return self.tr("{count} actions").format(count=count)

    def _notice(self, p: MixP | None, column: MixColumn | None) -> str:
        assert self.state is not None
        words: list[str] = []
        overdue = self.state.overdue_count(p, column)
        if overdue:
            words.append(self.tr("{count} overdue").format(count=overdue))
        unlinked = self.state.unlinked_count(p, column)
        if unlinked:
            words.append(self.tr("{count} without objective").format(count=unlinked))
        return " · ".join(words)


class OverviewDelegate(QStyledItemDelegate):
    """The count in large bold type, the budget under it, then what needs attention."""

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        big, body, notice = QFont(base), QFont(base), QFont(base)
        big.setPointSizeF(15)
        big.setBold(True)
        body.setPointSizeF(12)
        notice.setPointSizeF(12)
        notice.setItalic(True)
        return big, body, notice

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Only as tall as its lines: seven Ps and the totals fit a projector's screen.
        big, body, notice = self._fonts(option.font)
        height = QFontMetrics(big).height() + 2 * PAD
        if index.data(BUDGET_ROLE):
            height += 2 * QFontMetrics(body).height() + 4
        if index.data(NOTICE_ROLE):
            height += QFontMetrics(notice).height() + 2
        return QSize(180, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        big, body, notice = self._fonts(option.font)
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        if not index.data(BUDGET_ROLE):
            # "No action": said softly, so the cells with actions stand out.
            big.setBold(False)
            if not selected:
                role = QPalette.ColorRole.PlaceholderText
        area: QRect = option.rect.adjusted(10, PAD, -10, -PAD)
        painter.save()
        painter.setPen(palette.color(role))
        lines = (
            (big, str(index.data(COUNT_ROLE) or "")),
            (body, str(index.data(BUDGET_ROLE) or "")),
            (notice, str(index.data(NOTICE_ROLE) or "")),
        )
        top = area.top()
        for font, line in lines:
            if not line:
                continue
            painter.setFont(font)
            metrics = QFontMetrics(font)
            for part in line.split("\n"):
                shown = metrics.elidedText(part, Qt.TextElideMode.ElideRight, area.width())
                painter.drawText(area.left(), top + metrics.ascent(), shown)
                top += metrics.height()
            top += 2
        painter.restore()


class MixOverviewView(QTableView):
    """The overview table; `open_requested(p, column)` asks to show a P's board."""

    open_requested = Signal(object, object)

    def __init__(self, model: MixOverviewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(OverviewDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Overview of the marketing mix"))
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setFont(sized_font(header, 14, bold=True))
            header.setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            p, column = index.data(KEY_ROLE)
            if p is not None:
                self.open_requested.emit(p, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentIndex())
            return
        super().keyPressEvent(event)
