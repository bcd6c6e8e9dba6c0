"""The findings as a tree: one heading per kind of check (with its count), one row per
finding (the item, why), and a "Go to" button that opens the item in its own page.

Enter or a double-click on a finding does what its button does. The rows carry the item's
table, id and group code in `ITEM_ROLE`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from stratdesk.domain.alignment import kind_title
from stratdesk.domain.alignment_facts import Finding
from stratdesk.ui.style import TABLE_POINT_SIZE, sized_font

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM, WHY, GO = 0, 1, 2


def _go_text() -> str:
    return QCoreApplication.translate("AlignmentPage", "Go to")


class FindingsModel(QStandardItemModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        translate = QCoreApplication.translate
        self.setHorizontalHeaderLabels(
            [
                translate("AlignmentPage", "Item"),
                translate("AlignmentPage", "What to fix"),
                "",
            ]
        )

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.removeRows(0, self.rowCount())
        groups: dict[str, list[Finding]] = {}
        for finding in findings:
            groups.setdefault(finding.kind, []).append(finding)
        root = self.invisibleRootItem()
        for kind, group in groups.items():
            heading = QStandardItem(f"{kind_title(kind)} ({len(group)})")
            heading.setEditable(False)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            for finding in group:
                item = QStandardItem(finding.item_name)
                item.setToolTip(finding.item_name)
                why = QStandardItem(finding.message)
                why.setToolTip(finding.message)
                go = QStandardItem(_go_text())
                target = (finding.item_type, finding.item_id, finding.key)
                for cell in (item, why, go):
                    cell.setEditable(False)
                    cell.setData(target, ITEM_ROLE)
                heading.appendRow([item, why, go])
            blank = [QStandardItem(""), QStandardItem("")]
            for cell in blank:
                cell.setEditable(False)
            root.appendRow([heading, *blank])

    def finding_rows(self) -> list[QModelIndex]:
        """The index (first column) of every finding, in order."""
        rows = []
        for group in range(self.rowCount()):
            heading = self.index(group, ITEM)
            rows += [self.index(r, ITEM, heading) for r in range(self.rowCount(heading))]
        return rows


class WrapDelegate(QStyledItemDelegate):
    """A reason as tall as it needs at its column's width (it wraps, never elides)."""

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        if not index.parent().isValid():
            return size  # a heading spans the row: one line
        width = self.tree.columnWidth(index.column()) - 12
        if index.column() == ITEM:
            width -= self.tree.indentation() * 2  # a finding sits under its heading
        if width <= 0:
            return size
        metrics = option.fontMetrics
        flags = int(Qt.TextFlag.TextWordWrap)
        height = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, str(index.data())).height()
        return QSize(size.width(), max(size.height(), height + 12))


class GoButtonDelegate(QStyledItemDelegate):
    """Draws the "Go to" column as a push button; a click on it emits `clicked(index)`."""

    clicked = Signal(QModelIndex)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if index.data(ITEM_ROLE) is None:
            super().paint(painter, option, index)
            return
        button = QStyleOptionButton()
        rect: QRect = option.rect
        shape = rect.adjusted(4, 0, -4, 0)
        shape.setHeight(min(rect.height() - 6, 32))
        shape.moveCenter(rect.center())
        button.rect = shape
        button.text = str(index.data())
        button.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        button.palette = option.palette
        button.fontMetrics = option.fontMetrics
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, max(size.height(), 34))

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
            and index.data(ITEM_ROLE) is not None
        ):
            self.clicked.emit(index.sibling(index.row(), index.column()))
            return True
        return super().editorEvent(event, model, option, index)


def findings_tree(model: FindingsModel, parent: QWidget | None = None) -> QTreeView:
    tree = QTreeView(parent)
    tree.setObjectName("alignmentFindings")
    tree.setModel(model)
    tree.setFont(sized_font(tree, TABLE_POINT_SIZE))
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.setAccessibleName(QCoreApplication.translate("AlignmentPage", "Findings"))
    header = tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(GO, QHeaderView.ResizeMode.Fixed)
    tree.setColumnWidth(ITEM, 340)
    tree.setColumnWidth(GO, 110)
    tree.setItemDelegateForColumn(WHY, WrapDelegate(tree))
    tree.setItemDelegateForColumn(ITEM, WrapDelegate(tree))
    # A long reason wraps: the rows are laid out again once the columns have their width.
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    header.sectionResized.connect(lambda *_: relayout.start())
    return tree
