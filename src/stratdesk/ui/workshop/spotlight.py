"""One card shown large over the step ("focus": F or Enter on a card; Escape goes back).

It shows the card as the board has it: its column, its text, its votes and its badges; the
stage shows it again after each change, so votes given meanwhile appear at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from stratdesk.ui.style import secondary_label, sized_font
from stratdesk.ui.widgets.cards import Card
from stratdesk.ui.widgets.cards.delegate import vote_dots
from stratdesk.ui.widgets.cards.model import votes_text

TEXT_POINT_SIZE = 28  # magnified: over 50 points on a 1080-pixel projector


class Spotlight(QFrame):
    """The card in use, enlarged; `item_id` is the card shown (None when closed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshopSpotlight")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(3)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the workshop's keys act on the card
        self.item_id: int | None = None
        self.column_label = secondary_label("", 14)
        self.text_label = QLabel()
        self.text_label.setFont(sized_font(self.text_label, TEXT_POINT_SIZE, bold=True))
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.votes_label = QLabel()
        self.votes_label.setFont(sized_font(self.votes_label, 18, bold=True))
        self.votes_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.votes_label.setForegroundRole(QPalette.ColorRole.Link)
        self.badges_label = secondary_label("", 13)
        self.badges_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badges_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label = secondary_label(
            self.tr("+ and − give and take back votes. Escape goes back to the board."), 11
        )
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(14)
        layout.addWidget(self.column_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.text_label)
        layout.addWidget(self.votes_label)
        layout.addWidget(self.badges_label)
        layout.addStretch(1)
        layout.addWidget(self.hint_label)
        self.hide()

    def show_card(self, card: Card, column: str, details: str) -> None:
        """Show `card` of `column`; `details` is its badge line (weight, source…)."""
        self.item_id = card.id
        self.column_label.setText(column)
        self.text_label.setText(card.text)
        self.votes_label.setVisible(card.votes is not None)
        if card.votes is not None:
            said = votes_text(card.votes) or self.tr("No vote yet")
            self.votes_label.setText(f"{vote_dots(card.votes)}   {said}")
        self.badges_label.setText(details)
        self.badges_label.setVisible(bool(details))
        self.show()
        self.raise_()
        self.setFocus()

    def close_card(self) -> None:
        self.item_id = None
        self.hide()
