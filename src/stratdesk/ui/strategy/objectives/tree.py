"""The objectives tree as the page shows it: legible, edited in place, rows selected."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from stratdesk.ui.strategy.objectives.cells import SMART, STATEMENT
from stratdesk.ui.strategy.objectives.delegate import ObjectivesDelegate
from stratdesk.ui.strategy.objectives.model import ObjectivesTreeModel
from stratdesk.ui.style import TABLE_POINT_SIZE, sized_font
from stratdesk.ui.widgets.tables import EDIT_TRIGGERS

# Widths in characters of the table's font (the statement takes what is left).
WIDTHS = (0, 15, 9, 9, 12, 23, 9)
STATEMENT_MIN_CHARS = 26


def objectives_tree(
    model: ObjectivesTreeModel,
    kpis: Callable[[], list[tuple[int, str]]],
    years: Callable[[], tuple[int, int]],
    parent: QWidget | None = None,
) -> QTreeView:
    tree = QTreeView(parent)
    tree.setModel(model)
    tree.setItemDelegate(ObjectivesDelegate(kpis, years, tree))
    tree.setFont(sized_font(tree, TABLE_POINT_SIZE))
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tree.setEditTriggers(EDIT_TRIGGERS)
    tree.setAlternatingRowColors(True)
    tree.setWordWrap(True)
    tree.setUniformRowHeights(False)
    tree.setAllColumnsShowFocus(True)
    tree.setExpandsOnDoubleClick(False)  # a double-click edits the cell
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    tree.setAccessibleName(QCoreApplication.translate("ObjectivesView", "Objectives"))
    header = tree.header()
    header.setFont(sized_font(header, TABLE_POINT_SIZE, bold=True))
    header.setStretchLastSection(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    char = tree.fontMetrics().averageCharWidth()
    for column, width in enumerate(WIDTHS):
        if column != STATEMENT:
            tree.setColumnWidth(column, width * char + 16)
    # The badge: four letter boxes of a line's height, and their gaps.
    tree.setColumnWidth(SMART, 4 * (tree.fontMetrics().height() + 2) + 9 + 16)
    header.setSectionResizeMode(STATEMENT, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(4 * char)
    # Wrapped rows take the height their column's width gives them: lay out again (once)
    # after the columns change width.
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    header.sectionResized.connect(lambda *_args: relayout.start())
    return tree
