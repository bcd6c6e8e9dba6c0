"""How long the strategy pages take with a big plan: 500 SWOT items and 200 PESTEL factors.

    PYTHONPATH=src python tests/benchmarks/strategy_views.py [--runs 7]

Builds a plan with 500 SWOT items (125 per quadrant, 40 TOWS strategies linking 160 of
them), 200 factors, 30 competitors and the five forces, then times, offscreen, the median of
`--runs` runs of: building and first painting each page, a refresh with nothing changed, and
one edit end to end (command → service → ChangeSet → refresh → repaint). Not part of the
test suite (a timing is not a test on a shared machine).
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

from PySide6.QtWidgets import QApplication, QWidget

from stratdesk.domain.enums import PestelCategory, PorterForce, SwotQuadrant, TowsKind
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument

SWOT_ITEMS, FACTORS, STRATEGIES = 500, 200, 40


def build_plan(path: Path) -> None:
    workspace = Workspace.create(
        path, {"name": "Benchmark"}, {"title": "Big plan", "start_year": 2026, "horizon_years": 3}
    )
    services, plan_id = workspace.services, workspace.plan_id
    quadrants = list(SwotQuadrant)
    items: dict[SwotQuadrant, list[int]] = {q: [] for q in quadrants}
    for n in range(SWOT_ITEMS):
        quadrant = quadrants[n % 4]
        text = f"Insight {n}: " + "a sentence long enough to wrap on two lines " * (1 + n % 2)
        row = services.swot.create(plan_id, {"quadrant": quadrant, "text": text.strip()})
        items[quadrant].append(row.id)
    for n in range(STRATEGIES):
        kind = list(TowsKind)[n % 4]
        strategy = services.tows.create(plan_id, {"kind": kind, "text": f"Strategy {n}"})
        first, second = (SwotQuadrant(letter) for letter in kind.value)
        links = items[first][n : n + 2] + items[second][n : n + 2]
        services.tows.set_links(strategy.id, links)
    categories = list(PestelCategory)
    for n in range(FACTORS):
        services.factors.create(
            plan_id,
            {
                "category": categories[n % 6],
                "text": f"Factor {n}: a change in the market that matters to the client",
                "impact": n % 5 - 2,
                "likelihood": n % 5 + 1,
            },
        )
    for n in range(30):
        services.competitors.create(plan_id, {"name": f"Competitor {n}", "offer": "Coffee"})
    for force in PorterForce:
        services.forces.set_rating(plan_id, force, 3, "Notes")
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
    widget.grab()  # lays out and paints every visible card


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from stratdesk.ui.strategy.environment.page import EnvironmentView
    from stratdesk.ui.strategy.swot.page import TOWS_TAB, SwotView

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.stratdesk"
        build_plan(path)
        document = PlanDocument(Workspace.open(path))
        results: dict[str, float] = {}

        def build(page_type: type) -> QWidget:
            page = page_type(document)
            page.resize(1130, 820)
            page.show()
            paint(page)
            return page

        results["SWOT page: build + first paint"] = median_ms(
            lambda: build(SwotView).close(), args.runs
        )
        swot = build(SwotView)
        results["SWOT page: refresh, nothing changed"] = median_ms(
            lambda: (swot.refresh(), paint(swot)), args.runs
        )
        strength = swot.swot.board.model(SwotQuadrant.STRENGTH)

        def edit_weight() -> None:
            card = strength.card(3)
            swot.intents.set_weight(card.id, 1 + card.weight % 5)
            paint(swot)

        results["SWOT page: one edit (weight), end to end"] = median_ms(edit_weight, args.runs)

        def move_and_back() -> None:
            item_id = strength.card(10).id
            swot.swot.move_item(item_id, SwotQuadrant.OPPORTUNITY, 0)
            swot.swot.move_item(item_id, SwotQuadrant.STRENGTH, 10)
            paint(swot)

        results["SWOT page: move to another quadrant and back"] = median_ms(
            move_and_back, args.runs
        )
        swot.tabs.setCurrentIndex(TOWS_TAB)
        results["TOWS tab: refresh + paint"] = median_ms(
            lambda: (swot.refresh(), paint(swot)), args.runs
        )
        swot.close()
        results["Environment page (200 factors): build + first paint"] = median_ms(
            lambda: build(EnvironmentView).close(), args.runs
        )
        environment = build(EnvironmentView)
        results["Environment page: refresh, nothing changed"] = median_ms(
            lambda: (environment.refresh(), paint(environment)), args.runs
        )
        economic = environment.pestel.board.model(PestelCategory.ECONOMIC)

        def edit_factor() -> None:
            card = economic.card(2)
            environment.pestel.edit_field(card.id, "likelihood", card.data.likelihood % 5 + 1)
            paint(environment)

        results["Environment page: one edit (likelihood), end to end"] = median_ms(
            edit_factor, args.runs
        )
        results["Environment page: heat filter on and off"] = median_ms(
            lambda: (
                environment.pestel.toggle_filter(0, 3),
                environment.pestel.toggle_filter(0, 3),
                paint(environment),
            ),
            args.runs,
        )
        environment.close()
        document.close()
    width = max(len(name) for name in results)
    print(f"median of {args.runs} runs, offscreen, {sys.platform}")
    for name, value in results.items():
        print(f"  {name:<{width}}  {value:7.1f} ms")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
