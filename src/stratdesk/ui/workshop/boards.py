"""The step's card boards in a workshop: the column in use, capture, hiding, votes, ranking.

Capture is the boards' own quick-add lines (typing then Enter adds a card through the
page's intents: one undo step); Tab goes from one column's line to the next. Votes go
through `WorkshopIntents` on the service the step names. Nothing here is saved but votes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from stratdesk.ui.widgets.cards import Card, CardBoard, CardColumn
from stratdesk.ui.workshop.surface import StepSurface

if TYPE_CHECKING:
    from stratdesk.ui.workshop.intents import WorkshopIntents

translate = QCoreApplication.translate


class BoardDriver:
    """Acts on the boards of the step in view; `focus()` tells where the keyboard is."""

    def __init__(
        self, intents: WorkshopIntents, services: Any, focus: Callable[[], QWidget | None]
    ) -> None:
        self.intents = intents
        self.services = services
        self._focus = focus
        self.surface = StepSurface()
        self.ranked = False
        self._last: CardColumn | None = None  # the column last used (the keyboard left it)
        self._heard: set[int] = set()  # the boards whose clicks on votes are connected

    def show_step(self, surface: StepSurface) -> None:
        """A step is shown: its boards draw votes (when it has some) and follow the ranking."""
        self.surface = surface
        self._last = None
        for board in surface.every_board():
            if id(board) not in self._heard:
                self._heard.add(id(board))
                board.vote_requested.connect(self._on_vote_clicked)
                for group in board.groups():
                    column = board.column(group)
                    column.view.card_model.rowsInserted.connect(
                        lambda _parent, _first, last, column=column: self._captured(column, last)
                    )
            board.set_votes_shown(surface.votes is not None)
            if board.ranked != (self.ranked and surface.votes is not None):
                board.set_ranked(self.ranked and surface.votes is not None)

    # -- columns ---------------------------------------------------------------------------
    def boards(self) -> list[CardBoard]:
        return list(self.surface.boards())

    def columns(self) -> list[CardColumn]:
        return [board.column(group) for board in self.boards() for group in board.groups()]

    def column_of(self, widget: QWidget | None) -> CardColumn | None:
        for board in self.boards():
            if (column := board.column_of(widget)) is not None:
                self._last = column
                return column
        return None

    def current_column(self) -> CardColumn | None:
        """The column with the keyboard, else the one used last, else the first."""
        columns = self.columns()
        column = self.column_of(self._focus())
        if column is None and self._last in columns:
            column = self._last
        return column or (columns[0] if columns else None)

    def step_column(self, delta: int) -> bool:
        """Tab / Shift+Tab: the next (or previous) column, in its capture line when typing
        there, else on its cards."""
        columns = self.columns()
        current = self.current_column()
        if current is None:
            return False
        typing = current.quick_add is not None and current.quick_add.hasFocus()
        target = columns[(columns.index(current) + delta) % len(columns)]
        self._last = target
        if typing and target.quick_add is not None:
            target.quick_add.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.cards(target, last=False)
        return True

    def capture(self) -> bool:
        """↓ from the last card: the capture line of the column in use."""
        column = self.current_column()
        if column is None or column.quick_add is None:
            return False
        column.quick_add.setFocus(Qt.FocusReason.TabFocusReason)
        return True

    def _captured(self, column: CardColumn, row: int) -> None:
        """A card came in while its column's capture line has the keyboard: show it."""
        if column.quick_add is not None and column.quick_add.hasFocus():
            column.view.scrollTo(column.view.card_model.index(row))

    def cards(self, column: CardColumn | None = None, *, last: bool = True) -> bool:
        """↑ from a capture line: the column's cards, the last one (the nearest) chosen;
        the cover of a hidden column."""
        column = column or self.current_column()
        if column is None:
            return False
        if column.concealed:
            column.cover.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        view = column.view
        view.setFocus(Qt.FocusReason.TabFocusReason)
        count = view.card_model.rowCount()
        if count and (last or view.current_id() is None):
            view.setCurrentIndex(view.card_model.index(count - 1 if last else 0))
        return True

    def toggle_hidden(self) -> bool:
        """H: hide the cards of the column in use behind a cover, or show them again."""
        column = self.current_column()
        if column is None:
            return False
        column.set_concealed(
            not column.concealed,
            translate("WorkshopBoards", "{column}: hidden. Press H to show the cards.").format(
                column=column.spec.title
            ),
        )
        return True

    def reveal_all(self) -> None:
        for board in self.surface.every_board():
            for group in board.groups():
                board.column(group).set_concealed(False)

    # -- cards -----------------------------------------------------------------------------
    def current_card(self) -> tuple[CardBoard, Card] | None:
        """The chosen card of the board in use (of the column with the keyboard, if any)."""
        column = self.column_of(self._focus())
        for board in self.boards():
            view = board.current_view()
            if view is None or not view.isVisible():
                continue
            if column is not None and board.column_of(view) is not column:
                continue
            item_id = view.current_id()
            if item_id is not None:
                return self.card(item_id)
        return None

    def card(self, item_id: int) -> tuple[CardBoard, Card] | None:
        for board in self.boards():
            if (group := board.group_of(item_id)) is not None:
                model = board.model(group)
                return board, model.card(model.row_of(item_id))
        return None

    # -- votes -----------------------------------------------------------------------------
    def vote_service(self) -> Any | None:
        name = self.surface.votes
        return getattr(self.services, name) if name is not None else None

    def vote(self, delta: int, item_id: int | None = None) -> bool:
        """Give (+1) or take back (−1) a vote on `item_id` or the card in use."""
        service = self.vote_service()
        if service is None:
            return False
        if item_id is None:
            found = self.current_card()
            if found is None:
                return False
            item_id = found[1].id
        done = self.intents.vote(service, item_id, delta)
        if done and (found := self.card(item_id)) is not None:
            found[0].focus_card(item_id)  # the card stays chosen, wherever ranking put it
        return done

    def _on_vote_clicked(self, item_id: int, delta: int) -> None:
        self.vote(delta, item_id)

    def set_ranked(self, on: bool) -> None:
        self.ranked = on
        if self.surface.votes is not None:
            for board in self.surface.every_board():
                board.set_ranked(on)

    def reset_votes(self) -> bool:
        service = self.vote_service()
        return service is not None and self.intents.reset_votes(service)
