"""Timeline benchmark and gallery: a ten-year roadmap and a five-year campaign calendar.

    PYTHONPATH=src python tests/benchmarks/timeline_view.py [--runs 7] [--shots DIR]

Builds, offscreen, three data sets — a roadmap of 300 initiatives in 30 lanes over 10 years,
the same horizon with 3,000 bars, and 3,000 campaigns in 12 channels over 5 years — and prints
the median of `--runs` runs, in milliseconds, of:

- open: build the view with everything and paint it once (1366×768);
- zoom: one zoom change (quarter → month → year → quarter, each timed) and its repaint;
- scroll: one screen to the right and its repaint;
- drag: one bar dragged end to end with synthetic mouse events (press, moves, release), the
  page answering the intent with `update_bars`, and the repaint.

Then it writes PNG screenshots of a roadmap-like plan (1366×768 and 1920×1080, light and
dark; in French at month zoom) and of the calendar at month zoom to `--shots` (default: a
new temporary folder).
Not part of the test suite (a timing is not a test on a shared machine).
"""

from __future__ import annotations

import argparse
import dataclasses
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

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stratdesk.ui.app import install_translations
from stratdesk.ui.style import _dark_palette, apply_base_font
from stratdesk.ui.widgets.timeline import Bar, Lane, TimelineView, Zoom

COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf"]
WORDS = ["launch", "brand", "search", "loyalty", "retail", "partner", "event", "content", "price"]
CHANNELS = ["Search ads", "Social", "Email", "Display", "Content", "Online event", "Event", "PR",
            "Print", "Partnership", "Retail", "Loyalty programme"]  # fmt: skip


def roadmap_data(bars: int, lanes: int, years: int, seed: int = 1) -> tuple[list[Lane], list[Bar]]:
    rng = random.Random(seed)
    start = dt.date(2026, 1, 1)
    days = (dt.date(2026 + years, 1, 1) - start).days
    lane_list = [
        Lane(n, f"Objective {n + 1}: {WORDS[n % 9]} growth", f"KPI {n + 1}", COLOURS[n % 8])
        for n in range(lanes)
    ]
    found = []
    for n in range(bars):
        first = start + dt.timedelta(days=rng.randrange(days - 10))
        length = 0 if n % 10 == 0 else rng.randrange(10, 240)
        last = min(first + dt.timedelta(days=length), start + dt.timedelta(days=days - 1))
        title = " ".join(WORDS[(n + k) % 9] for k in range(2 + n % 4)).capitalize()
        found.append(Bar(n, n % lanes, first, last, f"{title} #{n}", milestone=n % 10 == 0))
    return lane_list, found


def calendar_data(campaigns: int, years: int) -> tuple[list[Lane], list[Bar]]:
    rng = random.Random(2)
    start = dt.date(2026, 1, 1)
    days = (dt.date(2026 + years, 1, 1) - start).days
    lanes = [Lane(name, name, "", COLOURS[n % 8]) for n, name in enumerate(CHANNELS)]
    bars = []
    for n in range(campaigns):
        first = start + dt.timedelta(days=rng.randrange(days - 60))
        last = first + dt.timedelta(days=rng.randrange(0, 45))
        bars.append(Bar(n, CHANNELS[n % 12], first, last, f"Campaign {n}"))
    return lanes, bars


