"""Printed plan benchmark: the demo plan's PDF, and a large plan's PDF and workbook.

    python tests/benchmarks/pdf_export.py [--runs 5] [--campaigns 3000] [--actions 1000]
                                          [--kpis 100] [--years 3] [--skip-large]
                                          [--skip-demo] [--large-plan PATH]

Builds the demo plan (French) in a temporary folder, then prints:

- demo, command line: `stratdesk export pdf demo.stratdesk -o out.pdf` in a fresh process
  (start-up, imports, reading, layout and writing: what a person waits for), `--runs` times;
- demo, in process: `--runs` calls of `write_pdf` once the modules are loaded (what
  File › Export PDF… costs in a running app);

each as the median and best wall time, and the median CPU time (user + system: less
sensitive to other work on a shared machine);

then builds a large plan (`--campaigns` campaigns, `--actions` mix actions, `--kpis` KPIs with
a value a day for `--years` years and monthly targets, 20 roadmap items, 6 segments) and writes
its PDF and its workbook (`--large-plan` keeps the plan for the next run), each in a fresh
process, printing the time, the pages or rows, how many progress reports it made, and the
process's peak resident memory (VmHWM) against its peak once the modules are loaded.

Not part of the test suite (a timing is not a test on a shared machine).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
sys.path.insert(0, str(SRC))
TODAY = dt.date(2026, 11, 27)


def _rss_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux a child's
    ru_maxrss starts from its parent's peak (kept across fork and exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(kind: str, plan: str, out: str) -> None:
    """Run in a fresh process: one export, then its figures as JSON on stdout."""
    from stratdesk.services.workspace import Workspace

    if kind == "pdf":
        import reportlab.platypus  # noqa: F401  (loaded before the baseline is taken)

        from stratdesk.reports.options import ReportOptions
        from stratdesk.reports.pdf import write_pdf
    else:
        from stratdesk.io.xlsx_export import export_workbook
    baseline = _rss_mb()
    reports = 0

    def progress(done: int, total: int) -> None:
        nonlocal reports
        reports += 1

    started, cpu_started = time.perf_counter(), time.process_time()
    with Workspace.open(Path(plan), read_only=True) as workspace:
        s, plan_id = workspace.services, workspace.plan_id
        if kind == "pdf":
            result = write_pdf(
                s, plan_id, Path(out), ReportOptions(language="en"), progress=progress, today=TODAY
            )
            size = f"{result.pages} pages"
        else:
            book = export_workbook(s, plan_id, Path(out), language="en", progress=progress)
            size = f"{book.sheets} sheets, {book.rows} rows"
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    figures = {"s": seconds, "cpu": cpu, "size": size, "reports": reports, "base": baseline}
    print(json.dumps({**figures, "peak": _rss_mb()}))


def _fresh(kind: str, plan: Path, out: Path) -> dict[str, object]:
    run = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(plan), str(out)],
        check=True,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    figures: dict[str, object] = json.loads(run.stdout.strip().splitlines()[-1])
    return figures


def demo(folder: Path, runs: int) -> None:
    from stratdesk.reports.options import ReportOptions
    from stratdesk.reports.pdf import write_pdf
    from stratdesk.services.demo import build_demo
    from stratdesk.services.workspace import Workspace

    plan = build_demo(folder / "demo.stratdesk", "fr", today=TODAY)
    out = folder / "demo.pdf"
    cli = Path(sys.executable).with_name("stratdesk")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "stratdesk"]
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(
            [*command, "export", "pdf", str(plan), "-o", str(out)], check=True, capture_output=True
        )
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    print(
        f"demo, command line (fresh process): median {statistics.median(walls):.2f} s "
        f"(best {min(walls):.2f} s; CPU time median {statistics.median(cpus):.2f} s) "
        f"over {runs} runs"
    )
    times, cpu, pages = [], [], 0
    with Workspace.open(plan, read_only=True) as workspace:
        for _ in range(runs):
            started, cpu_started = time.perf_counter(), time.process_time()
            result = write_pdf(
                workspace.services, workspace.plan_id, out, ReportOptions(), today=TODAY
            )
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            pages = result.pages
    print(
        f"demo, in process: median {statistics.median(times):.2f} s (best {min(times):.2f} s; "
        f"CPU time median {statistics.median(cpu):.2f} s) over {runs} runs, {pages} pages"
    )


def build_large(path: Path, campaigns: int, actions: int, kpis: int, years: int) -> None:
    from stratdesk.domain.enums import Channel, MixP, WorkStatus
    from stratdesk.domain.operations import Campaign, MixAction
    from stratdesk.services.workspace import Workspace

    rng = random.Random(5)
    first = dt.date(2026, 1, 1)
    span = 365 * years
    plan = {"title": "Benchmark plan", "start_year": 2026, "horizon_years": years}
    with Workspace.create(path, {"name": "Acme"}, {**plan, "language": "en"}) as workspace:
        s, plan_id = workspace.services, workspace.plan_id
        objectives = [
            s.objectives.create(plan_id, {"statement": f"Objective {n}: grow line {n}"}).id
            for n in range(1, 4)
        ]
        for n in range(6):
            s.segments.create(plan_id, {"name": f"Segment {n}", "size": 1000 * (n + 1)})
        for n in range(20):
            start = first + dt.timedelta(days=rng.randrange(span - 90))
            s.roadmap.create(
                plan_id,
                {
                    "title": f"Initiative {n}",
                    "objective_id": objectives[n % 3],
                    "start": start,
                    "end": start + dt.timedelta(days=rng.randrange(10, 90)),
                },
            )
        channels, statuses, ps = list(Channel), list(WorkStatus), list(MixP)[:4]
        with workspace.store.session() as session:
            for n in range(campaigns):
                start = first + dt.timedelta(days=rng.randrange(span - 60))
                planned = rng.randrange(1_000, 2_000_000)
                session.add(
                    Campaign(
                        plan_id=plan_id,
                        name=f"Campaign {n} for the spring range",
                        channel=channels[n % len(channels)],
                        start=start,
                        end=start + dt.timedelta(days=rng.choice((0, 6, 13, 27, 45))),
                        budget_planned_cents=planned,
                        budget_actual_cents=int(planned * rng.uniform(0, 1.2)),
                        status=statuses[n % len(statuses)],
                        objective_id=objectives[n % 3],
                    )
                )
            for n in range(actions):
                due = first + dt.timedelta(days=rng.randrange(span))
                session.add(
                    MixAction(
                        plan_id=plan_id,
                        p=ps[n % 4],
                        title=f"Action {n}",
                        description="What is done, by whom and why. " * 3,
                        due=due,
                        position=n,
                        budget_planned_cents=rng.randrange(0, 500_000),
                    )
                )
            session.commit()
        days = [first + dt.timedelta(days=i) for i in range(span)]
        for number in range(kpis):
            kpi = s.kpis.create(plan_id, {"name": f"KPI {number + 1:03d}"})
            base = rng.uniform(50, 5000)
            rows = [
                {"day": day, "value": round(base * (1 + 0.1 * math.sin(i / 9)), 2)}
                for i, day in enumerate(days)
            ]
            s.kpi_measurements.add_many(kpi.id, rows)
            for month in range(12 * years):
                start = dt.date(2026 + month // 12, month % 12 + 1, 1)
                s.kpi_targets.set_target(kpi.id, start, base * (1 + month / (12 * years)))


def large(folder: Path, args: argparse.Namespace) -> None:
    path = args.large_plan or folder / "large.stratdesk"
    if not path.exists():
        started = time.perf_counter()
        build_large(path, args.campaigns, args.actions, args.kpis, args.years)
        print(
            f"large plan built in {time.perf_counter() - started:.0f} s: {args.campaigns} "
            f"campaigns, {args.actions} mix actions, {args.kpis} KPIs × {365 * args.years} days"
        )
    for kind in ("pdf", "xlsx"):
        f = _fresh(kind, path, folder / f"large.{kind}")
        print(
            f"large, {kind}: {f['s']:.1f} s (CPU {f['cpu']:.1f} s), {f['size']}, "
            f"{f['reports']} progress reports, "
            f"peak RSS {f['peak']:.0f} MB ({f['base']:.0f} MB with the modules loaded)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--campaigns", type=int, default=3000)
    parser.add_argument("--actions", type=int, default=1000)
    parser.add_argument("--kpis", type=int, default=100)
    parser.add_argument("--years", type=int, default=3)
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument(
        "--large-plan", type=Path, help="keep the large plan here (built when missing)"
    )
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["STRATDESK_DATA_DIR"] = str(Path(tmp) / "data")  # backups stay here
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        if not args.skip_demo:
            demo(Path(tmp), args.runs)
        if not args.skip_large:
            large(Path(tmp), args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
