"""The Segments tab: the list of segments, the chosen one's profile, and its personas.

The list is a one-column card board: type a name under it and press Enter to add a
segment, Enter on a card renames it, Ctrl+Up/Down or a drag reorders, Delete deletes. Each
card says the segment's targeting in words beside a mark (● ◐ ○, as the matrix fills it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from stratdesk.charts.ge_data import targeting_text
from stratdesk.i18n.formatting import compact_money, format_percent
from stratdesk.ui.language import ui_language
from stratdesk.ui.strategy.targeting.personas import PersonasBoard
from stratdesk.ui.strategy.targeting.segment_form import SegmentForm
from stratdesk.ui.widgets.cards import Card, CardBoard, ColumnSpec
from stratdesk.ui.widgets.side_panel import PanelScrollArea

SEGMENTS = "segments"
LIST_WIDTH, PERSONAS_WIDTH = 290, 290


def segment_card(segment: Any, currency: str) -> Card:
    """The name, then the targeting, the yearly value and the growth in the small line."""
    language = ui_language()
    translate = QCoreApplication.translate
    growth = format_percent(abs(segment.growth_pct), language)
    sign = "−" if segment.growth_pct < 0 else "+"
    badges = (
        targeting_text(segment.targeting),
        translate("SegmentsTab", "{value} a year").format(
            value=compact_money(segment.value_cents, currency, language)
        ),
        translate("SegmentsTab", "{growth} growth").format(growth=f"{sign}{growth}"),
    )
    return Card(segment.id, segment.name, badges, tooltip=segment.description, data=segment)


class SegmentsBoard(CardBoard):
    """The segments, one card each, with a quick-add line; names are edited in place."""

    def __init__(self, commit: Any, parent: QWidget | None = None) -> None:
        translate = QCoreApplication.translate  # before the QObject exists: no self.tr yet
        spec = ColumnSpec(
            SEGMENTS,
            translate("SegmentsTab", "Segments"),
            placeholder=translate(
                "SegmentsTab",
                "No segments yet. Type the name of a group of customers who share the same "
                "needs below, and press Enter.",
            ),
            quick_add=translate("SegmentsTab", "Add a segment, press Enter"),
        )
        super().__init__("segments", [spec], commit=commit, min_column_width=180, parent=parent)


class SegmentsTab(QSplitter):
    """Segments | the chosen segment's profile | its personas (the person resizes them)."""

    def __init__(self, commit_name: Any, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.board = SegmentsBoard(commit_name)
        self.form = SegmentForm()
        self.form_area = PanelScrollArea(self.form)
        self.personas = PersonasBoard()
        for widget in (self.board, self.form_area, self.personas):
            self.addWidget(widget)
        self.setChildrenCollapsible(False)
        for index, stretch in enumerate((1, 2, 1)):  # a wide screen widens the cards too
            self.setStretchFactor(index, stretch)
        self.setHandleWidth(8)
        self.setSizes([LIST_WIDTH, 500, PERSONAS_WIDTH])

    def show_segments(self, segments: list[Any], currency: str) -> None:
        self.form.set_currency(currency)
        self.board.set_cards(SEGMENTS, [segment_card(s, currency) for s in segments])

    def show_segment(self, segment: Any, personas: list[Any]) -> None:
        self.form.show_segment(segment)
        self.personas.set_enabled_for(segment)
        self.personas.show_personas(personas)
