"""How long the Segmentation & targeting page takes with 50 segments × 20 criteria.

    PYTHONPATH=src python tests/benchmarks/targeting_page.py [--runs 7]

Builds a plan with 50 segments (values spread over two orders of magnitude, a third of
them targeted), 10 attractiveness and 10 strength criteria and every one of the 1,000
scores, then times, offscreen, the median of `--runs` runs of: opening the page (build,
load, first paint of the scoring tab), a refresh with nothing changed, one score typed in
the grid until the matrix is redrawn and painted, and one weight changed the same way.
Not part of the test suite (a timing is not a test on a shared machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from stratdesk.domain.enums import CriterionKind, Targeting
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument

SEGMENTS, CRITERIA = 50, 20
TARGETS = (Targeting.PRIMARY, Targeting.SECONDARY, Targeting.NOT_TARGETED)


def build_plan(path: Path) -> None:
    workspace = Workspace.create(
        path, {"name": "Benchmark"}, {"title": "Big plan", "start_year": 2026, "horizon_years": 3}
    )
    services, plan_id = workspace.services, workspace.plan_id
    kinds = (CriterionKind.ATTRACTIVENESS, CriterionKind.STRENGTH)
    criteria = [
        services.criteria.create(
            plan_id, {"name": f"Criterion {n}", "kind": kinds[n % 2], "weight": 5 + n % 7}
        ).id
        for n in range(CRITERIA)
    ]
    for n in range(SEGMENTS):
        segment = services.segments.create(
            plan_id,
            {
                "name": f"Segment {n}: customers of a kind",
                "value_cents": 1_000_000 * (1 + (n * 37) % 100),
                "targeting": TARGETS[n % 3],
            },
        )
        for m, criterion_id in enumerate(criteria):
            services.scores.set_score(segment.id, criterion_id, (n * 7 + m * 3) % 11)
    workspace.close()


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def paint(widget: QWidget) -> None:
    widget.grab()  # lays out and paints what is visible


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from stratdesk.ui.strategy.targeting.page import SCORING_TAB, TargetingView

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.stratdesk"
        build_plan(path)
        document = PlanDocument(Workspace.open(path))
        results: dict[str, float] = {}

        def open_page() -> TargetingView:
            page = TargetingView(document)
            page.resize(1366 - 224, 768 - 120)
            page.tabs.setCurrentIndex(SCORING_TAB)
            page.show()
            paint(page)
            return page

        results["open the page (build, load, first paint)"] = median_ms(
            lambda: open_page().close(), args.runs
        )
        page = open_page()
        results["refresh, nothing changed"] = median_ms(
            lambda: (page.refresh(), paint(page)), args.runs
        )
        grid, model = page.grid, page.grid_model
        grid.setFocus()
        row = model.row_of(page.data.segments[17].id)
        grid.setCurrentIndex(model.index(row, 3))
        digits = iter("3715" * args.runs * 2)

        def type_score() -> None:
            before = page.matrix.redraws
            QTest.keyClicks(grid, next(digits))
            assert page.matrix.redraws == before + 1, "the matrix was not redrawn"
            paint(page.matrix)

        results["one score typed → matrix redrawn and painted"] = median_ms(type_score, args.runs)
        weights = iter([6.0, 9.0] * args.runs)
        criterion = page.data.criteria[0].id

        def change_weight() -> None:
            page.intents.set_weight(criterion, next(weights))
            paint(page.matrix)

        results["one weight changed → matrix redrawn and painted"] = median_ms(
            change_weight, args.runs
        )
        page.close()
        document.close()
    width = max(len(name) for name in results)
    print(f"{SEGMENTS} segments × {CRITERIA} criteria, median of {args.runs} runs, offscreen")
    for name, value in results.items():
        print(f"  {name:<{width}}  {value:7.1f} ms")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
