"""A reusable card board: columns of cards that people add, edit, reorder and move.

Used by the SWOT quadrants, the PESTEL categories and the TOWS matrix, and meant for the
marketing-mix kanban too. It knows nothing of services: the page feeds it cards and turns
its intents into undo commands.

Pieces (each usable alone):

- `Card(id, text, badges=(), weight=None, tooltip="", data=None)`: what a card shows. The
  page maps its read models to cards (`data` may carry the read model; it is not compared).
- `CardListModel(board, group, commit=None, weight_range=None)`: the cards of one group
  (ids + row cache). `set_cards(cards)` diffs by id, so selection and focus survive a
  refresh. Roles: Display/Edit (text), `ID_ROLE`, `BADGES_ROLE`, `WEIGHT_ROLE`, `CARD_ROLE`,
  tooltip and accessible text. An edited text calls `commit(item_id, text) -> bool`. Drags
  carry `MIME_TYPE` (board, id, group); a drop on this board's lists emits
  `move_requested(item_id, group, index)`, where index is the card's place in the target
  group once it has moved (the model itself never changes rows on a drop).
- `CardDelegate(accent=None)`: paints a card (large wrapped text, a badge line with weight
  pips, a focus ring) and edits its text in place (Enter keeps, Escape cancels).
- `CardListView(model)`: a QListView with drag and drop and the keyboard equivalents: Enter
  or F2 edit, Delete deletes, Ctrl+Up/Down reorder, Ctrl+Left/Right move to the previous or
  next group, Alt+1…9 move to a group, digits set the weight (when `weight_range` is set),
  Insert goes to the quick-add line, the context menu lists it all. Signals:
  `move_requested(id, group, index)`, `delete_requested(id)`, `edit_requested(id)` (when
  the text is not editable in place), `weight_requested(id, weight)`,
  `quick_add_requested()`, `current_card_changed(id | None)`. `placeholder` is the text shown
  while the list is empty; `menu_hook(menu, id)` adds the page's own menu entries.
- `ColumnSpec(group, title, subtitle, placeholder, quick_add, accent, cell)` and
  `CardColumn`: a titled column with its count, its view and a quick-add line (type, Enter:
  `add_requested(group, text)`; call `accept_quick_add()` once the card exists).
- `CardBoard(board, specs, commit=None, weight_range=None, min_column_width=150)`: the
  columns in a grid (each at least `min_column_width` wide; titles elide), with the
  same signals as the views (moves clamped, no-op moves dropped) plus
  `add_requested(group, text)` and `current_changed(id | None)`; `set_cards(group, cards)`,
  `focus_card(id)`, `select_first()`, `current_id()`, `group_of(id)`,
  `set_menu_hook(hook)`.

A page typically does::

    board = CardBoard("swot", specs, commit=self._commit_text, weight_range=(1, 5))
    board.add_requested.connect(self.add)          # → CreateCommand, then accept_quick_add
    board.move_requested.connect(self.move)        # → MoveCommand (reorder or other group)
    board.delete_requested.connect(self.delete)    # → DeleteCommand
    ...
    def refresh(self):
        for group in board.groups():
            board.set_cards(group, [to_card(item) for item in items[group]])
"""

from stratdesk.ui.widgets.cards.board import CardBoard
from stratdesk.ui.widgets.cards.column import CardColumn, ColumnSpec
from stratdesk.ui.widgets.cards.delegate import CardDelegate, CardEditor, pips
from stratdesk.ui.widgets.cards.model import (
    BADGES_ROLE,
    CARD_ROLE,
    ID_ROLE,
    MIME_TYPE,
    WEIGHT_ROLE,
    Card,
    CardListModel,
    decode_card,
    encode_card,
)
from stratdesk.ui.widgets.cards.view import CardListView

__all__ = [
    "BADGES_ROLE",
    "CARD_ROLE",
    "ID_ROLE",
    "MIME_TYPE",
    "WEIGHT_ROLE",
    "Card",
    "CardBoard",
    "CardColumn",
    "CardDelegate",
    "CardEditor",
    "CardListModel",
    "CardListView",
    "ColumnSpec",
    "decode_card",
    "encode_card",
    "pips",
]
