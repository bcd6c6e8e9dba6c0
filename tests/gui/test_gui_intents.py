"""A page's Intents: one undo step per request, named in the person's language (plurals
included), and the refusal kept for the page to show."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.services.workspace import Workspace
from stratdesk.ui.app import install_translations
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.objectives.intents import ObjectivesIntents


@pytest.fixture
def document(plan_path: Path) -> Iterator[PlanDocument]:
    opened = PlanDocument(Workspace.open(plan_path))
    yield opened
    opened.close()


def test_undo_steps_are_named_in_french_with_their_plural(
    qtbot: QtBot, document: PlanDocument
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "fr")
    intents = ObjectivesIntents(document)
    ids = [intents.add() for _ in range(3)]
    assert document.stack.undoText() == "Ajouter un objectif"
    assert intents.delete([i for i in ids[:2] if i is not None])
    assert document.stack.undoText() == "Supprimer 2 objectifs"
    assert intents.delete([ids[2]])  # type: ignore[list-item]
    assert document.stack.undoText() == "Supprimer l’objectif"
    install_translations(app, "en")


def test_a_refusal_is_kept_until_the_next_request(document: PlanDocument) -> None:
    intents = ObjectivesIntents(document)
    item_id = intents.add()
    assert item_id is not None
    assert not intents.edit(item_id, "statement", "")
    assert "must not be empty" in intents.last_error
    assert document.stack.count() == 1  # the refusal left no step
    assert intents.edit(item_id, "statement", "Grow")
    assert intents.last_error == ""
