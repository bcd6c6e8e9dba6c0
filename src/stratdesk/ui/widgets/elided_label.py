"""A label that gives up width gracefully: it elides each of its lines and shows the text
whole in a tooltip, so a long title or file path never forces the window wider than the
screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

MIN_CHARS = 4  # below this many characters an elided word no longer reads as one
SHORTEST = 10  # a label that may vanish (min_chars=0) does so below this many characters


class ElidedLabel(QLabel):
    """`sizeHint` is the whole text; the layout may squeeze it down to a few characters."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
        min_chars: int = MIN_CHARS,
    ) -> None:
        super().__init__(text, parent)
        self._extra_tooltip = ""
        self.mode = mode
        self.min_chars = min_chars
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setWordWrap(False)
        self._update_tooltip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def shown_text(self) -> str:
        metrics = QFontMetrics(self.font())
        width = self.contentsRect().width()
        shown = []
        for line in self.text().split("\n"):
            elided = metrics.elidedText(line, self.mode, width)
            # "Use str…" says nothing: rather show nothing (the tooltip has the whole text).
            if self.min_chars == 0 and elided != line and len(elided) <= SHORTEST:
                elided = ""
            shown.append(elided)
        return "\n".join(shown)

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        lines = self.text().split("\n")
        widest = max(metrics.horizontalAdvance(line) for line in lines)
        shortest = metrics.averageCharWidth() * self.min_chars + metrics.horizontalAdvance("…")
        width = min(widest, shortest) if self.min_chars > 0 else 0
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(),
            metrics.lineSpacing() * len(lines) + margins.top() + margins.bottom(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        # QLabel would cut the text at the edge; draw the elided text in its place.
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )
        painter.end()

    def set_extra_tooltip(self, text: str) -> None:
        """A tooltip of the owner's (shown under the whole text when that is elided)."""
        self._extra_tooltip = text
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        whole = self.text() if self.is_elided() else ""
        self.setToolTip("\n".join(part for part in (whole, self._extra_tooltip) if part))
