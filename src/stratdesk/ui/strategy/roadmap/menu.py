"""The roadmap's context menu: on a bar (edit, delete, move to another lane), on empty time
in a lane (add an initiative or a milestone there), and the theme lanes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from stratdesk.domain.roadmap import THEME
from stratdesk.ui.strategy.roadmap.bars import lane_title

if TYPE_CHECKING:
    from stratdesk.ui.strategy.roadmap.page import RoadmapView

translate = QCoreApplication.translate


def roadmap_menu(page: RoadmapView, bar_id: Any, lane: Any, day: dt.date | None) -> QMenu:
    menu = QMenu(page)
    editable = not page.document.read_only
    board = page.board
    bar = page.view.bar(bar_id) if bar_id is not None else None
    if bar is not None:
        menu.addAction(page.page_actions.edit)
        if editable and board is not None:
            move = menu.addMenu(translate("RoadmapView", "Move to lane"))
            for other in board.lanes:
                entry = move.addAction(lane_title(other))
                entry.setEnabled(other.key != bar.lane)
                entry.triggered.connect(
                    lambda _checked=False, key=other.key: page.move_item(
                        bar.id, key, bar.start, bar.end
                    )
                )
            menu.addAction(page.page_actions.delete)
    elif lane is not None and editable and day is not None:
        add = menu.addAction(translate("RoadmapView", "Add initiative here"))
        add.triggered.connect(lambda: page.add_here(lane=lane, day=day))
        milestone = menu.addAction(translate("RoadmapView", "Add milestone here"))
        milestone.triggered.connect(lambda: page.add_here(milestone=True, lane=lane, day=day))
    if editable:
        menu.addSeparator()
        themes = menu.addAction(page.page_actions.lanes.text())
        ident = lane[1] if isinstance(lane, tuple) and lane[0] == THEME else None
        themes.triggered.connect(lambda: page.open_lanes(ident))
    return menu
