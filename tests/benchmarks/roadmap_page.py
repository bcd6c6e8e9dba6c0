"""Roadmap page benchmark: 10 years, 300 initiatives, 30 lanes — open, zoom, scroll, one drag.

    PYTHONPATH=src python tests/benchmarks/roadmap_page.py [--runs 7]

Builds a throwaway ten-year plan (through the services) with 20 objectives and 10 theme
lanes (30 lanes) and 300 initiatives, a tenth of them milestones, then opens the Roadmap
page at 1366×768 (offscreen unless QT_QPA_PLATFORM says otherwise) and prints, in ms:

- open: build the page on the plan file (one board read), show it and paint it once;
- zoom: one zoom change (year → quarter → month → year, each timed) and its repaint;
- scroll: one screen to the right and its repaint;
- drag: one bar dragged end to end with synthetic mouse events (press, moves, release):
  the intent, its undo command, the service's write, the change set back to the page, the
  bar updated in place (not the board) and the repaint.

Open is one run (the first open of a file); the others are medians of `--runs`.
Not part of the test suite (a timing is not a test on a shared machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.strategy.roadmap import RoadmapView
from stratdesk.ui.widgets.timeline import Zoom

YEARS, OBJECTIVES, THEMES, ITEMS = 10, 20, 10, 300
START = dt.date(2026, 1, 1)
WORDS = ["launch", "brand", "search", "loyalty", "retail", "partner", "event", "content", "price"]


def _fill(workspace: Workspace) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    rng = random.Random(1)
    objectives = [
        services.objectives.create(
            plan_id, {"statement": f"Objective {n + 1}: {WORDS[n % 9]} growth"}
        ).id
        for n in range(OBJECTIVES)
    ]
    themes = [
        services.roadmap_lanes.create(plan_id, {"name": f"Theme {n + 1}"}).id for n in range(THEMES)
    ]
    days = (dt.date(START.year + YEARS, 1, 1) - START).days
    for n in range(ITEMS):
        first = START + dt.timedelta(days=rng.randrange(days - 250))
        milestone = n % 10 == 0
        last = first if milestone else first + dt.timedelta(days=rng.randrange(10, 240))
        lane = n % (OBJECTIVES + THEMES)
        where = (
            {"objective_id": objectives[lane]}
            if lane < OBJECTIVES
            else {"lane_id": themes[lane - OBJECTIVES], "objective_id": objectives[n % OBJECTIVES]}
        )
        title = " ".join(WORDS[(n + k) % 9] for k in range(2 + n % 4)).capitalize()
        data = {"title": f"{title} #{n}", "start": first, "end": last, "milestone": milestone}
        services.roadmap.create(plan_id, {**data, **where})


def _timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def _median(call: Callable[[], object], runs: int) -> float:
    return statistics.median(_timed(call) for _ in range(runs))


def _drag(page: RoadmapView) -> None:
    """The first long bar in view dragged a week to the right, as a person would."""
    view = page.view
    viewport = view.viewport()
    left, right = view.visible_dates()
    bar = next(
        b
        for b in (view.bar(i) for i in view.timeline_scene.ordered_ids())
        if b is not None and not b.milestone and left < b.start and b.end < right
    )
    view.select_bar(bar.id)
    item = view.timeline_scene.bar_items[bar.id]
    body = item.mapRectToScene(item.body())
    start = view.mapFromScene(QPointF(body.center().x(), body.center().y()))
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 9):
        QTest.mouseMove(viewport, start + QPoint(step * 4, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(32, 0)
    )
    view.viewport().repaint()


def _measure(app: QApplication, path: Path, runs: int) -> dict[str, float]:
    document = PlanDocument(Workspace.open(path))
    results: dict[str, float] = {}
    holder: list[RoadmapView] = []

    def open_page() -> None:
        page = RoadmapView(document)
        page.resize(1366, 768)
        page.show()
        page.view.set_zoom(Zoom.YEAR)
        page.repaint()
        holder.append(page)

    results["open"] = _timed(open_page)
    page = holder[0]
    view = page.view
    for zoom in (Zoom.QUARTER, Zoom.MONTH, Zoom.YEAR):
        results[f"zoom to {zoom.value}"] = _median(
            lambda z=zoom: (view.set_zoom(z), view.viewport().repaint()), 1
        )
    view.set_zoom(Zoom.QUARTER)
    view.scroll_to_date(dt.date(2030, 1, 1))
    app.processEvents()
    screen = view.viewport().width()
    direction = [1]

    def scroll() -> None:
        view.scroll_by(direction[0] * screen)
        direction[0] = -direction[0]
        view.viewport().repaint()

    results["scroll one screen"] = _median(scroll, runs)
    refreshed: list[int] = []
    refresh = page.refresh
    page.refresh = lambda: (refreshed.append(1), refresh())  # type: ignore[method-assign]
    results["drag end to end"] = _median(lambda: _drag(page), runs)
    results["steps on the undo stack"] = float(document.stack.count())
    results["board reloads"] = float(len(refreshed))
    page.close()
    document.close()
    page.deleteLater()
    document.deleteLater()
    app.processEvents()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench-roadmap.stratdesk"
        client = {"name": "Bench"}
        plan = {"title": "Bench", "start_year": START.year, "horizon_years": YEARS}
        with Workspace.create(path, client, plan) as workspace:
            started = time.perf_counter()
            _fill(workspace)
            filled = time.perf_counter() - started
        results = _measure(app, path, args.runs)  # type: ignore[arg-type]
    print(
        f"Roadmap: {YEARS} years, {ITEMS} initiatives, {OBJECTIVES + THEMES} lanes "
        f"(written in {filled:.1f} s), 1366×768:"
    )
    for name, value in results.items():
        unit = " ms" if name not in ("steps on the undo stack", "board reloads") else ""
        print(f"  {name:<24} {value:8.1f}{unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
