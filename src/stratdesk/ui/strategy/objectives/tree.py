"""The objectives tree as the page shows it: legible, edited in place, rows selected, and its
columns shared out so that the statements keep room on a small screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from stratdesk.ui.strategy.objectives.cells import (
    BASELINE,
    DEADLINE,
    MEASURE,
    PROGRESS,
    SMART,
    STATEMENT,
    TARGET,
)
from stratdesk.ui.strategy.objectives.delegate import ObjectivesDelegate
from stratdesk.ui.strategy.objectives.model import ObjectivesTreeModel
from stratdesk.ui.style import TABLE_POINT_SIZE, sized_font
from stratdesk.ui.widgets.tables import EDIT_TRIGGERS

# Widths in characters of the table's font: (preferred, least). The statement takes what is
# left, and never less than STATEMENT_CHARS: below that the tree scrolls sideways.
WIDTHS = {MEASURE: (15, 11), BASELINE: (9, 8), TARGET: (9, 8), DEADLINE: (12, 12)}
WIDTHS[PROGRESS] = (23, 15)
STATEMENT_CHARS = 24
PADDING = 16


def column_widths(available: int, char: float, smart: int) -> dict[int, int]:
    """Each column's width in px for a viewport `available` px wide: the preferred widths
    while the statement keeps its least; then shrunk together towards their least widths."""
    preferred = {column: round(p * char) + PADDING for column, (p, _least) in WIDTHS.items()}
    least = {column: round(m * char) + PADDING for column, (_p, m) in WIDTHS.items()}
    statement_least = round(STATEMENT_CHARS * char)
    spare = available - smart - sum(preferred.values()) - statement_least
    room = sum(preferred[c] - least[c] for c in WIDTHS)
    share = 0.0 if spare >= 0 or room == 0 else min(1.0, -spare / room)
    widths = {c: round(preferred[c] - (preferred[c] - least[c]) * share) for c in WIDTHS}
    widths[SMART] = smart
    widths[STATEMENT] = max(statement_least, available - sum(widths.values()))
    return widths


class ObjectivesTree(QTreeView):
    """Shares its width out among the columns whenever it is resized."""

    def smart_width(self) -> int:
        # The badge: four letter boxes of a line's height, and their gaps.
        return 4 * (self.fontMetrics().height() + 2) + 9 + PADDING

    def fit_columns(self) -> None:
        char = self.fontMetrics().averageCharWidth()
        widths = column_widths(self.viewport().width(), char, self.smart_width())
        for column, width in widths.items():
            if self.columnWidth(column) != width:
                self.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()


def objectives_tree(
    model: ObjectivesTreeModel,
    kpis: Callable[[], list[tuple[int, str]]],
    years: Callable[[], tuple[int, int]],
    parent: QWidget | None = None,
) -> ObjectivesTree:
    tree = ObjectivesTree(parent)
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
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setMinimumSectionSize(4 * tree.fontMetrics().averageCharWidth())
    tree.fit_columns()
    # Wrapped rows take the height their column's width gives them: lay out again (once)
    # after the columns change width.
    relayout = QTimer(tree)
    relayout.setSingleShot(True)
    relayout.setInterval(0)
    relayout.timeout.connect(tree.doItemsLayout)
    header.sectionResized.connect(lambda *_args: relayout.start())
    return tree
