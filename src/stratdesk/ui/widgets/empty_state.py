"""A page that has nothing to show yet: what will be there, and what to do first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from stratdesk.ui.style import sized_font, title_label

MAX_TEXT_WIDTH = 760


class EmptyStateView(QWidget):
    """A large title, one or two sentences, and the first step to take."""

    def __init__(self, title: str, text: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(title, 26)
        self.text_label = QLabel(text)
        self.text_label.setFont(sized_font(self.text_label, 16))
        self.hint_label = QLabel(hint)
        self.hint_label.setFont(sized_font(self.hint_label, 15, bold=True))
        self.hint_label.setForegroundRole(QPalette.ColorRole.Highlight)
        # A column of at most MAX_TEXT_WIDTH, centred: wrapped labels need a real width.
        column = QWidget()
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        texts = QVBoxLayout(column)
        texts.setSpacing(18)
        for label in (self.title_label, self.text_label, self.hint_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            texts.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 20)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
