"""Alignment checks benchmark: a large plan (3,000 campaigns, 1,000 mix actions, 100 KPIs
measured daily), every check computed.

    PYTHONPATH=src python tests/benchmarks/alignment_checks.py [--runs 5]

Builds a throwaway three-year plan (inserted in bulk): 3,000 campaigns, 1,000 mix actions,
100 KPIs with a measurement every day up to "today" and monthly targets, 40 objectives,
200 roadmap initiatives and 30 segments, a few links left out on purpose so that the checks
find things. Prints the medians, in milliseconds, of:

- read (cold): `AlignmentReader.read` on a new reader — every read model from the file, the
  KPI series and their tiles (the status rule), then the plan's facts;
- read (one KPI changed): the same reader after one measurement was added (only that KPI's
  series is read again and judged);
- checks: `domain.alignment.findings` over the facts already read (the issue's < 200 ms);
- strategy on a page: its read model from the data already read.

Not part of the test suite (a timing is not a test on a shared machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert

from stratdesk.domain.alignment import findings
from stratdesk.domain.enums import Channel, MixColumn, MixP, Targeting, WorkStatus
from stratdesk.domain.kpis import Kpi, KpiMeasurement, KpiTarget
from stratdesk.domain.objectives import Objective, RoadmapItem
from stratdesk.domain.operations import Campaign, MixAction
from stratdesk.domain.targeting import Segment
from stratdesk.services.alignment import AlignmentReader
from stratdesk.services.changes import ChangeSet
from stratdesk.services.strategy_page import strategy_page
from stratdesk.services.workspace import Workspace

START_YEAR, YEARS = 2026, 3
TODAY = dt.date(2027, 9, 15)


def build_plan(path: Path, campaigns: int, actions: int, kpis: int) -> None:
    plan = {"title": "Benchmark", "start_year": START_YEAR, "horizon_years": YEARS}
    rng = random.Random(7)
    first = dt.date(START_YEAR, 1, 1)
    span = (dt.date(START_YEAR + YEARS, 1, 1) - first).days
    with Workspace.create(path, {"name": "Acme"}, plan) as workspace:
        plan_id = workspace.plan_id
        with workspace.store.session() as session:
            kpi_rows = [Kpi(plan_id=plan_id, name=f"KPI {n}", position=n) for n in range(kpis)]
            session.add_all(kpi_rows)
            targeting = list(Targeting)
            segments = [
                Segment(plan_id=plan_id, name=f"Segment {n}", targeting=targeting[n % 3])
                for n in range(30)
            ]
            session.add_all(segments)
            session.flush()
            objectives = [
                Objective(
                    plan_id=plan_id,
                    statement=f"Objective {n}",
                    kpi_id=kpi_rows[n].id if n % 7 else None,
                    status="active",
                    position=n,
                )
                for n in range(40)
            ]
            session.add_all(objectives)
            session.flush()
            objective_ids = [o.id for o in objectives] + [None]
            segment_ids = [s.id for s in segments]
            channels, statuses = list(Channel), list(WorkStatus)
            for n in range(campaigns):
                start = first + dt.timedelta(days=rng.randrange(span - 60))
                planned = rng.randrange(1_000, 2_000_000)
                session.add(
                    Campaign(
                        plan_id=plan_id,
                        name=f"Campaign {n}",
                        channel=channels[n % len(channels)],
                        start=start,
                        end=start + dt.timedelta(days=rng.choice((0, 6, 27))),
                        budget_planned_cents=planned,
                        budget_actual_cents=int(planned * rng.uniform(0, 1.2)),
                        status=statuses[n % len(statuses)],
                        objective_id=objective_ids[n % len(objective_ids)],
                        segment_id=segment_ids[n % len(segment_ids)],
                    )
                )
            ps, columns = list(MixP)[:4], list(MixColumn)
            for n in range(actions):
                session.add(
                    MixAction(
                        plan_id=plan_id,
                        p=ps[n % 4],
                        column=columns[n % 4],
                        title=f"Action {n}",
                        due=first + dt.timedelta(days=rng.randrange(span)),
                        budget_planned_cents=rng.randrange(0, 500_000),
                        objective_id=objective_ids[n % len(objective_ids)],
                        position=n,
                    )
                )
            for n in range(200):
                start = first + dt.timedelta(days=rng.randrange(span - 120))
                session.add(
                    RoadmapItem(
                        plan_id=plan_id,
                        title=f"Initiative {n}",
                        start=start,
                        end=start + dt.timedelta(days=90),
                        status=statuses[n % len(statuses)],
                        objective_id=objective_ids[n % len(objective_ids)],
                    )
                )
            session.flush()
            days = (TODAY - first).days
            measurements = [
                {"kpi_id": k.id, "day": first + dt.timedelta(days=d), "value": rng.random() * 100}
                for k in kpi_rows[: kpis - 3]  # three never measured
                for d in range(days)
            ]
            session.execute(insert(KpiMeasurement), measurements)
            targets = [
                {
                    "kpi_id": k.id,
                    "period_start": dt.date(START_YEAR + m // 12, m % 12 + 1, 1),
                    "value": 50.0,
                }
                for k in kpi_rows[5:]  # five without a target
                for m in range(12 * YEARS)
            ]
            session.execute(insert(KpiTarget), targets)
            session.commit()
        print(
            f"plan: {campaigns} campaigns, {actions} actions, {kpis} KPIs, "
            f"{len(measurements):,} measurements",
            file=sys.stderr,
        )


def _median(call: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--campaigns", type=int, default=3000)
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--kpis", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.stratdesk"
        build_plan(path, args.campaigns, args.actions, args.kpis)
        with Workspace.open(path) as workspace:
            services, plan_id = workspace.services, workspace.plan_id
            cold = _median(lambda: AlignmentReader(services).read(plan_id, today=TODAY), args.runs)
            reader = AlignmentReader(services)
            data = reader.read(plan_id, today=TODAY)
            kpi_id = next(iter(data.kpis))
            seen: list[ChangeSet] = []
            workspace.hub.subscribe(seen.append)

            def one_change() -> None:
                services.kpi_measurements.create(kpi_id, {"day": TODAY, "value": 1.0})
                reader.read(plan_id, seen[-1], today=TODAY)

            warm = _median(one_change, args.runs)
            checks = _median(lambda: findings(data.facts, TODAY, "en"), args.runs)
            onepage = _median(lambda: strategy_page(data, "Acme", "en"), args.runs)
            found = findings(data.facts, TODAY, "en")
    print(f"findings: {len(found)}")
    print(f"read (cold):              {cold:8.1f} ms")
    print(f"read (one KPI changed):   {warm:8.1f} ms  (includes writing the measurement)")
    print(f"checks:                   {checks:8.1f} ms")
    print(f"strategy on a page:       {onepage:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
