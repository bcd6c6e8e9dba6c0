"""The Statements tab: the targeted segments (each saying whether its positioning is
written) beside the chosen one's statement builder."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from stratdesk.charts.ge_data import targeting_text
from stratdesk.domain.enums import Targeting
from stratdesk.ui.strategy.positioning.data import Statements
from stratdesk.ui.strategy.positioning.statement_form import StatementForm
from stratdesk.ui.style import secondary_label
from stratdesk.ui.widgets.cards import Card, CardBoard, ColumnSpec
from stratdesk.ui.widgets.side_panel import PanelScrollArea

TARGETS = "targets"
LIST_WIDTH = 300


def statement_card(segment: Any, written: bool) -> Card:
    translate = QCoreApplication.translate
    if segment.targeting == Targeting.NOT_TARGETED:  # listed only because it has one
        state = translate("StatementsTab", "Not targeted any more; its positioning is kept")
    elif written:
        state = translate("StatementsTab", "✓ Positioning written")
    else:
        state = translate("StatementsTab", "✗ No positioning yet")
    return Card(segment.id, segment.name, (targeting_text(segment.targeting), state), data=segment)


class StatementsTab(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        translate = QCoreApplication.translate
        spec = ColumnSpec(
            TARGETS,
            translate("StatementsTab", "Targeted segments"),
            placeholder=translate(
                "StatementsTab",
                "No targeted segment yet: mark one as a primary or secondary target on the "
                "Segmentation & targeting page.",
            ),
        )
        self.board = CardBoard("targets", [spec], min_column_width=220)
        self.summary = secondary_label("", 12)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.board, 1)
        left_column.addWidget(self.summary)
        self.form = StatementForm()
        self.form_area = PanelScrollArea(self.form)
        self.addWidget(left)
        self.addWidget(self.form_area)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(1, 1)
        self.setHandleWidth(8)
        self.setSizes([LIST_WIDTH, 800])

    def show_statements(self, statements: Statements) -> None:
        cards = [statement_card(s, s.id in statements.positioning) for s in statements.segments]
        self.board.set_cards(TARGETS, cards)
        targeted, missing = statements.targeted(), statements.missing()
        translate = QCoreApplication.translate
        if not targeted:
            text = ""
        elif not missing:
            text = translate("StatementsTab", "Every targeted segment has its positioning.")
        else:
            text = translate("StatementsTab", "Still without a positioning: {names}.").format(
                names=", ".join(s.name for s in missing)
            )
        self.summary.setText(text)
        self.summary.setVisible(bool(text))
