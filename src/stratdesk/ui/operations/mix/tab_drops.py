"""Dropping a card on a P's tab moves it to that P (same column, at the end).

Hovering a tab with a card also opens it (Qt's `changeCurrentOnDrag`), so the card can be
dropped at a precise place in the other P's board instead.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QTabBar

from stratdesk.ui.operations.mix.board import BOARD
from stratdesk.ui.widgets.cards.model import decode_card


class TabDropFilter(QObject):
    """Watches a tab bar; `drop(item_id, p)` is called for a card dropped on a P's tab."""

    def __init__(
        self,
        tab_bar: QTabBar,
        p_of_tab: Callable[[int], Any],
        drop: Callable[[int, Any], None],
    ) -> None:
        super().__init__(tab_bar)
        self._bar = tab_bar
        self._p_of_tab = p_of_tab
        self._drop = drop
        tab_bar.setAcceptDrops(True)
        tab_bar.setChangeCurrentOnDrag(True)
        tab_bar.installEventFilter(self)

    def _target(self, event: QDropEvent) -> tuple[int, Any] | None:
        item_id = decode_card(event.mimeData(), BOARD)
        if item_id is None:
            return None
        p = self._p_of_tab(self._bar.tabAt(event.position().toPoint()))
        return None if p is None else (item_id, p)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragMoveEvent)
            if decode_card(event.mimeData(), BOARD) is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            return False  # the tab bar also sees it, to open the tab under the card
        if kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            target = self._target(event)
            if target is None:
                event.ignore()
                return True
            event.acceptProposedAction()
            self._drop(*target)
            return True
        return False
