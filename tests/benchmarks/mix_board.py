"""Marketing-mix benchmark: the boards with 1,000 cards — refresh, filter change, one edit.

    PYTHONPATH=src python tests/benchmarks/mix_board.py [--cards 1000] [--runs 7]

Builds a throwaway 7P plan with `--cards` actions (through the service, like a person would
over months), opens the Marketing mix page at 1400×900 (offscreen unless QT_QPA_PLATFORM says
otherwise) and times, in two layouts (the cards spread over the seven Ps, and all of them on
one P's board):

- refresh: reload from the plan file and show the current board (what follows any change);
- filter: type a search, then clear it (the filter bar's signal to the repainted board);
- edit: one undo command (a title change) through the change bridge to the repainted board;
- paint: a full repaint of the page.

Medians in milliseconds. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from stratdesk.domain.enums import SEVEN_P, MixColumn
from stratdesk.services.workspace import Workspace
from stratdesk.ui.document import PlanDocument
from stratdesk.ui.operations.mix.page import MixPageView

WORDS = [
    "launch",
    "promote",
    "price",
    "bundle",
    "stall",
    "flyer",
    "partner",
    "loyalty",
    "event",
    "shop",
    "box",
    "sample",
]
OWNERS = ["Léa Fontaine", "Camille Roux", "Julien Marchand", "Inès Benali", ""]


def _fill(workspace: Workspace, cards: int, one_p: bool) -> None:
    services, plan_id = workspace.services, workspace.plan_id
    services.plans.update_plan(plan_id, {"seven_p": True})
    objectives = [
        services.objectives.create(plan_id, {"statement": f"Objective {n}"}).id for n in range(8)
    ]
    segments = [services.segments.create(plan_id, {"name": f"Segment {n}"}).id for n in range(5)]
    columns = list(MixColumn)
    start = dt.date(2026, 1, 1)
    for n in range(cards):
        p = SEVEN_P[0] if one_p else SEVEN_P[n % len(SEVEN_P)]
        words = " ".join(WORDS[(n + k) % len(WORDS)] for k in range(3 + n % 6))
        services.mix.create(
            plan_id,
            {
                "p": p,
                "column": columns[(n // 7) % 4],
                "title": f"{words.capitalize()} #{n}",
                "description": f"Action {n}: {words}",
                "owner": OWNERS[n % len(OWNERS)],
                "due": start + dt.timedelta(days=n % 1000) if n % 3 else None,
                "budget_planned_cents": (n % 50) * 10_000,
                "budget_actual_cents": (n % 30) * 9_000,
                "objective_id": objectives[n % 8] if n % 5 else None,
                "segment_id": segments[n % 5] if n % 2 else None,
            },
        )


def _median_ms(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        QApplication.processEvents()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _measure(app: QApplication, path: Path, runs: int) -> dict[str, float]:
    document = PlanDocument(Workspace.open(path))
    start = time.perf_counter()
    page = MixPageView(document)
    page.resize(1400, 900)
    page.show()
    # The board with the most cards: the one a person would find slowest.
    busiest = max(page.ps, key=lambda p: page.state.total(p).count)
    page.open_board(busiest)
    app.processEvents()
    results = {"open": (time.perf_counter() - start) * 1000}
    results["refresh"] = _median_ms(page.refresh, runs)
    search = page.filter_bar.search_edit
    results["filter"] = _median_ms(lambda: (search.setText("bundle"), search.clear()), runs) / 2
    action = page.state.actions[0]
    titles = iter(f"{action.title} ({n})" for n in range(runs * 2))

    def edit() -> None:
        page.intents.edit(action.id, {"title": next(titles)})

    results["edit"] = _median_ms(edit, runs)
    results["paint"] = _median_ms(page.repaint, runs)
    results["shown cards"] = float(page.state.total(busiest).count)
    page.close()
    document.close()
    # Delete the Qt objects now, not while the interpreter shuts down.
    page.deleteLater()
    document.deleteLater()
    app.processEvents()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        for label, one_p in (("spread over 7 Ps", False), ("all on one P", True)):
            path = Path(tmp) / f"bench-{one_p}.stratdesk"
            client, plan = {"name": "Bench"}, {"title": "Bench", "start_year": 2026}
            with Workspace.create(path, client, plan) as workspace:
                started = time.perf_counter()
                _fill(workspace, args.cards, one_p)
                filled = time.perf_counter() - started
            results = _measure(app, path, args.runs)  # type: ignore[arg-type]
            print(f"{args.cards} cards, {label} (written in {filled:.1f} s):")
            for name, value in results.items():
                unit = "" if name == "shown cards" else " ms"
                print(f"  {name:<12} {value:8.1f}{unit}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
