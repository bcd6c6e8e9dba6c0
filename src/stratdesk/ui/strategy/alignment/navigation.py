"""From a finding or a tree row to the item in its own page, selected.

An item is named as the alignment read models name it: its table (`item_type`), its id, and
for a group (a channel, a P) its code. `PLACES` says which page shows each kind; `focus`
opens that page and asks it to select the item with the page's own method.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from stratdesk.domain.budget import Dimension
from stratdesk.domain.enums import MixP
from stratdesk.ui.operations.campaigns.navigation import open_page


def _objective(page: Any, item_id: int, key: str) -> bool:
    page.select_id(item_id)
    return True


def _action(page: Any, item_id: int, key: str) -> bool:
    return bool(page.focus_card(item_id))


def _mix_p(page: Any, item_id: int, key: str) -> bool:
    page.tabs.show_board(MixP(key))
    return True


def _campaign(page: Any, item_id: int, key: str) -> bool:
    if item_id not in page.campaigns:
        return False
    page.views.select(item_id)
    page.open_editor(item_id)
    return True


def _channel(page: Any, item_id: int, key: str) -> bool:
    """The campaigns' budget, by channel: where the overspending channel's row is."""
    from stratdesk.ui.operations.campaigns.views import BUDGET

    page.views.budget.set_dimension(Dimension.CHANNEL)
    page.views.setCurrentIndex(BUDGET)
    return True


def _kpi(page: Any, item_id: int, key: str) -> bool:
    page.select_kpi(item_id)
    return page.current_kpi_id == item_id


def _segment(page: Any, item_id: int, key: str) -> bool:
    page.choose(item_id)
    return page.current_id == item_id


def _initiative(page: Any, item_id: int, key: str) -> bool:
    board = page.board
    found = next((i for i in board.initiatives if i.id == item_id), None) if board else None
    if found is None:
        return False
    page.view.scroll_to_date(found.start)
    page.view.select_bar(item_id)
    return True


def _swot(tab: int, board: str) -> Callable[[Any, int, str], bool]:
    def select(page: Any, item_id: int, key: str) -> bool:
        page.tabs.setCurrentIndex(tab)
        return bool(getattr(page, board).board.focus_card(item_id))

    return select


PLACES: dict[str, tuple[str, str, Callable[[Any, int, str], bool]]] = {
    "objective": ("strategy", "objectives", _objective),
    "key_result": ("strategy", "objectives", _objective),
    "roadmap_item": ("strategy", "roadmap", _initiative),
    "segment": ("strategy", "targeting", _segment),
    "positioning": ("strategy", "positioning", _segment),
    "swot_item": ("strategy", "swot", _swot(0, "swot")),
    "tows_strategy": ("strategy", "swot", _swot(1, "tows")),
    "mix_action": ("operations", "mix", _action),
    "mix_p": ("operations", "mix", _mix_p),
    "campaign": ("operations", "campaigns", _campaign),
    "channel": ("operations", "campaigns", _channel),
    "kpi": ("operations", "kpis", _kpi),
}


def focus(origin: QWidget, item_type: str, item_id: int | None, key: str = "") -> bool:
    """Open the page of `item_type` and select the item there; False when it cannot."""
    place = PLACES.get(item_type)
    if place is None:
        return False
    workspace, page_key, select = place
    page = open_page(origin, workspace, page_key)
    if page is None:
        return False
    return select(page, item_id if item_id is not None else -1, key)
