"""A list of cards that turns every mouse and keyboard gesture into an intent signal.

The view never calls a service: the page connects the signals to undo commands. Keys:
Enter or F2 edit the text in place, Delete deletes, Ctrl+Up/Down reorder, Ctrl+Left/Right
move to the previous/next group, Alt+1…9 move to group 1…9, the digits set the weight (when
the cards have one), Insert asks for the quick-add line, the menu key opens the same choices
as a right click.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QMenu, QWidget

from stratdesk.ui.widgets.cards.delegate import CARD_POINT_SIZE, CardDelegate
from stratdesk.ui.widgets.cards.menu import build_card_menu
from stratdesk.ui.widgets.cards.model import CardListModel

MenuHook = Callable[[QMenu, int], None]
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}
MIN_LIST_HEIGHT = 44  # a card's first line: on a short screen the list scrolls the rest


class CardListView(QListView):
    """The cards of one group; `groups` names every group of the board, in order."""

    move_requested = Signal(int, object, int)  # id, target group, index (clamped by the board)
    delete_requested = Signal(int)
    edit_requested = Signal(int)  # editing asked for, where the text is not edited in place
    weight_requested = Signal(int, int)
    quick_add_requested = Signal()
    current_card_changed = Signal(object)  # the current card's id, or None
    vote_requested = Signal(int, int)  # id, +1 or -1: a click on the votes pill (workshop)

    def __init__(
        self,
        model: CardListModel,
        delegate: CardDelegate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.card_model = model
        self.setModel(model)
        delegate = delegate or CardDelegate()
        delegate.setParent(self)
        self.setItemDelegate(delegate)
        self.placeholder = ""
        self.groups: list[tuple[object, str]] = [(model.group, "")]
        self.menu_hook: MenuHook | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "CardListView",
                "Enter: edit. Delete: delete. Ctrl+Up/Down: reorder. "
                "Ctrl+Left/Right or Alt+number: move to another list. Insert: add.",
            )
        )
        model.move_requested.connect(self.move_requested)
        self.selectionModel().currentChanged.connect(
            lambda current, _previous: self.current_card_changed.emit(self._id_at(current))
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), MIN_LIST_HEIGHT)

    # -- cards -----------------------------------------------------------------------------
    @property
    def group(self) -> object:
        return self.card_model.group

    def current_id(self) -> int | None:
        return self._id_at(self.currentIndex())

    def _id_at(self, index: QModelIndex) -> int | None:
        return self.card_model.card(index.row()).id if index.isValid() else None

    def select_id(self, item_id: int, *, edit: bool = False) -> bool:
        """Make `item_id` the current, selected card (and edit it); False if not here."""
        row = self.card_model.row_of(item_id)
        if row < 0:
            return False
        index = self.card_model.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if edit:
            self.start_edit()
        return True

    @property
    def editable(self) -> bool:
        return self.card_model.editable

    def set_editable(self, editable: bool) -> None:
        """False on a read-only plan: the cards are shown, not edited, moved or deleted."""
        self.card_model.editable = editable
        self.setDragEnabled(editable)
        self.setAcceptDrops(editable)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )

    def start_edit(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        if self.card_model.flags(self.currentIndex()) & Qt.ItemFlag.ItemIsEditable:
            self.setFocus()
            self.edit(self.currentIndex())
        else:
            self.edit_requested.emit(item_id)

    # -- intents ---------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        """Move the current card up (-1) or down (+1) within its group."""
        if not self.editable:
            return
        item_id, row = self.current_id(), self.currentIndex().row()
        target = row + delta
        if item_id is not None and 0 <= target < self.card_model.rowCount():
            self.move_requested.emit(item_id, self.group, target)

    def step_group(self, delta: int) -> None:
        """Move the current card to the previous (-1) or next (+1) group, at the same height."""
        order = [group for group, _label in self.groups]
        item_id = self.current_id()
        if item_id is None or self.group not in order or not self.editable:
            return
        target = order.index(self.group) + delta
        if 0 <= target < len(order):
            self.move_requested.emit(item_id, order[target], self.currentIndex().row())

    def move_to_group(self, number: int) -> None:
        """Move the current card to the end of group `number` (0-based)."""
        item_id = self.current_id()
        if item_id is None or not 0 <= number < len(self.groups) or not self.editable:
            return
        group = self.groups[number][0]
        if group != self.group:
            self.move_requested.emit(item_id, group, 1_000_000)  # the board clamps it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        ctrl = mods == Qt.KeyboardModifier.ControlModifier
        item_id = self.current_id()
        if not self.editable and not (plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            super().keyPressEvent(event)  # read-only: moving around only (Enter: details)
        elif key == Qt.Key.Key_Insert and plain:
            self.quick_add_requested.emit()
        elif item_id is None:
            super().keyPressEvent(event)
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.start_edit()
        elif plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(item_id)
        elif ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step(-1 if key == Qt.Key.Key_Up else 1)
        elif ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.step_group(-1 if key == Qt.Key.Key_Left else 1)
        elif mods == Qt.KeyboardModifier.AltModifier and key in DIGITS:
            self.move_to_group(DIGITS[key] - 1)
        elif plain and key in DIGITS and self._weight_fits(DIGITS[key]):
            self.weight_requested.emit(item_id, DIGITS[key])
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a card's votes pill (workshop mode) gives a vote; Shift+click takes one."""
        point = event.position().toPoint()
        index = self.indexAt(point)
        delegate = self.itemDelegate()
        if (
            isinstance(delegate, CardDelegate)
            and event.button() == Qt.MouseButton.LeftButton
            and (votes := delegate.votes_shown(index)) is not None
            and delegate.vote_rect(self.visualRect(index), votes, self.font()).contains(point)
        ):
            self.setCurrentIndex(index)
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.vote_requested.emit(self.card_model.card(index.row()).id, -1 if shift else 1)
            event.accept()
            return
        super().mousePressEvent(event)

    def relayout(self) -> None:
        """Measure the cards again (their delegate changed what it shows)."""
        self.scheduleDelayedItemsLayout()
        self.viewport().update()

    def _weight_fits(self, weight: int) -> bool:
        bounds = self.card_model.weight_range
        return bounds is not None and bounds[0] <= weight <= bounds[1]

    # -- the context menu ------------------------------------------------------------------
    def build_menu(self, item_id: int) -> QMenu:
        """The card's menu: every choice names its keyboard equivalent."""
        return build_card_menu(self, item_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid():
            self.setCurrentIndex(index)
        item_id = self.current_id()
        if item_id is None:
            return
        position = event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position = self.viewport().mapToGlobal(self.visualRect(self.currentIndex()).center())
        menu = self.build_menu(item_id)
        menu.exec(position)
        menu.deleteLater()

    # -- the empty state -------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.card_model.rowCount() or not self.placeholder:
            return
        painter = QPainter(self.viewport())
        font = self.font()
        font.setPointSizeF(CARD_POINT_SIZE - 1)
        painter.setFont(font)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area: QRect = self.viewport().rect().adjusted(16, 16, -16, -16)
        painter.drawText(
            area,
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            self.placeholder,
        )
        painter.end()

    def viewport_point(self, row: int) -> QPoint:
        """The centre of a card, in viewport coordinates (for tests and tooltips)."""
        return self.visualRect(self.card_model.index(row)).center()
