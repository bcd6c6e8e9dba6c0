"""A board of card columns (SWOT quadrants, PESTEL categories, TOWS kinds, kanban columns).

The board builds one `CardListModel` + `CardListView` per group, lays the columns out, tells
each view the order of the groups (for Ctrl+Left/Right and Alt+number), and re-emits the
views' intents once, with the target index clamped and no-op moves dropped.

Workshop mode adds `set_votes_shown` (a votes pill on each card, `vote_requested` on a click)
and `set_ranked` (cards shown most votes first: the stored order is left alone, so cards are
then not reordered within their group, only moved to another).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from stratdesk.domain.votes import ranked
from stratdesk.ui.widgets.cards.column import MIN_COLUMN_WIDTH, CardColumn, ColumnSpec
from stratdesk.ui.widgets.cards.delegate import CardDelegate
from stratdesk.ui.widgets.cards.model import Card, CardListModel, Commit
from stratdesk.ui.widgets.cards.view import CardListView, MenuHook


class CardBoard(QWidget):
    """Columns of cards for the groups of `specs`; cards move between them by drag or key."""

    move_requested = Signal(int, object, int)  # id, target group, index within it
    delete_requested = Signal(int)
    edit_requested = Signal(int)
    weight_requested = Signal(int, int)
    add_requested = Signal(object, str)  # group, text
    current_changed = Signal(object)  # the current card's id (None: no card)
    vote_requested = Signal(int, int)  # id, +1 or -1 (a click on a votes pill)

    def __init__(
        self,
        board: str,
        specs: Sequence[ColumnSpec],
        *,
        commit: Commit | None = None,
        weight_range: tuple[int, int] | None = None,
        min_column_width: int = MIN_COLUMN_WIDTH,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.columns: dict[object, CardColumn] = {}
        self._active: CardListView | None = None
        self.ranked = False
        self._given: dict[object, list[Card]] = {}  # the cards as the page gave them
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        order = [(spec.group, spec.title) for spec in specs]
        for number, spec in enumerate(specs):
            model = CardListModel(board, spec.group, commit=commit, weight_range=weight_range)
            column = CardColumn(spec, model, self, min_column_width)
            model.setParent(column)
            view = column.view
            view.groups = list(order)
            view.move_requested.connect(self._on_move)
            view.delete_requested.connect(self.delete_requested)
            view.edit_requested.connect(self.edit_requested)
            view.weight_requested.connect(self.weight_requested)
            view.vote_requested.connect(self.vote_requested)
            view.current_card_changed.connect(lambda item_id, v=view: self._on_current(v, item_id))
            view.installEventFilter(self)
            column.add_requested.connect(self.add_requested)
            row, col = spec.cell if spec.cell is not None else (0, number)
            grid.addWidget(column, row, col)
            self.columns[spec.group] = column
        for col in range(grid.columnCount()):
            grid.setColumnStretch(col, 1)
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 1)

    # -- parts -----------------------------------------------------------------------------
    def groups(self) -> list[object]:
        return list(self.columns)

    def column(self, group: object) -> CardColumn:
        return self.columns[group]

    def view(self, group: object) -> CardListView:
        return self.columns[group].view

    def model(self, group: object) -> CardListModel:
        return self.columns[group].view.card_model

    def set_cards(self, group: object, cards: Sequence[Card]) -> None:
        self._given[group] = list(cards)
        self.model(group).set_cards(ranked(cards, _votes) if self.ranked else cards)

    # -- workshop mode ---------------------------------------------------------------------
    def set_votes_shown(self, shown: bool) -> None:
        """Draw each card's votes as a pill (clicks on it ask for a vote), or not."""
        for column in self.columns.values():
            delegate = column.view.itemDelegate()
            if isinstance(delegate, CardDelegate) and delegate.show_votes != shown:
                delegate.show_votes = shown
                column.view.relayout()

    def set_ranked(self, on: bool) -> None:
        """Show the cards most votes first (True) or in their stored order."""
        self.ranked = on
        current = self.current_id()
        for group, cards in self._given.items():
            self.model(group).set_cards(ranked(cards, _votes) if on else cards)
        if current is not None and (group := self.group_of(current)) is not None:
            self.view(group).select_id(current)  # the same card stays chosen

    def column_of(self, widget: QWidget | None) -> CardColumn | None:
        """The column holding `widget` (a card list, a quick-add line…), if any."""
        while widget is not None and widget is not self:
            if isinstance(widget, CardColumn) and widget in self.columns.values():
                return widget
            widget = widget.parentWidget()
        return None

    def set_editable(self, editable: bool) -> None:
        """False on a read-only plan: cards are shown, selected and opened, not changed."""
        for column in self.columns.values():
            column.set_editable(editable)

    def set_menu_hook(self, hook: MenuHook | None) -> None:
        """Add the page's own entries to every card's context menu."""
        for column in self.columns.values():
            column.view.menu_hook = hook

    # -- the current card ------------------------------------------------------------------
    def group_of(self, item_id: int) -> object | None:
        return next((g for g in self.columns if self.model(g).row_of(item_id) >= 0), None)

    def current_view(self) -> CardListView | None:
        return self._active

    def current_id(self) -> int | None:
        return self._active.current_id() if self._active is not None else None

    def focus_card(self, item_id: int, *, edit: bool = False) -> bool:
        """Select `item_id` wherever it is now and give it the keyboard focus."""
        group = self.group_of(item_id)
        if group is None:
            return False
        view = self.view(group)
        view.select_id(item_id)
        self._set_active(view)  # after selecting: listeners hear of the card, not of None
        view.setFocus()
        if edit:
            view.start_edit()
        return True

    def select_first(self) -> int | None:
        """Make the first card of the first non-empty group current, without taking the
        focus (so a side panel has something to show); returns its id."""
        for group in self.columns:
            model = self.model(group)
            if model.rowCount():
                view = self.view(group)
                view.select_id(model.card(0).id)
                self._set_active(view)
                return model.card(0).id
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, CardListView):
            self._set_active(watched)
        return False

    def _set_active(self, view: CardListView) -> None:
        if view is self._active:
            return
        if self._active is not None:
            self._active.clearSelection()  # one selected card on the board, not one per list
        self._active = view
        self.current_changed.emit(view.current_id())

    def _on_current(self, view: CardListView, item_id: int | None) -> None:
        if view is not self._active and item_id is not None:
            self._set_active(view)
        elif view is self._active:
            self.current_changed.emit(item_id)

    # -- intents ---------------------------------------------------------------------------
    def _on_move(self, item_id: int, group: object, index: int) -> None:
        if group not in self.columns:
            return
        model = self.model(group)
        current = model.row_of(item_id)
        last = model.rowCount() - (1 if current >= 0 else 0)
        index = max(0, min(index, last))
        if current == index or (self.ranked and current >= 0):
            return  # ranked: the shown order is not the stored one, so no reordering
        self.move_requested.emit(item_id, group, last if self.ranked else index)


def _votes(card: Card) -> int | None:
    return card.votes
