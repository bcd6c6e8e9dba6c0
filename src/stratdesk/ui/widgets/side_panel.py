"""A main area beside a side panel (an inspector, a list of links): the person drags the
divider to give either more room, or folds the panel away; the panel scrolls vertically
instead of forcing its height on the window. Widths are remembered by name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QStyle, QWidget

from stratdesk.ui.widgets.scroll_area import FollowingScrollArea

StateLoader = Callable[[str], QByteArray | None]
StateSaver = Callable[[str, QByteArray], None]

PANEL_MIN_HEIGHT = 120  # the rest scrolls
PANEL_SHARE = 0.3  # of the splitter's width at most, at first (a small screen's board)


class PanelScrollArea(FollowingScrollArea):
    """Scrolls its panel vertically only: as narrow as the panel allows, never taller."""

    def __init__(self, panel: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(panel, parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        panel = self.widget()
        width = panel.minimumSizeHint().width() if panel is not None else 0
        # Room for the vertical scroll bar, which appears when the window is short.
        width += self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width += 2 * self.frameWidth()
        return QSize(width, PANEL_MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self.minimumSizeHint().width()), hint.height())


class SidePanelSplitter(QSplitter):
    """`main` (stretches) | `panel` (scrolls unless `scroll` is False, `panel_width` wide at
    first but no more than `share` of the width, can fold away).

    The splitter is named `sidePanel_<name>`: `remember_panels` keeps its state under it.
    """

    def __init__(
        self,
        name: str,
        main: QWidget,
        panel: QWidget,
        panel_width: int = 300,
        share: float = PANEL_SHARE,
        *,
        scroll: bool = True,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName(f"sidePanel_{name}")
        self.main = main
        self.panel = panel
        # A panel of fields and lists scrolls; a chart (scroll=False) just gets smaller.
        self.panel_area: QWidget = PanelScrollArea(panel) if scroll else panel
        self.addWidget(main)
        self.addWidget(self.panel_area)
        self.setChildrenCollapsible(False)
        self.setCollapsible(1, True)  # the board always stays; the panel may fold away
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.setHandleWidth(8)
        self._panel_width = panel_width
        self._share = share
        # Until the person drags the divider (or a remembered width is restored), the panel
        # keeps to its share of the width, so a small screen's board is not starved.
        self.automatic = True
        self.splitterMoved.connect(self._on_moved)
        self.setSizes([max(main.sizeHint().width(), 1), panel_width])

    def first_panel_width(self, total: int) -> int:
        """`panel_width`, but no more than a share of a small screen's width."""
        least = self.panel_area.minimumSizeHint().width()
        return max(least, min(self._panel_width, int(total * self._share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.automatic:
            self._fit_panel()

    def _fit_panel(self) -> None:
        total = sum(self.sizes())
        panel = self.first_panel_width(total)
        self.setSizes([max(total - panel, 0), panel])

    def _on_moved(self, _position: int, _index: int) -> None:
        self.automatic = False

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:
            self._keep_panel_whole()
        return handled

    def _keep_panel_whole(self) -> None:
        """The panel came to need more width (a label appeared): give it that much."""
        if self.automatic:
            self._fit_panel()
            return
        main, panel = self.sizes()
        least = self.panel_area.minimumSizeHint().width()
        if 0 < panel < least:  # 0: folded away by the person, and left so
            self.setSizes([max(main + panel - least, 0), least])


def remember_panels(root: QWidget, load: StateLoader, save: StateSaver) -> None:
    """Give every side panel under `root` its remembered width, and remember the next move."""
    for splitter in root.findChildren(SidePanelSplitter):
        name = splitter.objectName()
        state = load(name)
        if state is not None:
            splitter.restoreState(state)
            splitter.automatic = False
        splitter.splitterMoved.connect(
            lambda _pos, _index, s=splitter, n=name: save(n, s.saveState())
        )
