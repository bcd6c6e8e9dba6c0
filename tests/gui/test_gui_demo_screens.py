"""The demo plan in both workspaces, every page; screenshots of every page; the app's start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stratdesk.i18n import current_language
from stratdesk.services.demo import build_demo
from stratdesk.ui.app import choose_language, install_translations, launch, run_gui
from stratdesk.ui.main_window import MainWindow
from stratdesk.ui.screenshots import render_pages
from stratdesk.ui.settings import Settings
from stratdesk.ui.strategy.objectives import ObjectivesView
from stratdesk.ui.workshop.shots import PROJECTOR, SHOWN

PAGES = {
    "strategy": [
        "environment",
        "swot",
        "targeting",
        "positioning",
        "objectives",
        "roadmap",
        "alignment",
        "onepage",
    ],
    "operations": ["mix", "campaigns", "experiments", "kpis"],
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo.stratdesk", "en")


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "demo.stratdesk"
    path.write_bytes(demo_template.read_bytes())
    return path


def test_demo_plan_shows_every_page_of_both_workspaces(window: MainWindow, demo_path: Path) -> None:
    assert window.open_file(demo_path)
    assert window.windowTitle().startswith("Brûlerie des Quais — ")
    view = window.plan_view
    assert view is not None
    for workspace, pages in PAGES.items():
        for page in pages:
            window.show_workspace(workspace, page)
            widget = view.workspace(workspace).stack.currentWidget()
            assert widget.isVisible(), (workspace, page)
            assert widget.objectName() == f"page_{workspace}_{page}"
    objectives = view.workspace("strategy").page_widget("objectives")
    assert isinstance(objectives, ObjectivesView)
    assert objectives.model.rowCount() >= 3
    assert not objectives.empty_hint.isVisible()


def test_open_demo_builds_it_once_in_the_data_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(tmp_path / "data"))
    assert window.open_demo()
    built = tmp_path / "data" / "demo-en.stratdesk"
    assert built.is_file()
    assert window.document is not None and Path(window.document.path) == built
    # A change the person made to the demo: a rebuilt demo would not have it.
    window.document.services.plans.update_plan(window.document.plan_id, {"title": "Mine"})
    window.close_file()
    assert window.open_demo()
    assert window.document is not None and Path(window.document.path) == built
    assert window.document.plan.title == "Mine"  # reused, not rebuilt
    window.close_file()


def test_render_pages_writes_one_png_per_page(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "shots"
    written = render_pages(demo_path, out, language="en")
    expected = []
    for workspace, pages in PAGES.items():
        for page in pages:
            expected.append(out / f"{workspace}-{page}.png")
            # The campaigns page shows its other views too (its `screenshot_states`).
            if page == "campaigns":
                states: tuple[str, ...] = ("quarter", "year", "list", "budget")
                expected += [out / f"{workspace}-{page}-{state}.png" for state in states]
            if page == "alignment":  # its traceability tree and budget allocation
                states = ("traceability", "budget")
                expected += [out / f"{workspace}-{page}-{state}.png" for state in states]
    # A few workshop steps, at a projector's size.
    workshop = [out / f"workshop-{step}.png" for step in SHOWN]
    assert written == [*expected, *workshop, out / "start.png"]
    for path in written:
        image = QImage(str(path))
        size = PROJECTOR if path in workshop else (1400, 900)
        assert (image.width(), image.height()) == size, path
    assert current_language() == "en"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("fr_FR.UTF-8", "fr"), ("fr_CA", "fr"), ("en_GB.UTF-8", "en"), ("de_DE.UTF-8", "en")],
)
def test_choose_language(monkeypatch: pytest.MonkeyPatch, system: str, expected: str) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", system)
    assert choose_language("fr") == "fr"
    assert choose_language("en") == "en"
    # A language stratdesk does not have: the system's, when stratdesk has it, else English.
    assert choose_language("de") == expected
    assert choose_language(None) == expected


def test_choose_language_falls_back_to_the_saved_one(settings: Settings) -> None:
    settings.set_language("fr")
    assert choose_language(None, settings) == "fr"
    assert choose_language("en", settings) == "en"


def test_install_translations_sets_the_locale_and_core_language(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translations(app, "fr")
    assert QLocale().name() == "fr_FR"
    assert current_language() == "fr"
    install_translations(app, "en")
    assert QLocale().name() == "en_GB"
    assert current_language() == "en"


def test_launch_on_the_demo(
    qtbot: QtBot, settings: Settings, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(tmp_path / "data"))
    window = launch(settings, "en", demo=True)
    qtbot.addWidget(window)
    # The window shows at once, saying it is opening the plan; the demo opens after it paints.
    assert window.isVisible()
    assert window.document is None
    qtbot.waitUntil(lambda: window.document is not None, timeout=20_000)
    assert window.document is not None
    assert Path(window.document.path) == tmp_path / "data" / "demo-en.stratdesk"
    assert window.windowTitle().startswith("Brûlerie des Quais — ")
    assert window.central.currentWidget() is window.plan_view
    assert window.start_view is None  # never built on the way to the demo (start-up time)
    window.close()


def test_run_gui_shows_the_start_screen_and_returns_the_exit_code(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STRATDESK_DATA_DIR", str(tmp_path / "data"))
    shown: list[MainWindow] = []

    def event_loop(app: QApplication) -> int:
        # Stands in for the real loop, which pytest-qt's own loop cannot share.
        def started() -> bool:
            shown[:] = [
                w
                for w in app.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible() and w.start_view is not None
            ]
            return bool(shown)

        qtbot.waitUntil(started)
        for window in shown:
            window.close()
        return 7

    monkeypatch.setattr(QApplication, "exec", event_loop)
    assert run_gui(language="en") == 7
    assert [w.windowTitle() for w in shown] == ["stratdesk"]
