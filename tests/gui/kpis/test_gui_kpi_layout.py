"""The KPI page fits a projector (1024×680) and the window's minimum size, in English and in
longer translations: the shell's layout checks, run with the KPI page registered."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication

import stratdesk.ui.operations as operations
from stratdesk.ui.main_window import MIN_SIZE, MainWindow
from stratdesk.ui.operations.kpis import kpi_page
from stratdesk.ui.pages import PageSpec

LAYOUT_TESTS = Path(__file__).resolve().parents[1] / "test_gui_layout.py"


def _layout_checks() -> ModuleType:
    """The shell's checks (tests/gui/test_gui_layout.py), loaded as a plain module."""
    spec = importlib.util.spec_from_file_location("stratdesk_layout_checks", LAYOUT_TESTS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


checks = _layout_checks()
demo_template = checks.demo_template
demo_path = checks.demo_path
longer_strings = checks.longer_strings


@pytest.fixture(autouse=True)
def _kpi_page_registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Only the KPI page in the operations workspace (it is what this file checks)."""

    def pages() -> tuple[PageSpec, ...]:
        title = QCoreApplication.translate("OperationsPages", "KPIs")
        return (PageSpec("kpis", title, kpi_page),)

    monkeypatch.setattr(operations, "operation_pages", pages)
    yield


def _problems(window: MainWindow, size: tuple[int, int]) -> list[str]:
    return [p for p in checks.check_every_page(window, size) if p.startswith("operations/")]


@pytest.mark.parametrize("size", [checks.PROJECTOR, MIN_SIZE], ids=["projector", "minimum"])
def test_the_kpi_page_fits(window: MainWindow, demo_path: Path, size: tuple[int, int]) -> None:
    checks.open_at(window, demo_path, size)
    assert _problems(window, size) == []
    assert window.size().toTuple() == size


def test_the_kpi_page_fits_longer_translations(
    window: MainWindow, demo_path: Path, longer_strings: None
) -> None:
    checks.open_at(window, demo_path, checks.PROJECTOR)
    assert _problems(window, checks.PROJECTOR) == []
