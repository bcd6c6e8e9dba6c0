"""The top of a page: its title and main buttons, then one sentence on what it is for.

The sentence spans the page's whole width (under the buttons, not beside them), so it takes
two lines rather than four on a narrow screen; the buttons wrap when they run out of room.
In a short window (a 1366×768 laptop) the sentence keeps to one line, elided, whole in its
tooltip: the page's boards and charts get that height.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from stratdesk.ui.style import SUBTITLE_POINT_SIZE, secondary_label, sized_font, title_label
from stratdesk.ui.widgets.flow_layout import FlowLayout

COMPACT_BELOW = 820  # window height under which the sentence keeps to one line


class Description(QLabel):
    """The page's sentence: wrapped, or (`set_compact`) one elided line, whole in its tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        label = secondary_label(text, SUBTITLE_POINT_SIZE)  # the style of secondary text
        self.setFont(label.font())
        self.setForegroundRole(label.foregroundRole())
        label.deleteLater()
        self.setWordWrap(True)
        self.compact = False

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        self.setWordWrap(not compact)
        self.setToolTip(self.text() if compact else "")
        self.updateGeometry()
        self.update()

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.compact:
            self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        if not self.compact:
            return super().minimumSizeHint()
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance("M" * 8), metrics.height())

    def sizeHint(self) -> QSize:
        if not self.compact:
            return super().sizeHint()
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self.text()), metrics.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.compact:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        shown = QFontMetrics(self.font()).elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
        )
        painter.end()


class PageHeader(QWidget):
    def __init__(
        self, title: str, description: str, actions: list[QAction], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.title_label = title_label(title)
        self.description_label = Description(description)
        self.buttons: list[QToolButton] = []
        button_box = QWidget()
        flow = FlowLayout(button_box, spacing=6, line_spacing=6)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setFont(sized_font(button, 13))
            button.setMinimumHeight(40)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            flow.addWidget(button)
            self.buttons.append(button)
        button_box.setVisible(bool(actions))
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title_label, 1)
        top.addWidget(button_box, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.description_label)
        self._watched: QWidget | None = None

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = window
            window.installEventFilter(self)
        self.description_label.set_compact(window.height() < COMPACT_BELOW)
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.description_label.set_compact(self._watched.height() < COMPACT_BELOW)
        return False
