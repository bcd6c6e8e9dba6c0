"""The TOWS matrix: SO / WO / ST / WT strategies as cards, the SWOT items each combines, and
the step that turns a strategy into a long-term objective."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from stratdesk.domain.enums import SwotQuadrant, TowsKind
from stratdesk.domain.labels import enum_choices, tows_kinds
from stratdesk.i18n.formatting import count_text
from stratdesk.ui.strategy.swot.data import SwotData
from stratdesk.ui.strategy.swot.intents import SwotIntents
from stratdesk.ui.strategy.swot.links import LinkPickerModel
from stratdesk.ui.style import secondary_label, sized_font, title_label
from stratdesk.ui.widgets.cards import Card, CardBoard, ColumnSpec
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

# The classic layout: strengths | weaknesses across, opportunities / threats down.
CELLS = {TowsKind.SO: (0, 0), TowsKind.WO: (0, 1), TowsKind.ST: (1, 0), TowsKind.WT: (1, 1)}
ACCENT = "#6a4fa3"
SIDE_WIDTH = 330  # at first: the person may drag it narrower, wider, or away
SIDE_MIN_WIDTH = 200  # the linked items wrap; narrower, they would be a word a line


def _specs() -> list[ColumnSpec]:
    translate = QCoreApplication.translate
    return [
        ColumnSpec(
            group=kind,
            title=title,
            subtitle=purpose,
            placeholder=translate(
                "TowsPanel", "No {kind} strategy yet. {purpose}: type one below, press Enter."
            ).format(kind=kind.value, purpose=purpose),
            quick_add=translate("TowsPanel", "New {kind} strategy, press Enter").format(
                kind=kind.value
            ),
            accent=QColor(ACCENT),
            cell=CELLS[kind],
        )
        for kind, title, purpose in tows_kinds()
    ]


class TowsPanel(QWidget):
    """The four kinds of strategy, and beside them the links of the current strategy."""

    def __init__(self, intents: SwotIntents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intents = intents
        self.board = CardBoard("tows", _specs(), commit=intents.edit_strategy_text)
        self.board.add_requested.connect(self.add_strategy)
        self.board.move_requested.connect(self.move_strategy)
        self.board.delete_requested.connect(intents.delete_strategy)
        self.board.current_changed.connect(self._on_current)
        self.links = LinkPickerModel(intents.set_links, self)
        self.link_list = QListView()
        self.link_list.setModel(self.links)
        self.link_list.setWordWrap(True)
        self.link_list.setFont(sized_font(self.link_list, 12))
        self.link_list.setSpacing(2)
        self.link_list.setAccessibleName(self.tr("SWOT items this strategy combines"))
        self.link_hint = secondary_label("", 12)
        self.promote_button = QPushButton(self.tr("Promote to objective"))
        self.promote_button.setFont(sized_font(self.promote_button, 13))
        self.promote_button.setMinimumHeight(38)
        self.promote_button.clicked.connect(self.promote_current)
        # "Objective: “…” (open it on the Objectives page)": the link opens that page on it.
        self.objective_label = secondary_label("", 12)
        self.objective_label.setTextFormat(Qt.TextFormat.RichText)
        self.objective_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.objective_label.linkActivated.connect(self.open_objective)
        self._objective_id: int | None = None
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(title_label(self.tr("Combines"), 15))
        side.addWidget(self.link_hint)
        side.addWidget(self.link_list, 1)
        side.addWidget(self.promote_button)
        side.addWidget(self.objective_label)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side.setContentsMargins(6, 0, 4, 0)
        side_widget.setMinimumWidth(SIDE_MIN_WIDTH)
        self.splitter = SidePanelSplitter("tows", self.board, side_widget, SIDE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._data = SwotData()
        self._current: int | None = None
        self._update_side()

    def show_data(self, data: SwotData) -> None:
        self._data = data
        names = dict(enum_choices(SwotQuadrant))
        for kind in self.board.groups():
            assert isinstance(kind, TowsKind)  # the board's columns
            cards = [self._card(s, names) for s in data.strategies_of(kind)]
            self.board.set_cards(kind, cards)
        if self.current_strategy() is None:
            self._current = self.board.select_first()
        self._update_side()

    def _card(self, strategy: Any, names: dict[Any, str]) -> Card:
        count = len(strategy.swot_item_ids)
        badges = [
            count_text(count, self.tr("Combines 1 SWOT item"), self.tr("Combines {n} SWOT items"))
            if count
            else self.tr("Combines no SWOT item yet")
        ]
        if self._data.objectives_of(strategy.id):
            badges.append(self.tr("Promoted to objective"))
        linked = [self._data.item(i) for i in strategy.swot_item_ids]
        line = self.tr("{quadrant}: {text}")  # French puts a no-break space before ":"
        lines = [
            "• " + line.format(quadrant=names[i.quadrant], text=i.text)
            for i in linked
            if i is not None
        ]
        tooltip = "\n".join((strategy.text, *lines))
        return Card(strategy.id, strategy.text, tuple(badges), None, tooltip, strategy)

    # -- the current strategy --------------------------------------------------------------
    def current_strategy(self) -> Any | None:
        return None if self._current is None else self._data.strategy(self._current)

    def _on_current(self, strategy_id: int | None) -> None:
        self._current = strategy_id
        self._update_side()

    def _update_side(self) -> None:
        strategy = self.current_strategy()
        self.links.show_strategy(strategy, self._data)
        self.promote_button.setEnabled(strategy is not None)
        self.objective_label.clear()
        self._objective_id = None
        if strategy is None:
            self.link_hint.setText(
                self.tr("Select a strategy, then tick the SWOT items it combines.")
            )
            return
        purposes = {kind: purpose for kind, _title, purpose in tows_kinds()}
        self.link_hint.setText(
            self.tr("{purpose}: tick the items this {kind} strategy combines.").format(
                purpose=purposes[strategy.kind], kind=strategy.kind.value
            )
        )
        objectives = self._data.objectives_of(strategy.id)
        self.promote_button.setEnabled(not objectives)  # once is enough: edit it there
        if objectives:
            self._objective_id = objectives[0].id
            # Rich text for the link: the statement (free text) is escaped, never markup.
            link = '<a href="objective">{}</a>'.format(
                html.escape(self.tr("open it on the Objectives page"))
            )
            self.objective_label.setText(
                html.escape(self.tr("Objective: “{statement}”")).format(
                    statement=html.escape(objectives[0].statement)
                )
                + f" ({link})"
            )

    # -- requests → the page's intents ----------------------------------------------------
    def add_strategy(self, kind: Any, text: str) -> int | None:
        strategy_id = self.intents.add_strategy(kind, text)
        if strategy_id is not None:
            self.board.column(kind).accept_quick_add()
        return strategy_id

    def move_strategy(self, strategy_id: int, kind: Any, index: int) -> bool:
        reorder = self.board.group_of(strategy_id) == kind
        if not self.intents.move_strategy(strategy_id, kind, index, reorder=reorder):
            return False
        self.board.focus_card(strategy_id)
        return True

    def open_objective(self, _link: str = "") -> None:
        """Show the current strategy's objective on the Objectives page."""
        if self._objective_id is not None:
            self.intents.document.show_requested.emit("strategy", "objectives", self._objective_id)

    def promote_current(self) -> int | None:
        """Make the current strategy a long-term objective (linked back to it)."""
        return None if self._current is None else self.intents.promote(self._current)
