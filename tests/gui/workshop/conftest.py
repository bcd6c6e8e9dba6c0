"""Workshop fixtures: the English demo plan open in a document, and a workshop window on it
at a projector's size with a clock the test moves by hand."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.workshop.stage import WorkshopStage
from stratdesk.ui.workshop.window import WorkshopWindow

PROJECTOR = (1920, 1080)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.stratdesk"
    return build_demo(path, language="en", today=dt.date(2026, 11, 27))


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.stratdesk"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_document(demo_path: Path) -> Iterator[PlanDocument]:
    document = PlanDocument(Workspace.open(demo_path))
    yield document
    if not document.workspace.store.closed:
        document.close()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_workshop(
    qtbot: QtBot, demo_document: PlanDocument, clock: FakeClock
) -> Iterator[Callable[..., WorkshopWindow]]:
    """Opens a workshop on the demo plan at `start`, shown and active, keyboard on the step."""
    opened: list[WorkshopWindow] = []

    def open_(start: str | None = "swot", *, dark: bool = False) -> WorkshopWindow:
        stage = WorkshopStage(demo_document, start=start, dark=dark, clock=clock)
        window = WorkshopWindow(demo_document, stage=stage)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # qtbot closes it
        qtbot.addWidget(window)
        window.resize(*PROJECTOR)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        window.proxy.setFocus()
        stage.go(stage.current)
        opened.append(window)
        return window

    yield open_
    for window in opened:
        window.close()
