"""The four-quadrant SWOT board: items as cards, every gesture one undo command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from stratdesk.domain.enums import PestelCategory, SwotQuadrant
from stratdesk.domain.labels import enum_choices, swot_quadrant_titles
from stratdesk.i18n.formatting import count_text
from stratdesk.ui.strategy.swot.data import SwotData
from stratdesk.ui.strategy.swot.intents import SwotIntents
from stratdesk.ui.widgets.cards import Card, CardBoard, ColumnSpec
from stratdesk.ui.widgets.cards.model import votes_text

S, W = SwotQuadrant.STRENGTH, SwotQuadrant.WEAKNESS
OPP, T = SwotQuadrant.OPPORTUNITY, SwotQuadrant.THREAT
# Muted, distinct on light and dark; the titles say the same thing in words.
ACCENTS = {S: "#2e7d32", W: "#ef6c00", OPP: "#1565c0", T: "#c62828"}
CELLS = {S: (0, 0), W: (0, 1), OPP: (1, 0), T: (1, 1)}


def _specs() -> list[ColumnSpec]:
    translate = QCoreApplication.translate
    subtitles = {
        S: translate("SwotPanel", "Internal: what the client does well"),
        W: translate("SwotPanel", "Internal: what holds the client back"),
        OPP: translate("SwotPanel", "External: what the market offers"),
        T: translate("SwotPanel", "External: what could hurt the client"),
    }
    placeholders = {
        S: translate(
            "SwotPanel",
            "No strengths yet. What does the client do better than anyone? "
            "Type it below and press Enter.",
        ),
        W: translate(
            "SwotPanel",
            "No weaknesses yet. What do customers complain about, what is missing? "
            "Type it below and press Enter.",
        ),
        OPP: translate(
            "SwotPanel",
            "No opportunities yet. Type one below, or send a PESTEL factor or a "
            "competitor here from the Environment page.",
        ),
        T: translate(
            "SwotPanel",
            "No threats yet. Type one below, or send a PESTEL factor or a competitor "
            "here from the Environment page.",
        ),
    }
    prompts = {
        S: translate("SwotPanel", "Add a strength, press Enter"),
        W: translate("SwotPanel", "Add a weakness, press Enter"),
        OPP: translate("SwotPanel", "Add an opportunity, press Enter"),
        T: translate("SwotPanel", "Add a threat, press Enter"),
    }
    return [
        ColumnSpec(
            group=quadrant,
            title=title,
            subtitle=subtitles[quadrant],
            placeholder=placeholders[quadrant],
            quick_add=prompts[quadrant],
            accent=QColor(ACCENTS[quadrant]),
            cell=CELLS[quadrant],
        )
        for quadrant, title in swot_quadrant_titles()
    ]


class SwotPanel(QWidget):
    """Strengths and weaknesses (internal) above opportunities and threats (external)."""

    def __init__(self, intents: SwotIntents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intents = intents
        self.board = CardBoard("swot", _specs(), commit=intents.edit_item_text, weight_range=(1, 5))
        self.board.add_requested.connect(self.add_item)
        self.board.move_requested.connect(self.move_item)
        self.board.delete_requested.connect(intents.delete_item)
        self.board.weight_requested.connect(intents.set_weight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.board)
        self._data = SwotData()

    def show_data(self, data: SwotData) -> None:
        self._data = data
        counts = data.strategy_counts()
        categories = dict(enum_choices(PestelCategory))
        for quadrant in self.board.groups():
            assert isinstance(quadrant, SwotQuadrant)  # the board's columns
            cards = [
                self._card(item, counts.get(item.id, 0), categories)
                for item in data.items_in(quadrant)
            ]
            self.board.set_cards(quadrant, cards)

    def _card(self, item: Any, strategies: int, categories: dict[Any, str]) -> Card:
        badges: list[str] = []  # the votes are the board's to say (a pill in a workshop)
        if item.source_factor_id is not None:
            category = self._data.factor_categories.get(item.source_factor_id)
            badges.append(
                self.tr("From PESTEL: {category}").format(category=categories.get(category))
            )
        if item.source_competitor_id is not None:
            name = self._data.competitor_names.get(item.source_competitor_id, "")
            badges.append(self.tr("From {competitor}").format(competitor=name))
        if strategies:
            badges.append(
                count_text(strategies, self.tr("In 1 strategy"), self.tr("In {n} strategies"))
            )
        tooltip = "\n".join(
            (
                item.text,
                self.tr("Weight {weight} of 5 (press 1 to 5 to change it)").format(
                    weight=item.weight
                ),
                *filter(None, (votes_text(item.votes),)),
                *badges,
            )
        )
        return Card(item.id, item.text, tuple(badges), item.weight, tooltip, item, item.votes)

    # -- requests → the page's intents ----------------------------------------------------
    def add_item(self, quadrant: Any, text: str) -> int | None:
        item_id = self.intents.add_item(quadrant, text)
        if item_id is not None:
            self.board.column(quadrant).accept_quick_add()
        return item_id

    def move_item(self, item_id: int, quadrant: Any, index: int) -> bool:
        reorder = self.board.group_of(item_id) == quadrant
        if not self.intents.move_item(item_id, quadrant, index, reorder=reorder):
            return False
        self.board.focus_card(item_id)  # the card keeps the focus in its new place
        return True
