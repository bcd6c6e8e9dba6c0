"""The kanban of one P: Idea, Planned, In progress and Done, with their budgets.

Built on the shared card board (`ui.widgets.cards`): one card list per status column, cards
painted by `MixCardDelegate`, a quick-add line under each column. The board only shows and
asks; the page turns its requests into undo commands.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.domain.labels import enum_label, mix_p_hint
from stratdesk.i18n.formatting import money_text
from stratdesk.ui.language import ui_language
from stratdesk.ui.operations.mix.board_state import COLUMNS, MixBoardState
from stratdesk.ui.operations.mix.cards import MixCardDelegate, action_card
from stratdesk.ui.style import secondary_label, sized_font
from stratdesk.ui.widgets.cards.board import CardBoard
from stratdesk.ui.widgets.cards.column import ColumnSpec
from stratdesk.ui.widgets.cards.model import Card, Commit
from stratdesk.ui.widgets.cards.scroll import BoardScrollArea
from stratdesk.ui.widgets.elided_label import ElidedLabel

# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate

BOARD = "mix"  # every P's board shares it, so cards can be dropped from one P to another
TOTALS_POINT_SIZE = 12
COLUMN_WIDTH = 160  # a card's title, due date and budget stay readable
# Below this board height (a laptop with the details open) the P's sentence goes into the
# title's tooltip: its line is worth more as room for a second card in each column.
HINT_MIN_HEIGHT = 560
# A strip on each card's edge: decoration only, the column's title says where it is.
ACCENTS = {
    MixColumn.IDEA: QColor("#8e8e93"),
    MixColumn.PLANNED: QColor("#2e86ab"),
    MixColumn.IN_PROGRESS: QColor("#e0a100"),
    MixColumn.DONE: QColor("#3a9d5d"),
}


def budget_lines(total: Any, currency: str) -> str:
    """ "Planned 4 200,00 €" and "Actual 4 650,00 €" on two lines."""
    planned = translate("MixBoardView", "Planned {amount}").format(
        amount=money_text(total.planned_cents, currency, ui_language())
    )
    actual = translate("MixBoardView", "Actual {amount}").format(
        amount=money_text(total.actual_cents, currency, ui_language())
    )
    return f"{planned}\n{actual}"


class MixBoardView(QWidget):
    """One P's four status columns; `board` is the card board (its signals are the intents)."""

    def __init__(self, p: MixP, commit: Commit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.p = p
        self._cards: dict[int, tuple[Any, Card]] = {}
        specs = [
            ColumnSpec(
                group=(p, column),
                title=enum_label(column),
                placeholder=translate("MixBoardView", "No action here yet."),
                quick_add=translate("MixBoardView", "Add: type a title, press Enter"),
                accent=ACCENTS[column],
            )
            for column in COLUMNS
        ]
        self.board = CardBoard(BOARD, specs, commit=commit, min_column_width=COLUMN_WIDTH)
        self.budget_labels: dict[tuple[MixP, MixColumn], ElidedLabel] = {}
        for column in COLUMNS:
            card_column = self.board.column((p, column))
            card_column.setObjectName(f"mixColumn_{p.value}_{column.value}")
            view = card_column.view
            view.setItemDelegate(MixCardDelegate(view, ACCENTS[column]))
            # The column's budget goes under its title (the card column's first row).
            label = ElidedLabel(min_chars=8)
            label.setFont(sized_font(label, TOTALS_POINT_SIZE))
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            column_layout = card_column.layout()
            assert isinstance(column_layout, QBoxLayout)
            column_layout.insertWidget(1, label)
            self.budget_labels[(p, column)] = label
        self.title_label = QLabel(enum_label(p))
        self.title_label.setFont(sized_font(self.title_label, 16, bold=True))
        self.hint_label = secondary_label(mix_p_hint(p), 12)
        self.title_label.setToolTip(mix_p_hint(p))
        self.totals_label = ElidedLabel(min_chars=10)
        self.totals_label.setFont(sized_font(self.totals_label, TOTALS_POINT_SIZE, bold=True))
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.totals_label, 100)  # takes the line's room before the stretch
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(heading)
        layout.addWidget(self.hint_label)
        # Four readable columns, scrolled sideways when the details panel takes the room.
        self.board_area = BoardScrollArea(self.board, COLUMN_WIDTH)
        layout.addWidget(self.board_area, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.hint_label.setVisible(event.size().height() >= HINT_MIN_HEIGHT)

    def groups(self) -> list[tuple[MixP, MixColumn]]:
        return [(self.p, column) for column in COLUMNS]

    def show_state(self, state: MixBoardState, currency: str, today: dt.date) -> None:
        """Show the actions of this P that pass the filter, and the budgets."""
        context = (currency, today, ui_language())
        cache, self._cards = self._cards, {}
        for group in self.groups():
            cards = []
            for action in state.shown(*group):
                # A card is rebuilt only when its action, its names or the context changed.
                key = (
                    action,
                    context,
                    state.objectives.get(action.objective_id or 0),
                    state.segments.get(action.segment_id or 0),
                )
                known = cache.get(action.id)
                if known is None or known[0] != key:
                    card = action_card(action, currency, today, state.objectives, state.segments)
                    known = (key, card)
                self._cards[action.id] = known
                cards.append(known[1])
            self.board.set_cards(group, cards)
            total = state.total(*group)
            self.budget_labels[group].setText(budget_lines(total, currency))
        total = state.total(self.p)
        self.totals_label.setText(
            translate("MixBoardView", "{planned} planned · {actual} actual").format(
                planned=money_text(total.planned_cents, currency, ui_language()),
                actual=money_text(total.actual_cents, currency, ui_language()),
            )
        )
