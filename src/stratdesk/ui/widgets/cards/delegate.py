"""Paints a card (wrapped text, a line of badges, weight pips, a focus ring) and edits its text.

Sizes are for a projector: the text is large, and nothing but the badge line is small. A
card's dot votes are said in its badge line ("3 votes"); in workshop mode (`show_votes`)
they are drawn as a pill in the card's top right corner, which the view takes clicks on.
Colours come from the palette, so the light and dark schemes both work; no information is
carried by colour alone (the weight is drawn as filled and empty pips, badges are words).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from stratdesk.ui.widgets.cards.model import BADGES_ROLE, VOTES_ROLE, WEIGHT_ROLE, votes_text
from stratdesk.ui.widgets.cards.text import draw_wrapped, wrapped_height

Index = QModelIndex | QPersistentModelIndex

CARD_POINT_SIZE = 13
BADGE_POINT_SIZE = 11
MARGIN = 4  # around a card, inside its row
PADDING = 8  # inside a card
ACCENT_WIDTH = 5
RADIUS = 6
TEXT_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
VOTE_PADDING = 7  # inside the votes pill, on either side of the dots
VOTE_GAP = 8  # between the text and the pill
DOTS_UP_TO = 5  # 1 to 5 votes are dots; more say their number


def pips(weight: int, highest: int) -> str:
    """3 of 5 → "●●●○○": the weight as shapes, readable without colour."""
    weight = max(0, min(weight, highest))
    return "●" * weight + "○" * (highest - weight)


def badge_line(index: Index, *, votes_apart: bool = False) -> str:
    """The small line under the text: weight pips, the votes (unless drawn apart), badges."""
    parts: list[str] = []
    weight = index.data(WEIGHT_ROLE)
    highest = getattr(index.model(), "weight_range", None)
    if weight is not None and highest is not None:
        parts.append(pips(int(weight), highest[1]))
    if not votes_apart and (said := votes_text(index.data(VOTES_ROLE))):
        parts.append(said)
    parts.extend(index.data(BADGES_ROLE) or ())
    return "  ·  ".join(parts)


def vote_dots(votes: int) -> str:
    """What the votes pill says: "○" for none, "●●●" for three, "● 12" for many."""
    if votes <= 0:
        return "○"
    return "●" * votes if votes <= DOTS_UP_TO else f"● {votes}"


class CardEditor(QPlainTextEdit):
    """Edits a card's text in place: Enter keeps it, Escape gives up (a card is one line)."""

    finished = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finished.emit()
            return
        super().keyPressEvent(event)


