"""A page that has nothing to show yet: what will be there, and what to do first.

The first step is plain bold text, not a link colour: text that looks like a link must act.
Given an `action`, the step is a button that does it (adds the first item).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stratdesk.ui.style import sized_font, title_label

MAX_TEXT_WIDTH = 760


class EmptyStateView(QWidget):
    """A large title, one or two sentences, and the first step to take."""

    def __init__(
        self,
        title: str,
        text: str,
        hint: str,
        parent: QWidget | None = None,
        *,
        action: Callable[[], object] | None = None,
        action_text: str = "",
    ) -> None:
        super().__init__(parent)
        self.title_label = title_label(title, 26)
        self.text_label = QLabel(text)
        self.text_label.setFont(sized_font(self.text_label, 16))
        self.hint_label = QLabel(hint)
        self.hint_label.setFont(sized_font(self.hint_label, 15, bold=True))
        self.action_button: QPushButton | None = None
        if action is not None:
            self.action_button = QPushButton(action_text or hint)
            self.action_button.setFont(sized_font(self.action_button, 15))
            self.action_button.setMinimumHeight(44)
            self.action_button.clicked.connect(lambda: action())
        # A column of at most MAX_TEXT_WIDTH, centred: wrapped labels need a real width.
        column = QWidget()
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        texts = QVBoxLayout(column)
        texts.setSpacing(18)
        for label in (self.title_label, self.text_label, self.hint_label):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
            texts.addWidget(label)
        if self.action_button is not None:
            texts.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 20)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
