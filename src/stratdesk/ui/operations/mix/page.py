"""The Marketing mix page: an overview, one kanban per P, filters and a side panel.

Data flows one way: the page loads the actions into a `MixBoardState` after each change,
the tabs and the side panel show it, and every request (add, edit, move, delete, 4P/7P) is
one undo command pushed by `MixIntents`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.domain.errors import NotFound
from stratdesk.domain.labels import enum_label
from stratdesk.services.changes import ChangeSet
from stratdesk.ui.operations.mix.board import MixBoardView
from stratdesk.ui.operations.mix.board_state import MixBoardState, plan_ps
from stratdesk.ui.operations.mix.editor import MixActionEditor
from stratdesk.ui.operations.mix.filter_bar import MixFilterBar
from stratdesk.ui.operations.mix.intents import END, MixIntents
from stratdesk.ui.operations.mix.seven_p import SevenPSwitch
from stratdesk.ui.operations.mix.tabs import MixTabs
from stratdesk.ui.page import PageView
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.page_header import PageHeader
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

EDITOR_WIDTH = 330
EDITOR_MIN_WIDTH = 250
EDITOR_SHARE = 0.25  # of the page's width, until the person drags the divider


class MixPageView(PageView):
    """All of the marketing mix: overview tab, one tab per P, filters, details panel."""

    kinds = frozenset({"mix_action", "objective", "segment", "plan"})

    def __init__(
        self,
        document: PlanDocument,
        parent: QWidget | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(document, parent)
        self.state = MixBoardState(today)
        self.intents = MixIntents(document, self.state)
        self.seven_p = SevenPSwitch(self.state, self.intents.set_seven_p, self)
        self.seven_p_action = self.seven_p.action
        self._make_actions()
        self.header = PageHeader(
            self.tr("Marketing mix"),
            self.tr(
                "The actions of each P, from idea to done: who owns them, when they are due, "
                "what they cost, and which objective and segment they serve."
            ),
            [self.add_action, self.seven_p_action],
        )
        self.filter_bar = MixFilterBar()
        self.filter_bar.changed.connect(self.set_filter)
        self.summary_label = secondary_label("", 12)
        self.tabs = MixTabs(self._make_board, self._drop_on_p)
        self.boards = self.tabs.boards
        self.overview, self.overview_model = self.tabs.overview, self.tabs.overview_model
        self.editor = MixActionEditor()
        self.editor.edit_requested.connect(self._edit_from_panel)
        self.editor.move_requested.connect(self.move_card)
        self.editor.delete_requested.connect(self.intents.delete)
        self.editor.close_requested.connect(self.close_editor)
        # Beside the boards, at most a share of the width at first (a laptop's four columns
        # stay readable), then as wide as the person drags it (remembered); it scrolls.
        self.splitter = SidePanelSplitter(
            "mix", self.tabs, self.editor, EDITOR_WIDTH, share=EDITOR_SHARE
        )
        self.editor_area = self.splitter.panel_area
        self.editor_area.setMinimumWidth(EDITOR_MIN_WIDTH)
        self.editor_area.hide()  # until a card is chosen: the boards get the whole width
        self.guard_edits(*self.editor.edit_controls())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.splitter, 1)
        self.refresh()

    def _make_actions(self) -> None:
        self.add_action = QAction(self.tr("Add action"), self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.focus_quick_add)
        find = QAction(self.tr("Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.filter_bar.focus_search())
        previous_p = QAction(self.tr("Move to the previous P"), self)
        previous_p.setShortcut(QKeySequence("Ctrl+Shift+Left"))
        previous_p.triggered.connect(lambda: self.step_p(-1))
        next_p = QAction(self.tr("Move to the next P"), self)
        next_p.setShortcut(QKeySequence("Ctrl+Shift+Right"))
        next_p.triggered.connect(lambda: self.step_p(1))
        for action in (self.add_action, find, previous_p, next_p):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.guard_edits(self.add_action, self.seven_p_action, previous_p, next_p)

    def _make_board(self, p: MixP) -> MixBoardView:
        board = MixBoardView(p, lambda item_id, title: self.intents.edit(item_id, {"title": title}))
        cards = board.board
        cards.add_requested.connect(lambda group, text, b=board: self._add(b, group, text))
        cards.move_requested.connect(self.move_card)
        cards.delete_requested.connect(self.intents.delete)
        cards.current_changed.connect(lambda item_id, b=board: self._on_current(b, item_id))
        cards.set_menu_hook(self._add_p_menu)
        self.guard_edits(cards)
        return board

    # -- showing ---------------------------------------------------------------------------
    @property
    def ps(self) -> tuple[MixP, ...]:
        return plan_ps(bool(self.document.plan.seven_p))

    def refresh(self) -> None:
        """Reload the actions, objectives and segments, then show them."""
        services, plan_id = self.document.services, self.document.plan_id
        self.state.load(
            self.intents.service.list(plan_id),
            self.intents.service.totals(plan_id),
            ((o.id, o.statement) for o in services.objectives.list(plan_id)),
            ((s.id, s.name) for s in services.segments.list(plan_id)),
        )
        self._show_loaded()

    def apply_changes(self, changes: ChangeSet) -> bool:
        """Edits of cards that stay where they are (title, owner, budget, due date…) read
        only those actions, and the totals; anything else reloads the page."""
        ids = changes.ids_of("mix_action")
        if changes.kinds != {"mix_action"} or not ids:
            return False
        service = self.intents.service
        try:
            fresh = [service.get(item_id) for item_id in ids]
        except NotFound:
            return False  # deleted: the cards after it move up
        if not self.state.replace(fresh, lambda: service.totals(self.document.plan_id)):
            return False
        self._show_loaded()
        return True

    def _show_loaded(self) -> None:
        plan = self.document.plan
        self.seven_p.sync(bool(plan.seven_p))
        owners = self.state.owners()
        self.filter_bar.set_choices(self.state.objectives, self.state.segments, owners)
        years = (plan.start_year, plan.end_year)
        objectives, segments = self.state.objectives, self.state.segments
        self.editor.set_context(self.ps, plan.currency, years, objectives, segments, owners)
        self._show()

    def set_filter(self, new: Any) -> None:
        if self.state.set_filter(new):
            self._show()

    def _show(self) -> None:
        self.tabs.show_state(self.state, self.ps, self.document.plan.currency)
        shown, total = self.state.shown_count(), len(self.state.actions)
        # One action takes the singular: two sentences rather than "1 actions".
        if self.state.filter.active and total == 1:
            summary = self.tr("Showing {shown} of 1 action; the totals count only what is shown.")
        elif self.state.filter.active:
            summary = self.tr("Showing {shown} of {total} actions; the totals count them only.")
        elif total == 1:
            summary = self.tr("1 action; the totals count it.")
        else:
            summary = self.tr("{total} actions; the totals count them all.")
        self.summary_label.setText(summary.format(shown=shown, total=total))
        # Unfiltered, the tabs already count the actions: the line gives its height to the
        # boards; filtered, it says what the totals count.
        self.summary_label.setVisible(self.state.filter.active)
        self._show_in_editor(self.editor.action.id if self.editor.action is not None else None)

    def current_board(self) -> MixBoardView | None:
        return self.tabs.current_board()

    def open_board(self, p: MixP, column: MixColumn | None = None) -> MixBoardView:
        return self.tabs.open_board(p, column)

    def _show_in_editor(self, item_id: int | None) -> None:
        """Show a card's details in the side panel; no card, no panel."""
        action = self.state.get(item_id) if item_id is not None else None
        self.editor.show_action(action)
        self.editor_area.setVisible(action is not None)

    def _on_current(self, board: MixBoardView, item_id: int | None) -> None:
        view = board.board.current_view()
        if view is not None and not view.selectionModel().isSelected(view.currentIndex()):
            # The keyboard arrived in a list (Tab, a board opened) without choosing a card.
            item_id = None
        self._show_in_editor(item_id)

    def close_editor(self) -> None:
        """Hide the details and leave no card chosen (the keyboard goes back to the board)."""
        board = self.current_board()
        view = board.board.current_view() if board is not None else None
        if view is not None:
            view.clearSelection()
            view.setCurrentIndex(QModelIndex())
            view.setFocus()
        self._show_in_editor(None)

    def focus_card(self, item_id: int) -> bool:
        """Show the board holding `item_id` and select it there."""
        action = self.state.get(item_id)
        if action is None:
            return False
        if self.tabs.show_board(action.p).board.focus_card(item_id):
            self._show_in_editor(item_id)
            return True
        return False

    # -- requests --------------------------------------------------------------------------
    def focus_quick_add(self) -> None:
        """Ctrl+N: type a new action in the current column (Idea when none is current)."""
        board = self.current_board() or self.open_board(self.ps[0])
        view = board.board.current_view()
        group = view.group if view is not None else (board.p, MixColumn.IDEA)
        board.board.column(group).focus_quick_add()

    def _add(self, board: MixBoardView, group: Any, text: str) -> None:
        item_id = self.intents.add(group, text)
        if item_id is None:
            return
        board.board.column(group).accept_quick_add()
        if not board.board.view(group).select_id(item_id):
            # Added, but the filters hide it: say so rather than let it seem lost.
            self.summary_label.setText(
                self.tr("“{title}” was added; the filters hide it.").format(title=text)
            )

    def move_card(self, item_id: int, group: Any, index: int) -> None:
        """Move a card (the board follows it, so the same keys move it on)."""
        if self.intents.move(item_id, group, index):
            self.focus_card(item_id)
        elif self.intents.last_error:
            self.editor.show_error(self.intents.last_error)

    def step_p(self, delta: int) -> None:
        """Ctrl+Shift+Left/Right: move the current card to the previous or next P."""
        board = self.current_board()
        item_id = board.board.current_id() if board is not None else None
        action = self.state.get(item_id) if item_id is not None else None
        if action is None:
            return
        order = list(self.ps)
        target = order.index(action.p) + delta
        if 0 <= target < len(order):
            self.move_card(action.id, (order[target], action.column), END)

    def _drop_on_p(self, item_id: int, p: MixP) -> None:
        action = self.state.get(item_id)
        if action is not None and action.p != p:
            self.move_card(item_id, (p, action.column), END)

    def _add_p_menu(self, menu: Any, item_id: int) -> None:
        action = self.state.get(item_id)
        if action is None:
            return
        sub = menu.addMenu(self.tr("Move to another P"))
        sub.setEnabled(not self.document.read_only)
        for p in self.ps:
            entry = sub.addAction(enum_label(p))
            entry.setEnabled(p != action.p)
            entry.triggered.connect(
                lambda _checked=False, target=p: self.move_card(
                    item_id, (target, action.column), END
                )
            )

    def _edit_from_panel(self, item_id: int, changes: dict[str, Any]) -> None:
        if not self.intents.edit(item_id, changes) and self.intents.last_error:
            # Put back what is stored, and say why the change was refused.
            self.editor.show_action(self.state.get(item_id))
            self.editor.show_error(self.intents.last_error)
