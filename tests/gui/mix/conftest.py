"""Fixtures of the marketing-mix page: a plan file (2026–2028, 4P), its document, the page.

The page is built directly on a PlanDocument (the shell registers it in the Operations
workspace); "today" is fixed so that overdue actions do not depend on the day the tests run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import MixColumn, MixP
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.mix.page import MixPageView
from stratdesk.ui.widgets.cards.view import CardListView

TODAY = dt.date(2026, 6, 15)


def column_view(page: MixPageView, p: MixP, column: MixColumn) -> CardListView:
    return page.boards[p].board.view((p, column))


def shown_titles(page: MixPageView, p: MixP, column: MixColumn) -> list[str]:
    return [card.text for card in column_view(page, p, column).card_model.cards()]


def stored(page: MixPageView) -> list[tuple[int, str, str, str]]:
    """(id, P, column, title) of every action, in the service's order."""
    actions = page.document.services.mix.list(page.document.plan_id)
    return [(a.id, a.p.value, a.column.value, a.title) for a in actions]


def drop_card(
    page: MixPageView,
    item_id: int,
    source: tuple[MixP, MixColumn],
    target: tuple[MixP, MixColumn],
    row: int | None = None,
) -> bool:
    """Drop `item_id` (dragged from `source`) on `target` before its card `row` (None: at the
    end), through the target view's own drop handling, as a mouse drop would."""
    source_view = column_view(page, *source)
    model = source_view.card_model
    mime = model.mimeData([model.index(model.row_of(item_id))])
    view = column_view(page, *target)
    if row is None or row >= view.card_model.rowCount():
        point = QPoint(view.viewport().width() // 2, view.viewport().height() - 3)
    else:
        point = view.visualRect(view.card_model.index(row)).topLeft() + QPoint(30, 2)
    event = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # The view's own drop handling (a real drag needs a window system to drive the mouse).
    view.dropEvent(event)
    return event.isAccepted()


class Steps:
    """The steps above, for tests (test modules cannot import each other here)."""

    column_view = staticmethod(column_view)
    shown_titles = staticmethod(shown_titles)
    stored = staticmethod(stored)
    drop_card = staticmethod(drop_card)


@pytest.fixture
def steps() -> type[Steps]:
    return Steps


@pytest.fixture
def document(qtbot: QtBot, plan_path: Path) -> Iterator[PlanDocument]:
    doc = PlanDocument(Workspace.open(plan_path))
    yield doc
    doc.close()


@pytest.fixture
def add(document: PlanDocument) -> Callable[..., Any]:
    """Writes an action straight through the service (set-up, not under test)."""

    def create(title: str, p: str = "product", column: str = "idea", **fields: Any) -> Any:
        data = {"p": p, "column": column, "title": title, **fields}
        return document.services.mix.create(document.plan_id, data)

    return create


@pytest.fixture
def make_page(qtbot: QtBot, document: PlanDocument) -> Callable[[], MixPageView]:
    def build() -> MixPageView:
        page = MixPageView(document, today=lambda: TODAY)
        qtbot.addWidget(page)
        page.resize(1130, 800)
        page.show()
        qtbot.waitExposed(page)
        return page

    return build


@pytest.fixture
def page(make_page: Callable[[], MixPageView]) -> MixPageView:
    return make_page()