def _median(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _paint(view: TimelineView) -> None:
    view.viewport().repaint()
    view.time_header.repaint()
    view.lane_header.repaint()


def _open(lanes: list[Lane], bars: list[Bar], years: int, size=(1366, 768)) -> TimelineView:
    view = TimelineView(zoom=Zoom.QUARTER)
    view.resize(*size)
    view.set_today(dt.date(2027, 5, 12))
    view.set_content(lanes, bars, dt.date(2026, 1, 1), dt.date(2025 + years, 12, 31))
    view.show()
    QApplication.processEvents()
    _paint(view)
    return view


def _drag_once(view: TimelineView, bar_id: int, offset: int) -> None:
    view.select_bar(bar_id)
    QApplication.processEvents()
    item = view.timeline_scene.bar_items[bar_id]
    body = item.mapRectToScene(item.body())
    start = view.mapFromScene(body.center())
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + QPoint(offset * step // 10, 0))
        _paint(view)
    end = start + QPoint(offset, 0)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    _paint(view)


def measure(name: str, lanes: list[Lane], bars: list[Bar], years: int, runs: int) -> None:
    opened = []

    def open_view() -> None:
        opened.append(_open(lanes, bars, years))

    results = {"open": _median(open_view, runs)}
    for extra in opened[1:]:
        extra.close()
        extra.deleteLater()
    view = opened[0]
    view.scroll_to_date(dt.date(2027, 5, 12))
    zooms = iter([Zoom.MONTH, Zoom.YEAR, Zoom.QUARTER] * runs)
    results["zoom"] = _median(lambda: (view.set_zoom(next(zooms)), _paint(view)), runs)
    width = view.viewport().width()
    results["scroll"] = _median(lambda: (view.scroll_by(width), _paint(view)), runs)

    def answer(bar_id, lane, start, end) -> None:
        bar = view.bar(bar_id)
        view.update_bars([dataclasses.replace(bar, lane=lane, start=start, end=end)])

    view.move_requested.connect(answer)
    view.set_zoom(Zoom.QUARTER)
    view.scroll_to_date(dt.date(2027, 5, 12))
    first, last = view.visible_dates()
    margin = dt.timedelta(days=30)
    shown = [b.id for b in bars if first + margin <= b.start <= last - margin and not b.milestone]
    ids = iter(shown * runs)
    offsets = iter([80, -80] * runs)
    results["drag"] = _median(lambda: _drag_once(view, next(ids), next(offsets)), runs)
    print(f"{name}:")
    for label, value in results.items():
        print(f"  {label:<8} {value:8.1f} ms")
    view.close()
    view.deleteLater()
    QApplication.processEvents()


def screenshots(folder: Path, app: QApplication) -> list[Path]:
    from timeline_gallery import gallery_content

    written = []
    lanes, bars, today = gallery_content()
    for theme in ("light", "dark"):
        app.setPalette(_dark_palette() if theme == "dark" else QPalette())
        for size, zoom in (((1366, 768), Zoom.QUARTER), ((1920, 1080), Zoom.YEAR)):
            view = TimelineView(zoom=zoom)
            view.resize(*size)
            view.set_today(today)
            view.set_content(lanes, bars, dt.date(2026, 1, 1), dt.date(2028, 12, 31))
            view.show()
            QApplication.processEvents()
            view.scroll_to_today()
            view.select_bar(6)  # a week in June, near today
            QApplication.processEvents()
            path = folder / f"roadmap-{size[0]}x{size[1]}-{zoom}-{theme}.png"
            view.grab().save(str(path))
            written.append(path)
            view.close()
    app.setPalette(QPalette())
    install_translations(app, "fr")
    view = TimelineView(zoom=Zoom.MONTH)
    view.resize(1366, 768)
    view.set_today(today)
    view.set_content(lanes, bars, dt.date(2026, 1, 1), dt.date(2028, 12, 31))
    view.show()
    view.scroll_to_today()
    QApplication.processEvents()
    path = folder / "roadmap-1366x768-month-light-fr.png"
    view.grab().save(str(path))
    written.append(path)
    view.close()
    install_translations(app, "en")
    lanes, bars = calendar_data(3000, 5)
    view = TimelineView(zoom=Zoom.MONTH, levels=list(Zoom))
    view.resize(1366, 768)
    view.set_today(dt.date(2027, 5, 12))
    view.set_content(lanes, bars, dt.date(2026, 1, 1), dt.date(2030, 12, 31))
    view.show()
    view.scroll_to_today()
    QApplication.processEvents()
    path = folder / "calendar-1366x768-month-light.png"
    view.grab().save(str(path))
    written.append(path)
    view.close()
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--shots", type=Path, default=None)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    apply_base_font(app)  # type: ignore[arg-type]
    sys.path.insert(0, str(Path(__file__).parent))
    measure("Roadmap, 10 years, 300 bars, 30 lanes", *roadmap_data(300, 30, 10), 10, args.runs)
    measure("Roadmap, 10 years, 3,000 bars, 30 lanes", *roadmap_data(3000, 30, 10), 10, args.runs)
    measure("Calendar, 5 years, 3,000 campaigns", *calendar_data(3000, 5), 5, args.runs)
    folder = args.shots or Path(tempfile.mkdtemp(prefix="timeline-shots-"))
    folder.mkdir(parents=True, exist_ok=True)
    for path in screenshots(folder, app):  # type: ignore[arg-type]
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
