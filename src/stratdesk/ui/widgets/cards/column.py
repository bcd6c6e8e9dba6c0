"""One column of a card board: a title with the count, the cards, and a quick-add line."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from stratdesk.ui.style import sized_font
from stratdesk.ui.widgets.cards.delegate import CARD_POINT_SIZE, CardDelegate
from stratdesk.ui.widgets.cards.model import CardListModel
from stratdesk.ui.widgets.cards.view import CardListView
from stratdesk.ui.widgets.elided_label import ElidedLabel

TITLE_POINT_SIZE = 15
# Narrow enough for three columns beside a side panel on a 1024-pixel projector, wide
# enough for a card's words; a longer title is elided (and shown whole in its tooltip).
MIN_COLUMN_WIDTH = 150


@dataclass(frozen=True)
class ColumnSpec:
    """How a group is shown: title, a hint when empty, the quick-add prompt, a colour.

    `quick_add` None hides the quick-add line; `cell` places the column in the board's grid
    (row, column); without one, columns follow each other in one row."""

    group: object
    title: str
    subtitle: str = ""
    placeholder: str = ""
    quick_add: str | None = None
    accent: QColor | None = None
    cell: tuple[int, int] | None = None


class QuickAddEdit(QLineEdit):
    """The line under a column: type, press Enter to add; Escape goes back to the cards."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class CardColumn(QFrame):
    """A titled list of cards of one group; emits `add_requested(group, text)` on Enter."""

    add_requested = Signal(object, str)

    def __init__(
        self,
        spec: ColumnSpec,
        model: CardListModel,
        parent: QWidget | None = None,
        min_width: int = MIN_COLUMN_WIDTH,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.min_width = min_width
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"cardColumn_{spec.group}")
        self.title_label = ElidedLabel(spec.title, min_chars=6)
        self.title_label.setFont(sized_font(self.title_label, TITLE_POINT_SIZE, bold=True))
        self.title_label.set_extra_tooltip(spec.subtitle)
        self.count_label = QLabel("0")
        self.count_label.setFont(sized_font(self.count_label, TITLE_POINT_SIZE))
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        # The subtitle gives way first: elided to nothing before the title is (tooltip).
        self.subtitle_label = ElidedLabel(spec.subtitle, min_chars=0)
        self.subtitle_label.setFont(sized_font(self.subtitle_label, 11))
        self.subtitle_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.subtitle_label.setVisible(bool(spec.subtitle))
        # Ignored: it only gets what the title and count leave over.
        self.subtitle_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        title_row.addWidget(self.subtitle_label, 1)
        title_row.addWidget(self.count_label)
        self.view = CardListView(model, CardDelegate(accent=spec.accent))
        self.view.placeholder = spec.placeholder
        self.view.setAccessibleName(spec.title)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(title_row)
        layout.addWidget(self.view, 1)
        self.quick_add: QuickAddEdit | None = None
        if spec.quick_add is not None:
            self.quick_add = QuickAddEdit()
            self.quick_add.setPlaceholderText(spec.quick_add)
            self.quick_add.setAccessibleName(spec.quick_add)
            self.quick_add.setFont(sized_font(self.quick_add, CARD_POINT_SIZE - 1))
            self.quick_add.setClearButtonEnabled(True)
            self.quick_add.returnPressed.connect(self._on_return)
            self.quick_add.escaped.connect(self.view.setFocus)
            self.view.quick_add_requested.connect(self.focus_quick_add)
            layout.addWidget(self.quick_add)
        # Workshop mode hides the cards (not the title nor the quick-add line) until revealed.
        self.cover = QLabel()
        self.cover.setObjectName("cardColumnCover")
        self.cover.setFrameShape(QFrame.Shape.StyledPanel)
        self.cover.setWordWrap(True)
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setFont(sized_font(self.cover, CARD_POINT_SIZE))
        self.cover.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.cover.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys that reveal it work
        self.cover.hide()
        layout.insertWidget(2, self.cover, 1)
        model.rowsInserted.connect(self._update_count)
        model.rowsRemoved.connect(self._update_count)
        model.modelReset.connect(self._update_count)

    @property
    def group(self) -> object:
        return self.spec.group

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.min_width, 0))

    def set_editable(self, editable: bool) -> None:
        """False on a read-only plan: no typing, moving or deleting cards; no quick add."""
        self.view.set_editable(editable)
        if self.quick_add is not None:
            self.quick_add.setEnabled(editable)

    @property
    def concealed(self) -> bool:
        return self.cover.isVisibleTo(self)

    def set_concealed(self, concealed: bool, text: str = "") -> None:
        """Hide the cards behind `text` (revealed again with False); the focus stays here."""
        had_focus = self.view.hasFocus() or self.cover.hasFocus()
        self.cover.setText(text)
        self.cover.setVisible(concealed)
        self.view.setVisible(not concealed)
        if had_focus:
            (self.cover if concealed else self.view).setFocus()

    def focus_quick_add(self) -> None:
        if self.quick_add is not None:
            self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def accept_quick_add(self) -> None:
        """The typed card was added: clear the line for the next one."""
        if self.quick_add is not None:
            self.quick_add.clear()

    def _on_return(self) -> None:
        assert self.quick_add is not None
        text = " ".join(self.quick_add.text().split())
        if text:
            self.add_requested.emit(self.group, text)

    def _update_count(self) -> None:
        self.count_label.setText(str(self.view.card_model.rowCount()))
