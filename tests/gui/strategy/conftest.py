"""Strategy pages built directly on a PlanDocument (no main window), fresh or on the demo."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English demo plan, built once (every page of it filled)."""
    path = tmp_path_factory.mktemp("demo") / "demo.stratdesk"
    return build_demo(path, language="en", today=dt.date(2026, 11, 27))


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.stratdesk"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def open_document(qtbot: QtBot) -> Iterator[Callable[[Path], PlanDocument]]:
    """Opens plan files as documents; closes them (and their lock) after the test."""
    opened: list[PlanDocument] = []

    def open_(path: Path) -> PlanDocument:
        document = PlanDocument(Workspace.open(path))
        opened.append(document)
        return document

    yield open_
    for document in opened:
        if not document.workspace.store.closed:  # a test may have closed it to reopen
            document.close()


@pytest.fixture
def document(open_document: Callable[[Path], PlanDocument], plan_path: Path) -> PlanDocument:
    """A fresh, empty plan."""
    return open_document(plan_path)


@pytest.fixture
def demo_document(open_document: Callable[[Path], PlanDocument], demo_path: Path) -> PlanDocument:
    return open_document(demo_path)


@pytest.fixture
def show(qtbot: QtBot) -> Callable[[QWidget], QWidget]:
    """Shows a page at a laptop size (a hidden page only refreshes when shown again)."""

    def show_(widget: QWidget) -> QWidget:
        qtbot.addWidget(widget)
        widget.resize(1200, 820)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return show_
