"""The context menu of a card: the same choices as the keys, each naming its key."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from stratdesk.ui.widgets.cards.view import CardListView


def build_card_menu(view: CardListView, item_id: int) -> QMenu:
    """Edit, weight, move up/down, move to another group, the page's entries, delete."""
    translate = QCoreApplication.translate
    menu = QMenu(view)
    row = view.card_model.row_of(item_id)

    def add(text: str, keys: str, slot: Callable[[], object], enabled: bool = True) -> None:
        action = QAction(text, menu)
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutVisibleInContextMenu(True)
        action.setEnabled(enabled)
        action.triggered.connect(slot)
        menu.addAction(action)

    flags = view.card_model.flags(view.card_model.index(row))
    editable = bool(flags & Qt.ItemFlag.ItemIsEditable)
    changes = view.editable  # False on a read-only plan: every change below is off
    add(translate("CardListView", "Edit"), "F2", view.start_edit, editable)
    if view.card_model.weight_range is not None:
        low, high = view.card_model.weight_range
        weights = menu.addMenu(translate("CardListView", "Weight"))
        weights.setEnabled(changes)
        for weight in range(low, high + 1):
            action = weights.addAction(str(weight))
            action.setShortcut(QKeySequence(str(weight)))
            action.setShortcutVisibleInContextMenu(True)
            action.triggered.connect(
                lambda _checked=False, w=weight: view.weight_requested.emit(item_id, w)
            )
    count = view.card_model.rowCount()
    add(translate("CardListView", "Move up"), "Ctrl+Up", lambda: view.step(-1), changes and row > 0)
    add(
        translate("CardListView", "Move down"),
        "Ctrl+Down",
        lambda: view.step(1),
        changes and row < count - 1,
    )
    if len(view.groups) > 1:
        targets = menu.addMenu(translate("CardListView", "Move to"))
        targets.setEnabled(changes)
        for number, (group, label) in enumerate(view.groups):
            action = targets.addAction(label or str(group))
            if number < 9:
                action.setShortcut(QKeySequence(f"Alt+{number + 1}"))
                action.setShortcutVisibleInContextMenu(True)
            action.setEnabled(group != view.group)
            action.triggered.connect(lambda _checked=False, n=number: view.move_to_group(n))
    if view.menu_hook is not None:
        view.menu_hook(menu, item_id)
    menu.addSeparator()
    add(
        translate("CardListView", "Delete"),
        "Del",
        lambda: view.delete_requested.emit(item_id),
        changes,
    )
    return menu
