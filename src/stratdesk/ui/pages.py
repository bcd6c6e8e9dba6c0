"""The two workspaces and their pages: a key, a translated title, and how to build the page.

Pages are built on first show (start-up stays fast); a page's module is imported only then.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from stratdesk.ui.widgets.empty_state import EmptyStateView

if TYPE_CHECKING:
    from stratdesk.ui.document import PlanDocument

STRATEGY = "strategy"
OPERATIONS = "operations"

PageFactory = Callable[["PlanDocument"], QWidget]
# What a page's badge in the page list follows: an object with a `count_changed(int)` signal.
BadgeFactory = Callable[["PlanDocument"], Any]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str
    factory: PageFactory
    badge: BadgeFactory | None = None  # a count beside the title (e.g. findings to fix)


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    title: str
    pages: tuple[PageSpec, ...]

    def page(self, key: str) -> PageSpec | None:
        return next((p for p in self.pages if p.key == key), None)


def empty_page(key: str, title: str, text: str, hint: str) -> PageSpec:
    """A page not built yet: a clear empty state saying what will be there and what to do."""
    return PageSpec(key, title, lambda _document: EmptyStateView(title, text, hint))


def workspaces() -> tuple[WorkspaceSpec, ...]:
    """Strategy and Operations, with translated titles (call after the translator is set)."""
    from stratdesk.ui.operations import operation_pages
    from stratdesk.ui.strategy import strategy_pages

    translate = QCoreApplication.translate
    return (
        WorkspaceSpec(STRATEGY, translate("Workspaces", "Strategy"), strategy_pages()),
        WorkspaceSpec(OPERATIONS, translate("Workspaces", "Operations"), operation_pages()),
    )
