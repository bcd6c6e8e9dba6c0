"""Pages follow the change sets: only the kinds they show, hidden pages once when shown,
edits of shown rows redrawn in place, and a page's own changes told by their origin."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stratdesk.services.changes import ChangeSet
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.page import PageView
from stratdesk.ui.strategy.objectives import ObjectivesView


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    opened = PlanDocument(Workspace.open(plan_path))
    yield opened
    opened.close()


class CountingPage(PageView):
    """A page showing objectives that counts how it was asked to follow changes."""

    kinds = frozenset({"objective"})

    def __init__(self, document: PlanDocument, handles: bool = False) -> None:
        super().__init__(document)
        self.handles = handles
        self.refreshed = 0
        self.applied: list[ChangeSet] = []

    def refresh(self) -> None:
        self.refreshed += 1

    def apply_changes(self, changes: ChangeSet) -> bool:
        self.applied.append(changes)
        return self.handles


def _show(qtbot: QtBot, page: QWidget) -> None:
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)


def _add_objective(document: PlanDocument, statement: str = "Grow") -> int:
    return document.services.objectives.create(document.plan_id, {"statement": statement}).id


def test_a_page_ignores_the_kinds_it_does_not_show(qtbot: QtBot, document: PlanDocument) -> None:
    page = CountingPage(document)
    _show(qtbot, page)
    services, plan_id = document.services, document.plan_id
    services.mix.create(plan_id, {"p": "price", "title": "Promo"})
    services.swot.create(plan_id, {"quadrant": "S", "text": "Roasting"})
    services.plans.update_plan(plan_id, {"title": "Another title"})
    assert (page.refreshed, page.applied, page.stale) == (0, [], False)
    objective_id = _add_objective(document)
    assert page.refreshed == 1  # apply_changes said no: the whole page reloads
    assert [c.ids_of("objective") for c in page.applied] == [{objective_id}]


def test_a_page_that_applies_changes_is_not_refreshed(qtbot: QtBot, document: PlanDocument) -> None:
    page = CountingPage(document, handles=True)
    _show(qtbot, page)
    item_id = _add_objective(document)
    assert page.refreshed == 0
    assert [c.ids_of("objective") for c in page.applied] == [{item_id}]


def test_a_hidden_page_goes_stale_and_refreshes_once_when_shown(
    qtbot: QtBot, document: PlanDocument
) -> None:
    page = CountingPage(document)
    _show(qtbot, page)
    page.hide()
    for statement in ("One", "Two", "Three"):
        _add_objective(document, statement)
    document.services.mix.create(document.plan_id, {"p": "price", "title": "Promo"})
    assert page.stale and page.refreshed == 0 and page.applied == []
    page.show()
    qtbot.waitExposed(page)
    assert not page.stale and page.refreshed == 1
    page.hide()
    page.show()
    assert page.refreshed == 1  # nothing changed meanwhile: shown as it was


@pytest.fixture
def objectives(qtbot: QtBot, document: PlanDocument) -> ObjectivesView:
    for statement in ("First", "Second", "Third"):
        _add_objective(document, statement)
    page = ObjectivesView(document)
    _show(qtbot, page)
    return page


def test_an_edit_redraws_only_its_row(objectives: ObjectivesView) -> None:
    page, model = objectives, objectives.model
    redrawn: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: redrawn.append((top.row(), bottom.row())))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsRemoved.connect(lambda *_: resets.append(2))
    model.rowsInserted.connect(lambda *_: resets.append(3))
    second = model.objectives[1].id
    assert page.intents.edit(second, "owner", "Léa")
    assert redrawn == [(1, 1)]  # the edited row, and it alone
    assert resets == []  # no row came or went, nothing was reset
    assert model.objectives[1].owner == "Léa"
    page.document.stack.undo()
    assert redrawn == [(1, 1), (1, 1)] and model.objectives[1].owner == ""


def test_added_deleted_and_moved_rows_are_told_row_by_row(objectives: ObjectivesView) -> None:
    page, model = objectives, objectives.model
    told: list[str] = []
    model.modelReset.connect(lambda: told.append("reset"))
    model.rowsRemoved.connect(lambda *_: told.append("removed"))
    model.rowsInserted.connect(lambda *_: told.append("inserted"))
    first = model.objectives[0].id
    page.document.services.objectives.reorder(
        page.document.plan_id, [model.objectives[1].id, first, model.objectives[2].id]
    )
    assert model.objectives[1].id == first and "reset" not in told
    assert page.intents.delete([first])
    assert [item.statement for item in model.objectives] == ["Second", "Third"]
    assert told[-1] == "removed" and "reset" not in told


def test_a_page_knows_its_own_changes_by_their_origin(
    objectives: ObjectivesView, document: PlanDocument
) -> None:
    seen: list[Any] = []
    document.bridge.changed.connect(lambda changes: seen.append(changes.origin))
    item_id = objectives.add_objective()
    assert item_id is not None
    document.stack.undo()
    document.stack.redo()
    _add_objective(document, "From elsewhere")
    assert seen == [objectives.intents] * 3 + [None]
