"""The page's tabs: the overview of all Ps, then one kanban per P of the plan.

Only the board in view is filled after a change; the others are marked stale and filled when
their tab is opened (a change never redraws seven boards of cards).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from stratdesk.domain.enums import SEVEN_P, MixColumn, MixP
from stratdesk.domain.labels import enum_label
from stratdesk.ui.operations.mix.board import MixBoardView
from stratdesk.ui.operations.mix.board_state import MixBoardState
from stratdesk.ui.operations.mix.overview import MixOverviewModel, MixOverviewView
from stratdesk.ui.operations.mix.tab_drops import TabDropFilter


class MixTabs(QTabWidget):
    """Overview and boards; `make_board(p)` builds a P's board with its signals connected."""

    def __init__(
        self,
        make_board: Callable[[MixP], MixBoardView],
        drop_on_p: Callable[[int, MixP], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.state: MixBoardState | None = None
        self.currency = "EUR"
        self._stale: set[MixP] = set()
        self.overview_model = MixOverviewModel(self)
        self.overview = MixOverviewView(self.overview_model)
        self.overview.open_requested.connect(self.open_board)
        self.addTab(self.overview, self.tr("Overview"))
        self.boards: dict[MixP, MixBoardView] = {}
        for p in SEVEN_P:
            self.boards[p] = make_board(p)
            self.addTab(self.boards[p], enum_label(p))
        self.drops = TabDropFilter(self.tabBar(), self._p_of_tab, drop_on_p)
        self.currentChanged.connect(self._on_tab_changed)

    def show_state(self, state: MixBoardState, ps: tuple[MixP, ...], currency: str) -> None:
        """Show `state` for a plan with the Ps `ps`: overview, tab names, the board in view."""
        self.state, self.currency = state, currency
        for p in SEVEN_P:
            index = self.indexOf(self.boards[p])
            self.setTabVisible(index, p in ps)
            if p in ps:
                self.setTabText(index, f"{enum_label(p)} ({state.total(p).count})")
        self.overview_model.set_state(state, ps, currency)
        self._stale = set(ps)
        current = self.current_board()
        if current is not None:
            self._show_board(current)

    def current_board(self) -> MixBoardView | None:
        widget = self.currentWidget()
        return widget if isinstance(widget, MixBoardView) else None

    def show_board(self, p: MixP) -> MixBoardView:
        """Bring `p`'s board to the front (filled if it was stale)."""
        board = self.boards[p]
        if self.currentWidget() is not board:
            self.setCurrentWidget(board)
        return board

    def open_board(self, p: MixP, column: MixColumn | None = None) -> MixBoardView:
        """Show the board of `p` and put the keyboard in `column` (Idea by default).

        No card is chosen for the person: the arrow keys choose one (and open its details).
        """
        board = self.show_board(p)
        board.board.view((p, column or MixColumn.IDEA)).setFocus()
        return board

    def _show_board(self, board: MixBoardView) -> None:
        assert self.state is not None
        self._stale.discard(board.p)
        board.show_state(self.state, self.currency, self.state.today())

    def _on_tab_changed(self, _index: int) -> None:
        board = self.current_board()
        if board is not None and board.p in self._stale:
            self._show_board(board)

    def _p_of_tab(self, index: int) -> MixP | None:
        widget = self.widget(index)
        return widget.p if isinstance(widget, MixBoardView) else None
