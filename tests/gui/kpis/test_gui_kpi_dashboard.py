"""The dashboard: tiles with value, target and status text; charts that follow the data."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from stratdesk.domain.enums import KpiDirection, KpiUnit
from stratdesk.services.kpi_series import day_seconds, seconds_day
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.kpis.page import COMBINED, KpiPageView
from stratdesk.ui.operations.kpis.tiles import ID_ROLE

D = dt.date
Page = Callable[[], KpiPageView]


def _tile_texts(page: KpiPageView) -> dict[str, object]:
    model = page.tiles_model
    return {model.texts(row).name: model.texts(row) for row in range(model.rowCount())}


def test_tiles_show_latest_value_target_trend_and_status_words(
    make_kpi: Callable[..., int], open_page: Page
) -> None:
    make_kpi(
        "Subscriptions",
        [(D(2026, 1, 31), 80.0), (D(2026, 2, 28), 95.0)],
        [(D(2026, 1, 1), 80.0), (D(2026, 2, 1), 100.0)],
    )
    make_kpi(
        "Acquisition cost",
        [(D(2026, 3, 31), 60.0)],
        [(D(2026, 3, 1), 45.0)],
        unit=KpiUnit.CURRENCY,
        direction=KpiDirection.LOWER_IS_BETTER,
    )
    make_kpi("Conversion rate", [(D(2026, 3, 31), 2.1)], [(D(2026, 3, 1), 2.4)], unit="percent")
    make_kpi("Nothing yet")
    page = open_page()
    tiles = _tile_texts(page)
    subscriptions = tiles["Subscriptions"]
    assert subscriptions.value == "95"  # type: ignore[attr-defined]
    assert subscriptions.target == "Target 100 (Feb 2026)"  # type: ignore[attr-defined]
    assert subscriptions.status == "✓ On track"  # type: ignore[attr-defined]
    assert subscriptions.change == "▲ +15"  # type: ignore[attr-defined]
    cost = tiles["Acquisition cost"]
    assert cost.value == "€60.00" and cost.status == "✗ Off track"  # type: ignore[attr-defined]
    rate = tiles["Conversion rate"]
    assert rate.value == "2.1%" and rate.status == "! At risk"  # type: ignore[attr-defined]
    empty = tiles["Nothing yet"]
    assert empty.status == "– No data"  # type: ignore[attr-defined]
    # The same words reach tooltips and screen readers: never colour alone.
    index = page.tiles_model.index(1)
    spoken = page.tiles_model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "Acquisition cost" in spoken and "✗ Off track" in spoken and "€60.00" in spoken


def test_models_pass_the_qt_model_tester(
    qtmodeltester: ModelTester, make_kpi: Callable[..., int], open_page: Page
) -> None:
    make_kpi("Visits", [(D(2026, 1, 31), 5.0)], [(D(2026, 1, 1), 4.0)])
    make_kpi("Orders", [(D(2026, 2, 28), 2.0)])
    page = open_page()
    for model in (
        page.tiles_model,
        page.library.model,
        page.detail.targets.model,
        page.detail.measurements.model,
    ):
        qtmodeltester.check(model, force_py=True)


def test_selecting_a_tile_shows_that_kpi(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    make_kpi("Visits", [(D(2026, 1, 31), 5.0)])
    orders = make_kpi("Orders", [(D(2026, 2, 28), 2.0), (D(2026, 3, 31), 3.0)])
    page = open_page()
    rect = page.tiles.visualRect(page.tiles_model.index(1))
    qtbot.mouseClick(page.tiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.current_kpi_id == orders
    assert page.tiles_model.data(page.tiles.currentIndex(), ID_ROLE) == orders
    assert page.detail.title.text() == "Orders"
    assert page.detail.chart.actual_data()[1].tolist() == [2.0, 3.0]
    assert page.detail.measurements.model.rowCount() == 2


def test_chart_updates_when_measurements_arrive(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Callable[[KpiPageView], None],
) -> None:
    kpi_id = make_kpi("Visits", [(D(2026, 1, 31), 5.0)], [(D(2026, 1, 1), 4.0)])
    page = open_page()
    x, y = page.detail.chart.actual_data()
    assert [seconds_day(v) for v in x] == [D(2026, 1, 31)] and y.tolist() == [5.0]
    # Another view (or an import) writes: the chart follows without being asked.
    document.services.kpi_measurements.add_many(
        kpi_id, [{"day": D(2026, 2, 28), "value": 7.0}, {"day": D(2026, 3, 31), "value": 9.0}]
    )
    document.services.kpi_targets.set_target(kpi_id, D(2026, 2, 1), 6.0)
    settle(page)
    x, y = page.detail.chart.actual_data()
    assert [seconds_day(v) for v in x] == [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31)]
    assert y.tolist() == [5.0, 7.0, 9.0]
    target_x, target_y = page.detail.chart.target_data()
    assert [seconds_day(v) for v in target_x] == [
        D(2026, 1, 1), D(2026, 2, 1), D(2026, 2, 1), D(2026, 3, 1)
    ]  # fmt: skip
    assert target_y.tolist() == [4.0, 4.0, 6.0, 6.0]
    # What pyqtgraph was given, not only what the view keeps.
    drawn = page.detail.chart.actual_curve.getOriginalDataset()
    assert drawn[1].tolist() == [5.0, 7.0, 9.0]
    assert page.tiles_model.texts(0).value == "9"


def test_hover_readout_zoom_and_png_export(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot, tmp_path: Path
) -> None:
    make_kpi(
        "Revenue",
        [(D(2026, 1, 31), 1234.5), (D(2026, 2, 28), 1500.0)],
        [(D(2026, 1, 1), 1200.0)],
        unit=KpiUnit.CURRENCY,
    )
    page = open_page()
    chart = page.detail.chart
    text = chart.show_readout(day_seconds([D(2026, 1, 30)])[0])
    assert text == "31 Jan 2026 · Actual €1,234.50 · Target €1,200.00"
    assert chart.crosshair.isVisible()
    # The pointer over the plot moves the readout too.
    view = chart.plot.getPlotItem().getViewBox()
    centre = chart.plot.mapFromScene(view.sceneBoundingRect().center())
    viewport = chart.plot.viewport()
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(centre),
        QPointF(viewport.mapToGlobal(centre)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(chart.hovered) as hovered:
        # Sent straight to the plot: QTest's pointer goes to whichever test window is on top.
        QApplication.sendEvent(viewport, move)
    assert hovered.args[0].startswith(("31 Jan 2026", "28 Feb 2026"))
    view.scaleBy((0.5, 0.5))  # zoom in, as the mouse wheel does
    assert chart.plot.getPlotItem().getViewBox().autoRangeEnabled() == [False, False]
    page.detail.reset_zoom_action.trigger()
    assert all(chart.plot.getPlotItem().getViewBox().autoRangeEnabled())
    target = page.detail.export_chart(tmp_path / "revenue.png")
    assert target == tmp_path / "revenue.png"
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 200 and image.height() > 100


def test_new_data_keeps_the_zoom_of_the_same_kpi(
    document: PlanDocument,
    make_kpi: Callable[..., int],
    open_page: Page,
    settle: Callable[[KpiPageView], None],
) -> None:
    kpi_id = make_kpi("Visits", [(D(2026, 1, 31), 5.0), (D(2026, 2, 28), 6.0)])
    other = make_kpi("Orders", [(D(2026, 1, 31), 1.0)])
    page = open_page()
    view = page.detail.chart.plot.getPlotItem().getViewBox()
    view.scaleBy((0.5, 0.5))
    zoomed = view.viewRange()
    document.services.kpi_measurements.create(kpi_id, {"day": D(2026, 3, 31), "value": 7.0})
    settle(page)
    assert page.detail.chart.actual_data()[1].tolist() == [5.0, 6.0, 7.0]
    assert view.viewRange() == zoomed  # the person's zoom stays
    page.select_kpi(other)
    assert all(view.autoRangeEnabled())  # another KPI: shown whole


def test_a_failed_export_says_so(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot, tmp_path: Path
) -> None:
    make_kpi("Visits", [(D(2026, 1, 31), 5.0)])
    page = open_page()
    assert page.detail.export_chart(tmp_path / "missing folder" / "chart.png") is None
    qtbot.waitUntil(lambda: bool(page.detail.findChildren(QMessageBox)))
    box = page.detail.findChildren(QMessageBox)[0]
    assert "could not be written" in box.text()
    box.close()


def test_long_series_are_clipped_and_downsampled(
    make_kpi: Callable[..., int], open_page: Page
) -> None:
    days = [D(2026, 1, 1) + dt.timedelta(days=i) for i in range(1095)]
    make_kpi("Daily", [(day, float(i)) for i, day in enumerate(days)])
    page = open_page()
    curve = page.detail.chart.actual_curve
    assert curve.opts["clipToView"] and curve.opts["autoDownsample"]
    assert curve.opts["downsampleMethod"] == "peak"
    # One point per period (the month's sum of daily values), not one per day.
    x, y = page.detail.chart.actual_data()
    assert len(x) == 36
    assert y[0] == sum(range(31))
    assert len(page.tiles_model.summary(0).spark) <= 48


def test_combined_view_shows_percent_of_target(
    make_kpi: Callable[..., int], open_page: Page, qtbot: QtBot
) -> None:
    make_kpi("Visits", [(D(2026, 1, 31), 50.0)], [(D(2026, 1, 1), 100.0)])
    make_kpi(
        "Cost",
        [(D(2026, 1, 31), 60.0)],
        [(D(2026, 1, 1), 40.0)],
        direction=KpiDirection.LOWER_IS_BETTER,
    )
    page = open_page()
    page.tabs.setCurrentIndex(COMBINED)
    lines = page.combined.chart.lines()
    assert [line.name for line in lines] == ["Visits", "Cost (lower is better)"]
    assert lines[0].y.tolist() == [50.0] and lines[1].y.tolist() == [150.0]
    assert [c.getOriginalDataset()[1].tolist() for c in page.combined.chart.curves] == [
        [50.0],
        [150.0],
    ]
    item = page.combined.checklist.item(0)
    item.setCheckState(Qt.CheckState.Unchecked)
    assert [line.name for line in page.combined.chart.lines()] == ["Cost (lower is better)"]
    assert np.isfinite(page.combined.chart.lines()[0].y).all()


def test_empty_plan_says_what_to_do(open_page: Page) -> None:
    page = open_page()
    assert page.empty_hint.isVisible()
    assert "Add your first KPI" in page.empty_hint.text()
    assert not page.delete_action.isEnabled() and not page.import_action.isEnabled()
    assert page.detail.title.text() == "No KPI selected"
    assert not page.detail.chart.plot.isVisible()


def test_the_page_package_does_not_import_pyqtgraph_until_built() -> None:
    code = (
        "import sys, stratdesk.ui.operations.kpis as k; "
        "assert callable(k.kpi_page); "
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph imported at start-up'"
    )
    src = Path(__file__).resolve().parents[3] / "src"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(src), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(autouse=True)
def _english(document: PlanDocument) -> None:
    """Every test here reads English texts and EUR amounts (see conftest's document)."""
    assert str(document.plan.language) == "en"
