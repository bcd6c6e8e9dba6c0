"""The cards of one list (a quadrant, a category, a kanban column) as a Qt list model.

The page turns its read models into `Card`s (text, badges, weight) and hands them over with
`set_cards`; the model diffs them by id so the selection and the current card survive a
refresh. It never writes: an edited text goes to `commit(item_id, text)` (an undo command),
and a drop becomes `move_requested(item_id, group, index)` for the page to turn into one.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from stratdesk.i18n.formatting import count_text

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, str], bool]

MIME_TYPE = "application/x-stratdesk-card"

ID_ROLE = Qt.ItemDataRole.UserRole + 1
BADGES_ROLE = Qt.ItemDataRole.UserRole + 2
WEIGHT_ROLE = Qt.ItemDataRole.UserRole + 3
CARD_ROLE = Qt.ItemDataRole.UserRole + 4
VOTES_ROLE = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class Card:
    """What a card shows. `data` carries the read model for the page (not compared);
    `votes` its dot votes, on boards whose items carry them (None: no votes here)."""

    id: int
    text: str
    badges: tuple[str, ...] = ()
    weight: int | None = None
    tooltip: str = ""
    data: Any = field(default=None, compare=False)
    votes: int | None = None


def votes_text(votes: int | None) -> str:
    """ "3 votes" ("" without any): said under a card's text and to screen readers."""
    if not votes:
        return ""
    translate = QCoreApplication.translate
    return count_text(votes, translate("Card", "1 vote"), translate("Card", "{n} votes"))


def encode_card(board: str, item_id: int, group: object) -> QMimeData:
    """The MIME data a dragged card carries: its board, id and group."""
    mime = QMimeData()
    payload = {"board": board, "id": item_id, "group": str(group)}
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
    return mime


def decode_card(mime: QMimeData | None, board: str) -> int | None:
    """The id of the card in `mime` if it comes from `board`, else None."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("board") != board:
        return None
    item_id = payload.get("id")
    return item_id if isinstance(item_id, int) else None


class CardListModel(QAbstractListModel):
    """The cards of one `group` of a `board`; drops of that board's cards become moves."""

    move_requested = Signal(int, object, int)  # item id, target group, index in that group

    def __init__(
        self,
        board: str,
        group: object,
        *,
        commit: Commit | None = None,
        weight_range: tuple[int, int] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.group = group
        self.weight_range = weight_range
        self.editable = True  # False: no text edits, drags or drops (a read-only plan)
        self._commit = commit
        self._cards: list[Card] = []

    # -- cards ---------------------------------------------------------------------------
    def card(self, row: int) -> Card:
        return self._cards[row]

    def cards(self) -> list[Card]:
        return list(self._cards)

    def ids(self) -> list[int]:
        return [card.id for card in self._cards]

    def row_of(self, item_id: int) -> int:
        """The row of the card `item_id`, or -1."""
        return next((i for i, card in enumerate(self._cards) if card.id == item_id), -1)

    def set_cards(self, cards: Sequence[Card]) -> None:
        """Show `cards`: insert, remove and update only the rows that differ."""
        new = list(cards)
        matcher = SequenceMatcher(
            a=[c.id for c in self._cards], b=[c.id for c in new], autojunk=False
        )
        opcodes = matcher.get_opcodes()
        # From the end, so that earlier row numbers stay valid while rows come and go.
        for tag, i1, i2, j1, j2 in reversed(opcodes):
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QModelIndex(), i1, i2 - 1)
                del self._cards[i1:i2]
                self.endRemoveRows()
            if tag in ("insert", "replace"):
                self.beginInsertRows(QModelIndex(), i1, i1 + (j2 - j1) - 1)
                self._cards[i1:i1] = new[j1:j2]
                self.endInsertRows()
        changed = [
            j1 + k
            for tag, _i1, _i2, j1, j2 in opcodes
            if tag == "equal"
            for k in range(j2 - j1)
            if self._cards[j1 + k] != new[j1 + k]
        ]
        self._cards = new
        for row in changed:
            self.dataChanged.emit(self.index(row), self.index(row))

    # -- Qt overrides --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.tooltip or card.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = (card.text, votes_text(card.votes), *card.badges)
            return " — ".join(part for part in said if part)
        if role == ID_ROLE:
            return card.id
        if role == BADGES_ROLE:
            return list(card.badges)
        if role == WEIGHT_ROLE:
            return card.weight
        if role == CARD_ROLE:
            return card
        if role == VOTES_ROLE:
            return card.votes
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._commit is None:
            return False
        if not self.editable:
            return False
        return self._commit(self._cards[index.row()].id, str(value))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            # Cards are dropped between cards (or at the end), never onto one.
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )
        if not self.editable:  # a read-only plan: cards are looked at, not moved or typed in
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self._commit is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- drag and drop -------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if not rows:
            return QMimeData()
        return encode_card(self.board, self._cards[rows[0]].id, self.group)

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return action == Qt.DropAction.MoveAction and decode_card(data, self.board) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Ask for the move; the rows change only when the page's command refreshes them."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        item_id = decode_card(data, self.board)
        assert item_id is not None
        if parent.isValid():  # dropped onto a card: in front of it
            row = parent.row()
        if row < 0 or row > len(self._cards):
            row = len(self._cards)
        current = self.row_of(item_id)
        # `row` counts the dragged card when it comes from this list; the index does not.
        index = row - 1 if 0 <= current < row else row
        if current == index:
            return False  # dropped where it was
        self.move_requested.emit(item_id, self.group, index)
        return True
