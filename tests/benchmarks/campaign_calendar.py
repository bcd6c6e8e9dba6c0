"""Campaign calendar benchmark: 3,000 campaigns over 5 years (and 600 mix actions).

    PYTHONPATH=src python tests/benchmarks/campaign_calendar.py [--campaigns 3000] [--runs 5]

Builds a throwaway five-year plan with `--campaigns` campaigns in 15 channels (and a fifth as
many mix actions, which the budget counts too), then prints the median of `--runs` runs, in
milliseconds, at 1366×768 (offscreen unless QT_QPA_PLATFORM says otherwise), of:

- open + month: build the Campaigns page from the plan file (every campaign loaded into the
  month grid, the quarter and year timelines and the list) and paint the month once;
- quarter, year, list: switch to that view and paint it (first show);
- drag: one campaign dragged two days on in the month grid with synthetic mouse events —
  press, moves, release → undo command → service → change set → the page updating that
  campaign in every view → repaint;
- budget (service): the roll-up read from the file and summed in cents (`campaigns.budget`);
- budget (view): the same, shown in the budget view's table and chart, and painted.

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

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stratdesk.domain.enums import Channel, MixP, WorkStatus
from stratdesk.domain.operations import Campaign, MixAction
from stratdesk.services.workspace import Workspace
from stratdesk.ui.app import create_application
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.campaigns.page import CampaignsPageView
from stratdesk.ui.operations.campaigns.views import BUDGET, LIST, QUARTER, YEAR

START_YEAR, YEARS = 2026, 5
TODAY = dt.date(2027, 5, 12)
COLOURS = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#2E86AB"]
WORDS = ["launch", "brand", "search", "loyalty", "retail", "partner", "event", "content"]


def build_plan(path: Path, campaigns: int) -> None:
    """A plan with `campaigns` campaigns and campaigns // 5 mix actions, inserted in bulk."""
    plan = {"title": "Benchmark", "start_year": START_YEAR, "horizon_years": YEARS}
    rng = random.Random(3)
    first = dt.date(START_YEAR, 1, 1)
    days = (dt.date(START_YEAR + YEARS, 1, 1) - first).days
    channels, statuses, ps = list(Channel), list(WorkStatus), list(MixP)[:4]
    with Workspace.create(path, {"name": "Acme"}, plan) as workspace:
        plan_id = workspace.plan_id
        with workspace.store.session() as session:
            for n in range(campaigns):
                start = first + dt.timedelta(days=rng.randrange(days - 60))
                end = start + dt.timedelta(days=rng.choice((0, 2, 6, 13, 27, 45)))
                planned = rng.randrange(1_000, 2_000_000)
                session.add(
                    Campaign(
                        plan_id=plan_id,
                        name=f"{WORDS[n % 8].capitalize()} campaign {n}",
                        channel=channels[n % len(channels)],
                        start=start,
                        end=end,
                        budget_planned_cents=planned,
                        budget_actual_cents=int(planned * rng.uniform(0, 1.2)),
                        status=statuses[n % len(statuses)],
                        colour=COLOURS[n % len(COLOURS)],
                    )
                )
            for n in range(campaigns // 5):
                due = first + dt.timedelta(days=rng.randrange(days))
                budget = rng.randrange(0, 500_000)
                action = {"p": ps[n % 4], "title": f"Action {n}", "due": due, "position": n}
                session.add(MixAction(plan_id=plan_id, budget_planned_cents=budget, **action))
            session.commit()


def _median(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _timed(call: Callable[[], object]) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def _open(document: PlanDocument) -> CampaignsPageView:
    page = CampaignsPageView(document, today=lambda: TODAY)
    page.resize(1366, 768)
    page.show()
    QApplication.processEvents()
    page.views.month.repaint()
    return page


def _show(page: CampaignsPageView, index: int) -> None:
    page.views.setCurrentIndex(index)
    QApplication.processEvents()
    page.views.currentWidget().repaint()


def _drag(page: CampaignsPageView, step: int) -> None:
    grid = page.views.month
    segment = max(grid.shown_segments(), key=lambda s: (s.end_col - s.start_col, -s.week))
    rect = grid.segment_rect(segment)
    start = rect.center().toPoint()
    offset = round(grid.column_width() * 2) * step
    QTest.mousePress(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, 6):
        QTest.mouseMove(grid, start + QPoint(offset * n // 5, 0))
        grid.repaint()
    end = start + QPoint(offset, 0)
    QTest.mouseRelease(grid, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    grid.repaint()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--campaigns", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    create_application()
    with tempfile.TemporaryDirectory(prefix="stratdesk-bench-") as tmp:
        path = Path(tmp) / "calendar.stratdesk"
        started = time.perf_counter()
        build_plan(path, args.campaigns)
        print(f"{args.campaigns} campaigns over {YEARS} years written in "
              f"{time.perf_counter() - started:.1f} s")  # fmt: skip
        document = PlanDocument(Workspace.open(path))
        try:
            results: dict[str, float] = {}
            first: dict[str, list[float]] = {}
            for name in ("quarter", "year", "list"):
                first[name] = []
            pages: list[CampaignsPageView] = []
            first["open + month"] = []
            for _ in range(args.runs):
                opened: list[CampaignsPageView] = []
                first["open + month"].append(
                    _timed(lambda opened=opened: opened.append(_open(document)))
                )
                page = opened[0]
                for name, index in (("quarter", QUARTER), ("year", YEAR), ("list", LIST)):
                    first[name].append(_timed(lambda p=page, i=index: _show(p, i)))
                pages.append(page)
            for name, values in first.items():
                results[name] = statistics.median(values)
            page = pages[-1]
            for extra in pages[:-1]:
                extra.close()
                extra.deleteLater()
            page.views.setCurrentIndex(0)
            page.views.go_to(TODAY)
            QApplication.processEvents()
            steps = iter([1, -1] * args.runs)
            before = document.stack.count()
            results["drag"] = _median(lambda: _drag(page, next(steps)), args.runs)
            assert document.stack.count() == before + args.runs, "every drag is one command"
            service = document.services.campaigns
            results["budget (service)"] = _median(
                lambda: service.budget(document.plan_id), args.runs
            )
            _show(page, BUDGET)  # the chart's import and first build, once
            budget = page.views.budget

            def show_budget() -> None:
                summary = service.budget(document.plan_id)
                budget.set_summary(summary, page.objectives, page.segments, "EUR")
                budget.repaint()

            results["budget (view)"] = _median(show_budget, args.runs)
            print(f"Campaign calendar, {args.campaigns} campaigns (median of {args.runs}, ms):")
            for label, value in results.items():
                print(f"  {label:<18} {value:8.1f}")
            page.close()
        finally:
            document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
