"""One workspace (Strategy or Operations): a list of pages beside the current page.

Pages are built the first time they are shown; until then the stack holds a placeholder. A page
whose data cannot be read (a damaged file opened read-only) shows why instead of itself.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from stratdesk.domain.errors import StratdeskError
from stratdesk.ui.pages import WorkspaceSpec
from stratdesk.ui.style import secondary_label, sized_font
from stratdesk.ui.widgets.page_badge import BADGE_ROLE, PageBadgeDelegate

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

# Narrow enough to leave a 1024-pixel projector's width to the page; a long title takes two
# lines. View › Page list (Ctrl+B) hides it to give the page the whole width.
PAGE_LIST_WIDTH = 200
ITEM_HEIGHT = 40  # one line of a title, with air around it
ITEM_PADDING = 14  # above and below a title that wraps
TEXT_MARGIN = 24  # the list's frame and the item's text margins


class WorkspaceView(QWidget):
    """The page list and the pages of one workspace."""

    current_page_changed = Signal(str)
    page_built = Signal(QWidget)  # a page was built (restore its remembered panel widths)

    def __init__(
        self, spec: WorkspaceSpec, document: PlanDocument, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.document = document
        self.page_list = QListWidget()
        self.page_list.setObjectName(f"{spec.key}PageList")
        self.page_list.setFont(sized_font(self.page_list, 13))
        self.page_list.setFixedWidth(PAGE_LIST_WIDTH)
        self.page_list.setSpacing(3)
        self.page_list.setWordWrap(True)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setAccessibleName(spec.title)
        self.page_list.setItemDelegate(PageBadgeDelegate(self.page_list))
        self._badges: list[object] = []  # what the badges follow, kept alive
        self.stack = QStackedWidget()
        self._built: dict[str, QWidget] = {}
        metrics = QFontMetrics(self.page_list.font())
        for page in spec.pages:
            self.page_list.addItem(page.title)
            item = self.page_list.item(self.page_list.count() - 1)
            item.setToolTip(page.title)
            item.setSizeHint(QSize(0, _item_height(metrics, page.title)))
            self.stack.addWidget(QWidget())  # placeholder until first shown
            if page.badge is not None:
                source = page.badge(document)
                source.count_changed.connect(partial(self.set_badge, page.key))
                self._badges.append(source)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.page_list)
        layout.addWidget(self.stack, 1)
        self.page_list.currentRowChanged.connect(self._show_row)

    def set_page_list_visible(self, visible: bool) -> None:
        self.page_list.setVisible(visible)

    def page_keys(self) -> list[str]:
        return [page.key for page in self.spec.pages]

    def current_page(self) -> str:
        row = max(self.page_list.currentRow(), 0)
        return self.spec.pages[row].key

    def show_page(self, key: str) -> bool:
        """Make the page `key` current (building it if needed); False if there is none."""
        keys = self.page_keys()
        if key not in keys:
            return False
        self.page_list.setCurrentRow(keys.index(key))
        return True

    def set_badge(self, key: str, count: int) -> None:
        """Show `count` beside the page's title (0: nothing)."""
        row = self.page_keys().index(key)
        item = self.page_list.item(row)
        title = self.spec.pages[row].title
        item.setData(BADGE_ROLE, count)
        text = QCoreApplication.translate("WorkspaceView", "{title}: {count} to check")
        item.setToolTip(text.format(title=title, count=count) if count else title)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, item.toolTip())

    def badge(self, key: str) -> int:
        row = self.page_keys().index(key)
        return int(self.page_list.item(row).data(BADGE_ROLE) or 0)

    def page_widget(self, key: str) -> QWidget:
        """The page `key`, built now if it was not yet."""
        if key not in self._built:
            row = self.page_keys().index(key)
            try:
                widget = self.spec.pages[row].factory(self.document)
            except StratdeskError as exc:
                widget = _unreadable_page(str(exc))
            widget.setObjectName(f"page_{self.spec.key}_{key}")
            placeholder = self.stack.widget(row)
            assert placeholder is not None  # the stack holds one widget per page
            current = self.stack.currentIndex()
            self.stack.insertWidget(row, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(current)
            self._built[key] = widget
            self.page_built.emit(widget)
        return self._built[key]

    def built_pages(self) -> dict[str, QWidget]:
        return dict(self._built)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        key = self.spec.pages[row].key
        self.stack.setCurrentWidget(self.page_widget(key))
        self.current_page_changed.emit(key)


def _unreadable_page(reason: str) -> QWidget:
    """What stands in for a page that could not read its data: the reason, in words."""
    text = QCoreApplication.translate("WorkspaceView", "This page cannot be shown: {reason}")
    label = secondary_label(text.format(reason=reason), 14)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _item_height(metrics: QFontMetrics, title: str) -> int:
    """One line's height, or what the title needs once wrapped to the list's width."""
    area = QRect(0, 0, PAGE_LIST_WIDTH - TEXT_MARGIN, 1000)
    needed = metrics.boundingRect(area, int(Qt.TextFlag.TextWordWrap), title).height()
    return max(ITEM_HEIGHT, needed + ITEM_PADDING)
