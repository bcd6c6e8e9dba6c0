"""The marketing-mix workspace page: a kanban per P (4P or 7P), an overview, filters, budgets.

Modules: `page` (the page), `tabs` (overview + one board per P, filled when seen), `board`
(one P's kanban, on `ui.widgets.cards`), `cards` (a mix action as a card), `overview` (all Ps
side by side), `editor_form` and `editor` (the side panel), `filter_bar` and `filters` (what
is shown), `board_state` (the loaded actions, grouped, filtered and totalled), `intents`
(requests → undo commands), `seven_p` (the 4P/7P switch), `money` (budgets typed and shown in
the locale), `labels`, `tab_drops` (drop a card on a P's tab). The shell registers `mix_page`
as the Operations › Marketing mix page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from stratdesk.ui.document import PlanDocument


def mix_page(document: PlanDocument) -> QWidget:
    """Build the Marketing mix page for an open plan (imported only when first shown)."""
    from stratdesk.ui.operations.mix.page import MixPageView

    return MixPageView(document)
