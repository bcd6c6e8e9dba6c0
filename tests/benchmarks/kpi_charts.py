"""KPI benchmark: 100 KPIs × 3 years of daily measurements, dashboard and charts.

    python tests/benchmarks/kpi_charts.py [--kpis 100] [--years 3] [--runs 7]

Builds a throwaway plan (100 KPIs, one value a day for 3 years = 109,500 measurements, and
monthly targets), then times, offscreen:

- reading every series and summarising the tiles (the Qt-free part of a dashboard refresh);
- a full KPI page refresh (tiles, library, the selected KPI's chart and tables), and the
  refresh after one new value (only the touched KPI is read again);
- painting the dashboard;
- the single-KPI chart: drawing it, panning and zooming (one repaint per step);
- the combined view with every KPI ticked: drawing it and panning.

Prints the median of each, in milliseconds. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


def _guard_singletons() -> None:
    """Keep None, True and False alive however often Qt calls drop a reference to them.

    PySide6 6.12.0 on CPython 3.11 (this venv) loses one reference to None on every call of a
    method that returns nothing; a few thousand calls (a few seconds of panning) and Python
    aborts with "none_dealloc". CPython 3.12+ makes these objects immortal, so the loss is
    harmless there; here the benchmark gives them references to spare, the same way.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _build(path: Path, kpis: int, years: int) -> None:
    from stratdesk.services.workspace import Workspace

    start = dt.date(2026, 1, 1)
    days = [start + dt.timedelta(days=i) for i in range(365 * years)]
    rng = random.Random(7)
    plan = {"title": "Benchmark", "start_year": 2026, "horizon_years": years, "language": "en"}
    with Workspace.create(path, {"name": "Bench"}, plan) as ws:
        services = ws.services
        for number in range(kpis):
            kpi = services.kpis.create(ws.plan_id, {"name": f"KPI {number + 1:03d}"})
            base = rng.uniform(50, 5000)
            rows = [
                {
                    "day": day,
                    "value": round(base * (1 + i / len(days)) * (1 + 0.1 * math.sin(i / 9))
                                   * rng.uniform(0.9, 1.1), 2),
                    "source": "bench",
                }
                for i, day in enumerate(days)
            ]  # fmt: skip
            services.kpi_measurements.add_many(kpi.id, rows)
            for month in range(12 * years):
                first = dt.date(2026 + month // 12, month % 12 + 1, 1)
                services.kpi_targets.set_target(kpi.id, first, base * (1 + month / (12 * years)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kpis", type=int, default=100)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--steps", type=int, default=40, help="pan/zoom steps per measure")
    args = parser.parse_args()
    _guard_singletons()

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["STRATDESK_DATA_DIR"] = str(Path(tmp) / "data")  # backups stay here
        path = Path(tmp) / "bench.stratdesk"
        started = time.perf_counter()
        _build(path, args.kpis, args.years)
        print(f"built {args.kpis} KPIs × {365 * args.years} days "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        _measure(app, path, args)
    return 0


def _measure(app: object, path: Path, args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    from stratdesk.services.kpi_series import summarize
    from stratdesk.services.kpi_series_reader import KpiSeriesReader
    from stratdesk.services.workspace import Workspace
    from stratdesk.ui.document import PlanDocument
    from stratdesk.ui.operations.kpis import kpi_page
    from stratdesk.ui.operations.kpis.page import COMBINED, DASHBOARD

    document = PlanDocument(Workspace.open(path))
    results: dict[str, float] = {}
    reader = KpiSeriesReader(document.services.context)
    results["read + summarise every KPI (Qt-free)"] = _median_ms(
        lambda: [summarize(s) for s in reader.plan_series(document.plan_id)], args.runs
    )
    started = time.perf_counter()
    page = kpi_page(document)
    page.resize(1400, 900)
    page.show()
    QApplication.processEvents()
    results["first build and show of the KPI page"] = (time.perf_counter() - started) * 1000
    results["KPI page refresh (tiles, library, chart, tables)"] = _median_ms(
        page.refresh, args.runs
    )
    results["paint the dashboard"] = _median_ms(page.repaint, args.runs)
    edits = iter(range(10_000))

    def one_new_value() -> None:
        # What typing a value does: one commit, then the page's coalesced redraw.
        day = dt.date(2030, 1, 1) + dt.timedelta(days=next(edits))
        measurements.create(page.current_kpi_id, {"day": day, "value": 1.0})
        page.redraw_pending()

    measurements = document.services.kpi_measurements
    results["add one value, then redraw the page"] = _median_ms(one_new_value, args.runs)

    chart = page.detail.chart
    view = chart.plot.getPlotItem().getViewBox()
    results["draw one KPI chart (1,095 points)"] = _median_ms(
        lambda: (page.detail.show_series(page.series[page.current_kpi_id]), chart.plot.repaint()),
        args.runs,
    )
    view.scaleBy((0.25, 1))  # a quarter of the span: panning has something to reveal

    def pan() -> None:
        for step in range(args.steps):
            view.translateBy(x=(1 if step % 2 else -1) * 86400 * 20)
            chart.plot.viewport().repaint()

    def zoom() -> None:
        for step in range(args.steps):
            factor = 0.9 if step % 2 else 1 / 0.9
            view.scaleBy((factor, 1))
            chart.plot.viewport().repaint()

    results["pan one KPI chart, per frame"] = _median_ms(pan, args.runs) / args.steps
    results["zoom one KPI chart, per frame"] = _median_ms(zoom, args.runs) / args.steps

    page.tabs.setCurrentIndex(COMBINED)
    QApplication.processEvents()
    combined = page.combined
    combined_view = combined.chart.plot.getPlotItem().getViewBox()
    ordered = [s.kpi.id for s in page.series.values()]

    def pan_combined() -> None:
        for step in range(args.steps):
            combined_view.translateBy(x=(1 if step % 2 else -1) * 86400 * 20)
            combined.chart.plot.viewport().repaint()

    for ticked in sorted({min(6, len(ordered)), len(ordered)}):
        chosen = set(ordered[:ticked])

        def draw(chosen: set[int] = chosen) -> None:
            combined.set_ticked(set())
            combined.set_ticked(chosen)
            combined.chart.plot.repaint()

        runs = max(3, args.runs // 2)
        results[f"combined view: draw {ticked} KPIs"] = _median_ms(draw, runs)
        combined_view.scaleBy((0.25, 1))
        results[f"combined view ({ticked} KPIs): pan, per frame"] = (
            _median_ms(pan_combined, runs) / args.steps
        )
    page.tabs.setCurrentIndex(DASHBOARD)
    width = max(len(name) for name in results)
    for name, value in results.items():
        print(f"{name:<{width}}  {value:8.1f} ms")
    page.close()
    document.close()


if __name__ == "__main__":
    sys.exit(main())