class CardDelegate(QStyledItemDelegate):
    """One card per row; `accent` (the column's colour) marks its left edge."""

    def __init__(self, parent: QWidget | None = None, accent: QColor | None = None) -> None:
        super().__init__(parent)
        self.accent = accent
        self.show_votes = False  # workshop mode: votes as a pill that takes clicks
        # Lines of text a card shows at most (None: all); the rest ends in "…" and the card's
        # tooltip has it whole. Narrow columns on a laptop then show more than one card.
        self.max_lines: int | None = None
        self._heights: dict[tuple[str, str, int, int, int | None], int] = {}

    # -- geometry ------------------------------------------------------------------------
    def fonts(self, base: QFont) -> tuple[QFont, QFont]:
        text_font = QFont(base)
        text_font.setPointSizeF(CARD_POINT_SIZE)
        badge_font = QFont(base)
        badge_font.setPointSizeF(BADGE_POINT_SIZE)
        return text_font, badge_font

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        width = width or option.rect.width() or 240
        return max(60, width - 2 * (MARGIN + PADDING) - ACCENT_WIDTH)

    # -- votes (workshop mode) -------------------------------------------------------------
    def votes_shown(self, index: Index) -> int | None:
        """The votes drawn as a pill on this card (None: no pill)."""
        votes = index.data(VOTES_ROLE)
        return int(votes) if self.show_votes and votes is not None else None

    def vote_font(self, base: QFont) -> QFont:
        font = QFont(self.fonts(base)[1])
        font.setBold(True)
        return font

    def vote_size(self, votes: int, base: QFont) -> QSize:
        metrics = QFontMetrics(self.vote_font(base))
        return QSize(
            metrics.horizontalAdvance(vote_dots(votes)) + 2 * VOTE_PADDING, metrics.height() + 4
        )

    def vote_rect(self, row: QRect, votes: int, base: QFont) -> QRect:
        """Where the votes pill of the card drawn in `row` (its whole row) goes."""
        card = row.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        size = self.vote_size(votes, base)
        return QRect(
            card.right() - PADDING - size.width() + 1, card.top() + PADDING, *size.toTuple()
        )

    def paint_votes(
        self, painter: QPainter, row: QRect, votes: int, palette: QPalette, base: QFont
    ) -> None:
        """The pill: filled in the highlight colour when the card has votes, outlined if not."""
        pill = self.vote_rect(row, votes, base)
        radius = pill.height() / 2
        painter.save()
        if votes > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            text = palette.color(QPalette.ColorRole.HighlightedText)
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.drawRoundedRect(pill, radius, radius)
        painter.setPen(text)
        painter.setFont(self.vote_font(base))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, vote_dots(votes))
        painter.restore()

    def text_room(self, option: QStyleOptionViewItem, index: Index) -> int:
        """The width the card's text may take: less the votes pill, when there is one."""
        width = self._text_width(option)
        votes = self.votes_shown(index)
        if votes is not None:
            width -= self.vote_size(votes, option.font).width() + VOTE_GAP
        return max(40, width)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        votes = self.votes_shown(index)
        badges = badge_line(index, votes_apart=votes is not None)
        width = self._text_width(option)
        room = self.text_room(option, index)
        key = (text, badges, width, room, self.max_lines)
        height = self._heights.get(key)
        if height is None:
            text_font, badge_font = self.fonts(option.font)
            height = wrapped_height(text, text_font, room, self.max_lines)
            if votes is not None:
                height = max(height, self.vote_size(votes, option.font).height())
            if badges:
                height += 6 + wrapped_height(badges, badge_font, width)
            height += 2 * (MARGIN + PADDING)
            if len(self._heights) > 5000:  # texts come and go; keep the cache bounded
                self._heights.clear()
            self._heights[key] = height
        return QSize(width + 2 * (MARGIN + PADDING) + ACCENT_WIDTH, height)

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        state = option.state
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        if selected or focused:
            # The focus ring: thick, in the highlight colour, visible from the back of a room.
            pen = QPen(highlight, 3 if focused else 2)
        painter.setPen(pen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if selected:
            tint = QColor(highlight)
            tint.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), RADIUS, RADIUS)
        if self.accent is not None:
            strip = QRect(rect.left() + 2, rect.top() + 4, ACCENT_WIDTH - 1, rect.height() - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.drawRoundedRect(strip, 2, 2)
        text_font, badge_font = self.fonts(option.font)
        inner = rect.adjusted(PADDING + ACCENT_WIDTH, PADDING, -PADDING, -PADDING)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        votes = self.votes_shown(index)
        room = self.text_room(option, index)
        used = draw_wrapped(
            painter,
            QRect(inner.topLeft(), QSize(room, inner.height())),
            text,
            text_font,
            self.max_lines,
        )
        if votes is not None:
            self.paint_votes(painter, option.rect, votes, palette, option.font)
            used = max(used, self.vote_size(votes, option.font).height())
        badges = badge_line(index, votes_apart=votes is not None)
        if badges:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            draw_wrapped(painter, inner.adjusted(0, used + 6, 0, 0), badges, badge_font)
        painter.restore()

    # -- editing -------------------------------------------------------------------------
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = CardEditor(parent)
        editor.setFont(self.fonts(option.font)[0])
        editor.setTabChangesFocus(True)
        editor.finished.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: CardEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, CardEditor)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, CardEditor)
        # A card is one line: pasted line breaks become spaces (an empty text is refused).
        text = " ".join(editor.toPlainText().split())
        if text != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Any
    ) -> None:
        editor.setGeometry(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
