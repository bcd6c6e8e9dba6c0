"""GUI fixtures: isolated settings, a fresh plan file per test, and a main window on it.

Every GUI test also fails on a traceback or a Qt warning it causes (see `strict_qt.py`).
"""

from __future__ import annotations

import gc
import importlib.util
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stratdesk.i18n import current_language, set_language
from stratdesk.services.workspace import Workspace
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.settings import Settings

START_YEAR = 2026
CLIENT = "Acme Coffee"
TITLE = "Growth plan"


def pytest_configure(config: pytest.Config) -> None:
    """Register the strict plugin (a file beside this one: tests are not a package)."""
    if config.pluginmanager.has_plugin("strict-qt"):
        return
    spec = importlib.util.spec_from_file_location(
        "stratdesk_strict_qt", Path(__file__).with_name("strict_qt.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    config.pluginmanager.register(module, "strict-qt")


class FakeChooser:
    """Stands in for the file dialogs: answers with the paths a test sets."""

    def __init__(self) -> None:
        self.open_answer: Path | None = None
        self.save_answer: Path | None = None
        self.suggested: list[str] = []

    def open_path(self, parent: object) -> Path | None:
        return self.open_answer

    def save_path(self, parent: object, suggested_name: str) -> Path | None:
        self.suggested.append(suggested_name)
        return self.save_answer


@pytest.fixture(autouse=True)
def _collect_garbage_between_tests() -> Iterator[None]:
    """As the app does (`ui.gui_thread_gc`), no automatic collection during a GUI test: one
    started by a worker thread (an export) crashed PySide now and then in CI. The garbage a
    test leaves is collected after it, on the GUI thread."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect()


@pytest.fixture(autouse=True)
def _restore_language() -> Iterator[None]:
    """Tests that switch the interface language must not leak it into the next test."""
    from PySide6.QtCore import QLocale

    before = current_language()
    locale = QLocale()
    yield
    set_language(before)
    QLocale.setDefault(locale)


@pytest.fixture
def french(qtbot: QtBot) -> Iterator[None]:
    """The interface in French (stratdesk's and Qt's strings, the locale), then English again."""
    from PySide6.QtWidgets import QApplication

    from stratdesk.ui.app import install_translations

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "fr")
    yield
    install_translations(app, "en")


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """QSettings in a temp INI file: no test reads or writes the person's settings."""
    return Settings.at(tmp_path / "settings.ini")


@pytest.fixture(scope="session")
def plan_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly created plan file, copied for each test (creating one runs migrations)."""
    path = tmp_path_factory.mktemp("template") / "template.stratdesk"
    Workspace.create(
        path, {"name": CLIENT}, {"title": TITLE, "start_year": START_YEAR, "horizon_years": 3}
    ).close()
    return path


@pytest.fixture
def plan_path(tmp_path: Path, plan_template: Path) -> Path:
    path = tmp_path / "acme.stratdesk"
    shutil.copyfile(plan_template, path)
    return path


@pytest.fixture
def chooser() -> FakeChooser:
    return FakeChooser()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, chooser: FakeChooser) -> Iterator[MainWindow]:
    """A shown main window on the start screen (no plan open yet)."""
    win = MainWindow(settings, language="en", chooser=chooser)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.show_start()
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def plan_window(window: MainWindow, plan_path: Path) -> MainWindow:
    """The main window with a fresh plan open."""
    assert window.open_file(plan_path)
    return window


@pytest.fixture
def message_box(qtbot: QtBot) -> Callable[[QWidget], QMessageBox]:
    """Waits for the visible message box of a window and returns it."""

    def find(parent: QWidget) -> QMessageBox:
        def visible() -> list[QMessageBox]:
            return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]

        qtbot.waitUntil(lambda: bool(visible()))
        return visible()[0]

    return find
