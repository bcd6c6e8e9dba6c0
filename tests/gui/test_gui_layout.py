"""Every page fits a projector or a small laptop: 1024×680 (a 1024×768 projector less the
desktop's panels), a 1366×768 laptop and the window's minimum size, in English and in longer
translations.

A page fits when the window keeps its size, the page asks for no more room than it has, and
no widget in it is squeezed below its own minimum size (which is what clipped text is).
"""

from __future__ import annotations

import datetime as dt
import math
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stratdesk.services.demo import build_demo
from stratdesk.ui.main_window import MIN_SIZE, MainWindow
from stratdesk.ui.operations.mix.page import MixPageView
from stratdesk.ui.strategy.environment.page import EnvironmentView

PROJECTOR = (1024, 680)
LAPTOP = (1366, 768)  # the consultant's laptop (see test_gui_layout_laptop.py for its pixels)
LONGER = 1.4  # French runs about 20–30 % longer than English; leave some margin
DIRECT_CHILDREN = Qt.FindChildOption.FindDirectChildrenOnly
SETTLE_PASSES = 4
SHRINKING = (
    QSizePolicy.Policy.Preferred,
    QSizePolicy.Policy.Maximum,
    QSizePolicy.Policy.Expanding,
)


class LongerTranslator(QTranslator):
    """Every interface string made `LONGER` times as long, as a longer language would."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        # More words rather than longer ones, as a translation has ("de la", "les"…).
        extra = math.ceil(len(source) * (LONGER - 1) / 5)
        return " ".join([source, *["xxxx"] * extra])

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layout") / "demo.stratdesk"
    return build_demo(path, language="en", today=dt.date(2026, 11, 27))


@pytest.fixture
def demo_path(tmp_path: Path, demo_template: Path) -> Path:
    path = tmp_path / "a folder with a rather long name" / "demo plan of the client.stratdesk"
    path.parent.mkdir()
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def longer_strings() -> Iterator[None]:
    translator = LongerTranslator()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def smart_minimum(widget: QWidget) -> QSize:
    """The least size a layout gives `widget` (after Qt's qSmartMinSize), with the height a
    word-wrapping widget needs at its current width."""
    policy = widget.sizePolicy()
    hint, least = widget.sizeHint(), widget.minimumSizeHint()
    sizes = []
    for chosen, hinted, smallest in (
        (policy.horizontalPolicy(), hint.width(), least.width()),
        (policy.verticalPolicy(), hint.height(), least.height()),
    ):
        if chosen == QSizePolicy.Policy.Ignored:
            sizes.append(0)
        else:
            sizes.append(smallest if chosen in SHRINKING else max(hinted, smallest))
    width, height = sizes
    if widget.minimumWidth() > 0:
        width = widget.minimumWidth()
    if widget.minimumHeight() > 0:
        height = widget.minimumHeight()
    if widget.hasHeightForWidth() and not is_container(widget):
        # A wrapped label: its lines at this width (a layout's own answer is its preference).
        height = max(widget.heightForWidth(widget.width()), widget.minimumHeight())
    return QSize(max(width, 0), max(height, 0))


def squeezed(root: QWidget) -> list[str]:
    """The visible widgets under `root` that got less room than their minimum size."""
    found: list[str] = []

    def visit(widget: QWidget, path: str) -> None:
        name = f"{path}/{type(widget).__name__}#{widget.objectName()}"
        need = smart_minimum(widget)
        if widget.width() < need.width() or widget.height() < need.height():
            found.append(f"{name}: {widget.width()}×{widget.height()} < {need.toTuple()}")
        for child in laid_out_children(widget):
            if isinstance(widget, QSplitter) and 0 in child.size().toTuple():
                continue  # a side panel the person folded away
            visit(child, name)

    visit(root, "")
    return found


def is_container(widget: QWidget) -> bool:
    return widget.layout() is not None or isinstance(widget, (QSplitter, QTabWidget, QScrollArea))


def laid_out_children(widget: QWidget) -> list[QWidget]:
    """The visible children that a layout (or a splitter, tab or scroll area) sizes; not the
    parts of Qt's own composite widgets (a combo box's field, a tab bar's arrows)."""
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        return [inner] if inner is not None and inner.isVisible() else []
    if isinstance(widget, QTabWidget):
        current = widget.currentWidget()
        return [current] if current is not None else []
    if isinstance(widget, QAbstractItemView) or not is_container(widget):
        return []
    return [
        child
        for child in widget.findChildren(QWidget, options=DIRECT_CHILDREN)
        if not child.isWindow() and child.isVisible()
    ]


def tab_widgets(page: QWidget) -> list[QTabWidget]:
    return [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisibleTo(page)]


def check_every_page(window: MainWindow, size: tuple[int, int]) -> list[str]:
    """Visit every page (and every tab of it); return what does not fit, in words."""
    problems: list[str] = []
    view = window.plan_view
    assert view is not None
    for key, workspace in view.workspaces.items():
        for page_key in workspace.page_keys():
            window.show_workspace(key, page_key)
            page = workspace.page_widget(page_key)
            for label in _states(page):
                settle()
                where = f"{key}/{page_key} {label}"
                if window.size().toTuple() != size:
                    problems.append(f"{where}: the window grew to {window.size().toTuple()}")
                room = workspace.stack.size()
                need = page.minimumSizeHint()
                if need.width() > room.width() or need.height() > room.height():
                    problems.append(f"{where}: needs {need.toTuple()}, has {room.toTuple()}")
                problems.extend(f"{where}: {what}" for what in squeezed(page))
    return problems


def _states(page: QWidget) -> Iterator[str]:
    """Show each tab of the page in turn, and the pages' side panels open."""
    if isinstance(page, MixPageView):
        actions = page.state.actions
        if actions:  # the details panel takes its share of the width
            page.focus_card(actions[0].id)
    if isinstance(page, EnvironmentView):
        page.pestel.set_filter((1, 4))  # the filter's words and button show
    tabs = tab_widgets(page)
    if not tabs:
        yield ""
        return
    for tab_widget in tabs:
        for index in range(tab_widget.count()):
            if tab_widget.isTabVisible(index):
                tab_widget.setCurrentIndex(index)
                yield f"[{tab_widget.tabText(index)}]"
        tab_widget.setCurrentIndex(0)


def settle() -> None:
    """Let the layouts settle: a layout request handled may post one to the parent."""
    for _ in range(SETTLE_PASSES):
        QApplication.processEvents()


def open_at(window: MainWindow, path: Path, size: tuple[int, int]) -> None:
    window.resize(*size)
    assert window.open_file(path)
    settle()


def test_the_window_shrinks_to_fit_a_projector(window: MainWindow, demo_path: Path) -> None:
    open_at(window, demo_path, PROJECTOR)
    for workspace, page in (("strategy", "environment"), ("operations", "mix")):
        window.show_workspace(workspace, page)
        window.resize(1, 1)  # as small as the person can drag it
        settle()
        assert window.width() <= PROJECTOR[0] and window.height() <= PROJECTOR[1], page
        window.resize(*PROJECTOR)
        settle()


@pytest.mark.parametrize(
    "size", [PROJECTOR, MIN_SIZE, LAPTOP], ids=["projector", "minimum", "laptop"]
)
def test_every_page_fits(window: MainWindow, demo_path: Path, size: tuple[int, int]) -> None:
    open_at(window, demo_path, size)
    assert window.size().toTuple() == size
    assert check_every_page(window, size) == []
    assert window.size().toTuple() == size


def test_every_page_fits_longer_translations(
    window: MainWindow, demo_path: Path, longer_strings: None
) -> None:
    open_at(window, demo_path, PROJECTOR)
    assert check_every_page(window, PROJECTOR) == []


def test_the_window_does_not_shrink_below_its_minimum(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    open_at(window, demo_path, MIN_SIZE)
    assert window.size().toTuple() == MIN_SIZE
    window.resize(400, 300)  # below the minimum: Qt keeps the minimum
    assert window.size().toTuple() == MIN_SIZE


def test_hiding_the_page_list_gives_the_page_the_width(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    open_at(window, demo_path, PROJECTOR)
    view = window.plan_view
    assert view is not None
    strategy = view.workspace("strategy")
    before = strategy.stack.width()
    window.actions.page_list.trigger()
    settle()
    assert not strategy.page_list.isVisible()
    assert not view.workspace("operations").page_list.isVisibleTo(view.workspace("operations"))
    assert strategy.stack.width() > before
    assert not window.settings.page_list_visible()
    window.actions.page_list.trigger()
    assert strategy.page_list.isVisible()
    assert window.settings.page_list_visible()


def test_side_panel_widths_are_remembered(
    qtbot: QtBot, window: MainWindow, demo_path: Path
) -> None:
    open_at(window, demo_path, PROJECTOR)
    view = window.plan_view
    assert view is not None
    splitter = view.workspace("strategy").page_widget("environment").pestel.splitter
    total = sum(splitter.sizes())
    splitter.moveSplitter(total - 330, 1)  # the person drags the panel wider
    wanted = splitter.sizes()
    assert wanted[1] > splitter.first_panel_width(total)
    window.close_file()
    assert window.open_file(demo_path)
    settle()
    view = window.plan_view
    assert view is not None
    reopened = view.workspace("strategy").page_widget("environment").pestel.splitter
    assert reopened is not splitter
    assert reopened.sizes() == wanted
