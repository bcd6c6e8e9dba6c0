"""How each workshop step shows its page: the tab it needs, without the page's title and
side panels (the projector's room goes to the board), and what the workshop drives on it.

Each function takes the page widget built by the page's own `PageSpec` and returns its
`StepSurface`. They only show and hide parts of the page: the page keeps refreshing itself
and turning requests into undo commands through its own intents.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from stratdesk.ui.workshop.surface import StepSurface

MARGINS = (6, 4, 6, 2)  # around a page in a workshop (the window has its own)


def bare(page: Any) -> StepSurface:
    """The page without its title and sentence, and with narrow margins."""
    header = getattr(page, "header", None)
    if isinstance(header, QWidget):
        header.hide()
    layout = page.layout() if isinstance(page, QWidget) else None
    if layout is not None:
        layout.setContentsMargins(*MARGINS)
    return StepSurface(first_focus=lambda: page)


def _on_tab(page: Any, index: int) -> None:
    bare(page)
    page.tabs.setCurrentIndex(index)
    page.tabs.tabBar().hide()


class _KeptHidden(QObject):
    """Hides its widget again whenever the page shows it (a card chosen opens the mix's
    editor): in a workshop the board keeps the whole width."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            watched.hide()
        return False


def _folded(panel: QWidget) -> None:
    """A side panel that the page may show again (a card chosen…) stays out of the way."""
    panel.hide()
    panel.installEventFilter(_KeptHidden(panel))


def _board_surface(boards: Any, votes: str | None, every: Any = None) -> StepSurface:
    def first_focus() -> QWidget | None:
        shown = boards()
        if not shown:
            return None
        board = shown[0]
        return board.column(board.groups()[0]).view  # the cards: the keys' letters work

    if every is None:
        return StepSurface(boards=boards, votes=votes, first_focus=first_focus)
    return StepSurface(boards=boards, votes=votes, first_focus=first_focus, all_boards=every)


def pestel(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.environment.page import PESTEL_TAB

    _on_tab(page, PESTEL_TAB)
    page.pestel.splitter.panel_area.hide()
    board = page.pestel.board
    return _board_surface(lambda: [board], "factors")


def swot(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.swot.page import SWOT_TAB

    _on_tab(page, SWOT_TAB)
    board = page.swot.board
    return _board_surface(lambda: [board], "swot")


def tows(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.swot.page import TOWS_TAB

    _on_tab(page, TOWS_TAB)
    page.tows.splitter.panel_area.hide()
    board = page.tows.board
    return _board_surface(lambda: [board], None)


def segments(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.targeting.page import SEGMENTS_TAB

    _on_tab(page, SEGMENTS_TAB)
    board = page.segments.board
    return _board_surface(lambda: [board], None)


def targeting(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.targeting.page import SCORING_TAB

    _on_tab(page, SCORING_TAB)
    page.scoring.bar.hide()
    return StepSurface(first_focus=lambda: page.grid)


def positioning(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.positioning.page import STATEMENTS_TAB

    _on_tab(page, STATEMENTS_TAB)
    board = page.statements_tab.board
    return StepSurface(boards=lambda: [board], first_focus=lambda: board)


def perceptual_map(page: Any) -> StepSurface:
    from stratdesk.ui.strategy.positioning.page import MAP_TAB

    _on_tab(page, MAP_TAB)
    page.map_splitter.panel_area.hide()
    return StepSurface(first_focus=lambda: page.map.plot)


def mix(page: Any) -> StepSurface:
    """The board of the P in view (the first P at first); Ctrl+Tab goes to the next P."""
    bare(page)
    page.filter_bar.hide()
    page.summary_label.hide()
    _folded(page.editor_area)
    if page.current_board() is None:
        page.open_board(page.ps[0])

    def boards() -> list[Any]:
        board = page.current_board()
        return [board.board] if board is not None else []

    return _board_surface(boards, "mix", lambda: [b.board for b in page.boards.values()])


def calendar(page: Any) -> StepSurface:
    bare(page)
    _folded(page.panel)
    return StepSurface(first_focus=lambda: page.views)


def kpis(page: Any) -> StepSurface:
    from stratdesk.ui.operations.kpis.page import DASHBOARD

    _on_tab(page, DASHBOARD)
    return StepSurface(first_focus=lambda: page.tiles)
