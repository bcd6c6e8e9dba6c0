"""A mix action as a card: title, owner and due date, budgets, objective and segment.

`action_card` turns a read model into the board's `Card` (every shown string is in `badges`,
so the card model notices any change); `MixCardDelegate` paints it line by line, with a
"No objective" badge (icon and words, never colour alone) where the chain from strategy to
action breaks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

from stratdesk.i18n.formatting import money_text
from stratdesk.ui.language import ui_language
from stratdesk.ui.models.table import format_day
from stratdesk.ui.operations.mix.filters import is_overdue
from stratdesk.ui.widgets.cards.delegate import (
    ACCENT_WIDTH,
    MARGIN,
    PADDING,
    RADIUS,
    CardDelegate,
)
from stratdesk.ui.widgets.cards.model import CARD_ROLE, Card
from stratdesk.ui.widgets.cards.text import draw_wrapped, wrapped_height

LINE_GAP = 3
ICON_SIZE = 16
TITLE_LINES = 2  # a long title ends in "…" (whole in the tooltip): more cards per column
# Qt's translate under the name lupdate looks for; the context is given at each call.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class CardFace:
    """The lines under the title; `unlinked` draws the "No objective" badge."""

    lines: tuple[str, ...]
    unlinked: bool
    overdue: bool


def no_objective_text() -> str:
    return translate("MixCard", "No objective")


def action_card(
    action: Any,
    currency: str,
    today: dt.date,
    objectives: dict[int, str],
    segments: dict[int, str],
) -> Card:
    """The card of one mix action."""
    people: list[str] = []
    if action.owner:
        people.append(action.owner)
    overdue = is_overdue(action, today)
    if action.due is not None:
        due = format_day(action.due, QLocale())
        if overdue:
            people.append(translate("MixCard", "Overdue: {date}").format(date=due))
        else:
            people.append(translate("MixCard", "Due {date}").format(date=due))
    lines = [" · ".join(people)] if people else []
    if action.budget_planned_cents or action.budget_actual_cents:
        lines.append(
            translate("MixCard", "{planned} planned · {actual} actual").format(
                planned=money_text(action.budget_planned_cents, currency, ui_language()),
                actual=money_text(action.budget_actual_cents, currency, ui_language()),
            )
        )
    unlinked = action.objective_id is None
    if unlinked:
        lines.append(no_objective_text())
    else:
        name = objectives.get(action.objective_id, "")
        name = " ".join(name.split())
        lines.append(translate("MixCard", "Objective: {name}").format(name=name))
    if action.segment_id is not None:
        name = segments.get(action.segment_id, "")
        lines.append(translate("MixCard", "Segment: {name}").format(name=name))
    face = CardFace(tuple(lines), unlinked, overdue)
    # The tooltip has what the card shortens: the description and the full names.
    names = [
        objectives.get(action.objective_id, "") if action.objective_id is not None else "",
        segments.get(action.segment_id, "") if action.segment_id is not None else "",
    ]
    tooltip = "\n\n".join(p for p in (action.title, action.description, *names) if p)
    return Card(action.id, action.title, face.lines, tooltip=tooltip, data=face, votes=action.votes)


class MixCardDelegate(CardDelegate):
    """Paints the title (bold, wrapped), then one elided line per detail."""

    def __init__(self, parent: QWidget | None = None, accent: QColor | None = None) -> None:
        super().__init__(parent, accent)
        self._title_heights: dict[tuple[str, int], int] = {}

    def fonts(self, base: QFont) -> tuple[QFont, QFont]:
        text_font, badge_font = super().fonts(base)
        text_font.setBold(True)
        return text_font, badge_font

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return super().sizeHint(option, index)
        width = self._text_width(option)
        room = self.text_room(option, index)  # less the votes pill in a workshop
        text_font, badge_font = self.fonts(option.font)
        key = (card.text, room)
        title = self._title_heights.get(key)
        if title is None:
            title = wrapped_height(card.text, text_font, room, TITLE_LINES)
            if len(self._title_heights) > 5000:  # titles come and go; keep the cache bounded
                self._title_heights.clear()
            self._title_heights[key] = title
        votes = self.votes_shown(index)
        if votes is not None:
            title = max(title, self.vote_size(votes, option.font).height())
        line = max(QFontMetrics(badge_font).height(), ICON_SIZE) + LINE_GAP
        height = title + 6 + line * len(card.badges) + 2 * (MARGIN + PADDING)
        return QSize(width + 2 * (MARGIN + PADDING) + ACCENT_WIDTH, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Any) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None or not isinstance(card.data, CardFace):
            super().paint(painter, option, index)
            return
        face: CardFace = card.data
        palette: QPalette = option.palette
        state = option.state
        rect: QRect = option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_frame(painter, rect, palette, state)
        text_font, badge_font = self.fonts(option.font)
        inner = rect.adjusted(PADDING + ACCENT_WIDTH, PADDING, -PADDING, -PADDING)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        room = QRect(inner.left(), inner.top(), self.text_room(option, index), inner.height())
        used = draw_wrapped(painter, room, card.text, text_font, TITLE_LINES)
        votes = self.votes_shown(index)
        if votes is not None:
            self.paint_votes(painter, option.rect, votes, palette, option.font)
            used = max(used, self.vote_size(votes, option.font).height())
        painter.setFont(badge_font)
        metrics = QFontMetrics(badge_font)
        line_height = max(metrics.height(), ICON_SIZE)
        top = inner.top() + used + 6
        for number, text in enumerate(face.lines):
            row = QRect(inner.left(), top, inner.width(), line_height)
            badge = face.unlinked and text == no_objective_text()
            warn = badge or (face.overdue and number == 0)
            self._paint_line(painter, row, text, palette, metrics, badge=badge, warn=warn)
            top += line_height + LINE_GAP
        painter.restore()

    def _paint_frame(self, painter: QPainter, rect: QRect, palette: QPalette, state: Any) -> None:
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        fill = QColor(palette.color(QPalette.ColorRole.Base))
        if selected:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(45)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect, RADIUS, RADIUS)
            fill = tint
        pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        if selected or focused:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 3 if focused else 2)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)
        if self.accent is not None:
            strip = QRect(rect.left() + 2, rect.top() + 4, ACCENT_WIDTH - 1, rect.height() - 8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.accent)
            painter.drawRoundedRect(strip, 2, 2)

    def _paint_line(
        self,
        painter: QPainter,
        row: QRect,
        text: str,
        palette: QPalette,
        metrics: QFontMetrics,
        *,
        badge: bool,
        warn: bool,
    ) -> None:
        left = row.left()
        if warn:
            # The icon says "look here"; the words say why (never colour alone).
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            top = row.top() + (row.height() - ICON_SIZE) // 2
            icon.paint(painter, QRect(left, top, ICON_SIZE, ICON_SIZE))
            left += ICON_SIZE + 5
        space = QRect(left, row.top(), row.right() - left, row.height())
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, space.width() - 12)
        if badge:
            pill = QRect(left, row.top(), metrics.horizontalAdvance(shown) + 12, row.height())
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(pill, row.height() / 2, row.height() / 2)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
            return
        role = QPalette.ColorRole.Text if warn else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(role))
        painter.drawText(space, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
