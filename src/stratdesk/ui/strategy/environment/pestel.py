"""The PESTEL board: six categories of factors as cards, the selected factor's ratings, and
the heat view that counts (and filters) factors by impact × likelihood."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QVBoxLayout, QWidget

from stratdesk.domain.enums import SwotQuadrant
from stratdesk.domain.labels import enum_choices, signed
from stratdesk.ui.strategy.environment.heat import HeatModel, HeatView
from stratdesk.ui.strategy.environment.inspector import FactorInspector
from stratdesk.ui.strategy.environment.intents import EnvironmentIntents
from stratdesk.ui.strategy.environment.pestel_cards import (
    CardWords,
    factor_card,
    pestel_specs,
    with_index_in_full,
)
from stratdesk.ui.style import secondary_label, sized_font, title_label
from stratdesk.ui.widgets.cards import CardBoard
from stratdesk.ui.widgets.side_panel import SidePanelSplitter

SIDE_WIDTH = 280  # at first: the person may drag it narrower, wider, or away
COLUMN_WIDTH = 130  # six short columns beside the side panel, even at 900 pixels
CARD_LINES = 4  # a factor's text at most (whole in its tooltip): two rows of six columns


class PestelPanel(QWidget):
    """Board + inspector + heat view; every change is one of the page's intents."""

    def __init__(self, intents: EnvironmentIntents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intents = intents
        self.board = CardBoard(
            "pestel", pestel_specs(), commit=self._commit_text, min_column_width=COLUMN_WIDTH
        )
        for category in self.board.groups():
            self.board.view(category).itemDelegate().max_lines = CARD_LINES  # type: ignore[attr-defined]
        self.board.add_requested.connect(self.add_factor)
        self.board.move_requested.connect(self.move_factor)
        self.board.delete_requested.connect(intents.delete_factor)
        self.board.current_changed.connect(self._update_inspector)
        self.board.set_menu_hook(self._add_menu_entries)
        self.inspector = FactorInspector()
        self.inspector.field_edited.connect(self.edit_field)
        self.inspector.send_requested.connect(self.send_to_swot)
        self.heat = HeatModel(self)
        self.heat_view = HeatView(self.heat)
        self.heat_view.cell_chosen.connect(self.toggle_filter)
        self.filter_label = secondary_label("", 12)
        self.show_all_button = QPushButton(self.tr("Show all factors"))
        self.show_all_button.setFont(sized_font(self.show_all_button, 12))
        self.show_all_button.clicked.connect(lambda: self.set_filter(None))
        side = QVBoxLayout()
        side.setSpacing(8)
        side.addWidget(self.inspector)
        side.addSpacing(12)
        side.addWidget(title_label(self.tr("Impact × likelihood"), 15))
        side.addWidget(
            secondary_label(
                self.tr(
                    "Factors per cell. Across: impact, −2 to +2. Down: likelihood, 5 (almost "
                    "certain) on top. Click a cell to show only its factors."
                ),
                11,
            )
        )
        side.addWidget(self.heat_view, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(self.filter_label)
        side.addWidget(self.show_all_button)
        side.addStretch(1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side.setContentsMargins(4, 0, 2, 0)
        # Beside the board, as wide as the person drags it; it scrolls on a short screen.
        self.splitter = SidePanelSplitter("pestel", self.board, side_widget, SIDE_WIDTH)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.factors: list[Any] = []
        self.sent: dict[int, list[Any]] = {}
        self.filter: tuple[int, int] | None = None
        self.set_filter(None)

    # -- showing ---------------------------------------------------------------------------
    def show_data(self, factors: list[Any], swot_items: list[Any]) -> None:
        self.factors = factors
        self.sent = {}
        for item in swot_items:
            if item.source_factor_id is not None:
                self.sent.setdefault(item.source_factor_id, []).append(item.quadrant)
        self.heat.set_factors(factors)
        self._show_cards()

    def _shown(self, category: Any) -> list[Any]:
        return [
            f
            for f in self.factors
            if f.category == category
            and (self.filter is None or (f.impact, f.likelihood) == self.filter)
        ]

    def _show_cards(self) -> None:
        words = CardWords.current()
        for category in self.board.groups():
            cards = [factor_card(f, self.sent.get(f.id, []), words) for f in self._shown(category)]
            self.board.set_cards(category, cards)
        current = self.board.current_id()
        if current is None or self.board.group_of(current) is None:
            current = self.board.select_first()  # the inspector always shows a factor
        self._update_inspector(current)

    def _update_inspector(self, factor_id: int | None) -> None:
        factor = next((f for f in self.factors if f.id == factor_id), None)
        names = dict(enum_choices(SwotQuadrant))
        sent = tuple(dict.fromkeys(self.sent.get(factor.id, []) if factor is not None else []))
        link = ", ".join(names[q] for q in sent)
        text = self.tr("Already in the SWOT: {quadrants}").format(quadrants=link) if link else ""
        self.inspector.show_factor(factor, text, sent)

    def _add_menu_entries(self, menu: QMenu, factor_id: int) -> None:
        menu.addSeparator()
        sent = self.sent.get(factor_id, [])
        for text, quadrant in (
            (self.tr("Send to SWOT as opportunity"), SwotQuadrant.OPPORTUNITY),
            (self.tr("Send to SWOT as threat"), SwotQuadrant.THREAT),
        ):
            action = menu.addAction(text)
            action.setEnabled(quadrant not in sent and self.inspector.editable)
            action.triggered.connect(
                lambda _checked=False, q=quadrant: self.send_to_swot(factor_id, q)
            )

    # -- the heat filter -------------------------------------------------------------------
    def toggle_filter(self, impact: int, likelihood: int) -> None:
        cell = (impact, likelihood)
        self.set_filter(None if self.filter == cell else cell)

    def set_filter(self, cell: tuple[int, int] | None) -> None:
        self.filter = cell
        self.heat_view.show_filter(cell)
        self.show_all_button.setVisible(cell is not None)
        if cell is None:
            self.filter_label.setText("")
        else:
            self.filter_label.setText(
                self.tr(
                    "Showing {count} of {total} factors: impact {impact}, likelihood {n}."
                ).format(
                    count=self.heat.count(*cell),
                    total=len(self.factors),
                    impact=signed(cell[0]),
                    n=cell[1],
                )
            )
        self.filter_label.setVisible(cell is not None)
        self._show_cards()

    # -- requests → the page's intents ----------------------------------------------------
    def add_factor(self, category: Any, text: str) -> int | None:
        # A factor added while filtering lands in the shown cell.
        factor_id = self.intents.add_factor(category, text, self.filter)
        if factor_id is not None:
            self.board.column(category).accept_quick_add()
        return factor_id

    def move_factor(self, factor_id: int, category: Any, index: int) -> bool:
        reorder = self.board.group_of(factor_id) == category
        if self.filter is not None:
            full = [f.id for f in self.factors if f.category == category]
            shown = self.board.model(category).ids()
            index = with_index_in_full(full, shown, factor_id, index)
        if not self.intents.move_factor(factor_id, category, index, reorder=reorder):
            return False
        self.board.focus_card(factor_id)
        return True

    def edit_field(self, factor_id: int, field: str, value: Any) -> bool:
        if field == "category":  # a move: undo puts it back in its place
            return self.move_factor(factor_id, value, 1_000_000)
        return self.intents.edit_factor(factor_id, {field: value})

    def send_to_swot(self, factor_id: int, quadrant: SwotQuadrant) -> int | None:
        """A new opportunity or threat in the SWOT, taken from the factor (link kept)."""
        return self.intents.send_factor_to_swot(factor_id, quadrant)

    def _commit_text(self, factor_id: int, text: str) -> bool:
        return self.intents.edit_factor(factor_id, {"text": text})
