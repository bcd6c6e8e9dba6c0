"""The workshop window: the stage magnified for a projector, full screen, on the projector.

The stage (and the pages in it) lives in a graphics scene that the window shows scaled, so
everything a page draws (cards, charts, timelines) grows alike: body text reads as 24 points
on a 1920×1080 screen (`domain.projector.magnification`), Ctrl+= / Ctrl+- / Ctrl+0 zoom.
The theme, the scale and the keys belong to this window only: the main window keeps its
look, and finds its page as it left it when the workshop ends.

With two screens the workshop opens on the one that does not hold the main window (the
projector) and the laptop keeps the normal window; with one, it covers that screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QScreen, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from stratdesk.domain.projector import magnification, zoomed
from stratdesk.ui.widgets.cards.delegate import CARD_POINT_SIZE
from stratdesk.ui.workshop.keys import KeyFilter
from stratdesk.ui.workshop.stage import WorkshopStage

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument


def presentation_screen(screens: Sequence[QScreen], here: QScreen | None) -> QScreen | None:
    """The screen to present on: another one than `here` (the main window's), if any."""
    others = [screen for screen in screens if screen is not here]
    return others[0] if others else here


class WorkshopWindow(QGraphicsView):
    """A full-screen view of the workshop's stage; `left` once it has closed."""

    left = Signal()

    def __init__(
        self,
        document: PlanDocument,
        *,
        start: str | None = None,
        dark: bool = False,
        stage: WorkshopStage | None = None,
    ) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Workshop — {plan}").format(plan=document.title()))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.zoom = 1.0
        self.stage = stage or WorkshopStage(document, start=start, dark=dark)
        self.graphics = QGraphicsScene(self)
        self.proxy = self.graphics.addWidget(self.stage)
        # What the pages open in the scene (menus, dialogs) takes the theme too.
        self.proxy.setPalette(self.stage.palette())
        self.setScene(self.graphics)
        self.setBackgroundBrush(self.stage.palette().window())
        self.stage.leave_requested.connect(self.close)
        self.stage.zoom_requested.connect(self.set_zoom)
        self.stage.step_shown.connect(self._fit)  # a step may need more width than the last
        self.keys = KeyFilter(self.stage.key_context, self.stage.run, self)
        self.installEventFilter(self.keys)
        self._fit()

    @property
    def scale_factor(self) -> float:
        """How much the stage is magnified now: as the zoom asks, short of making the step
        narrower than it can be (zoomed far in, the step would run off the screen)."""
        factor = magnification(CARD_POINT_SIZE, self.height(), self.zoom)
        least = self.stage.minimumSizeHint()
        if least.width() > 0:
            factor = min(factor, self.width() / least.width())
        if least.height() > 0:
            factor = min(factor, self.height() / least.height())
        return max(factor, 0.1)

    def set_zoom(self, step: int) -> None:
        """Ctrl+= (1), Ctrl+- (-1), Ctrl+0 (0)."""
        self.zoom = zoomed(self.zoom, step)
        self._fit()
        # What the step can take: zoomed far in, it stops where the step would not fit.
        usual = magnification(CARD_POINT_SIZE, self.height(), 1.0)
        self.zoom = min(self.zoom, round(self.scale_factor / usual, 2))
        self.stage.show_notice(self.tr("Zoom {percent}%").format(percent=round(self.zoom * 100)))

    def _fit(self) -> None:
        factor = self.scale_factor
        width, height = self.width() / factor, self.height() / factor
        self.setTransform(QTransform.fromScale(factor, factor))
        self.proxy.setGeometry(QRectF(0, 0, width, height))
        self.setSceneRect(QRectF(0, 0, width, height))

    def present(self, main: QWidget | None) -> None:
        """Full screen on the projector (see `presentation_screen`), the keyboard on the step."""
        here = main.screen() if main is not None else None
        screen = presentation_screen(QGuiApplication.screens(), here)
        if screen is not None:
            self.setGeometry(screen.geometry())
            self.winId()  # a native window, to put it on that screen
            handle = self.windowHandle()
            if handle is not None:
                handle.setScreen(screen)
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self.proxy.setFocus()
        self.stage.go(self.stage.current)  # the keyboard goes to the step's first place

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.stage.prepare_timer.stop()
            self.left.emit()
