"""Integrity check benchmark: what `quick_check` costs on a 160 MB plan, and opening it.

    python tests/benchmarks/integrity_check.py [--measurements 1500000] [--keep PATH]
                                               [--drop-caches]

Builds the demo plan plus ~1.5 million measurements (about 160 MB), then times, each the
median of 3 runs:

- `quick_check` alone, with the file in the system's cache (and, with `--drop-caches`, as
  root on Linux, right after the cache was emptied: a cold start);
- opening the plan for writing as stratdesk does (lock, backup on open skipped): the check
  runs in the background above `SYNC_CHECK_MAX_BYTES`, so this stays quick;
- the same open with the check forced in the foreground, for comparison.

Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


def make_big_plan(path: Path, measurements: int) -> None:
    """The demo plan and `measurements` more measurements, written with plain sqlite3."""
    from stratdesk.services.demo import build_demo

    build_demo(path, "en", today=dt.date(2026, 1, 1))
    rng = random.Random(1)
    sources = [
        f"google-ads-export-{year}-campaign-brand-awareness-q{quarter}.csv"
        for year in range(2020, 2026)
        for quarter in range(1, 5)
    ]
    start = dt.date(2010, 1, 1)
    with sqlite3.connect(path) as conn:
        kpis = [row[0] for row in conn.execute("SELECT id FROM kpi")]
        rows = (
            (
                (start + dt.timedelta(days=i % 9000)).isoformat(),
                rng.random() * 1000,
                sources[i % len(sources)],
                kpis[i % len(kpis)],
            )
            for i in range(measurements)
        )
        conn.executemany(
            "INSERT INTO kpi_measurement (day, value, source, kpi_id) VALUES (?, ?, ?, ?)", rows
        )
    conn.close()


def _drop_caches() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except (OSError, subprocess.CalledProcessError):
        return False
    return True


def _median(
    action: Callable[[], object], runs: int = 3, before: Callable[[], object] | None = None
) -> float:
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measurements", type=int, default=1_500_000)
    parser.add_argument("--keep", type=Path, help="where to keep the big plan (default: temp)")
    parser.add_argument("--drop-caches", action="store_true")
    args = parser.parse_args()
    from stratdesk.db.integrity import quick_check
    from stratdesk.db.store import PlanStore

    with tempfile.TemporaryDirectory(prefix="stratdesk-integrity-") as tmp:
        os.environ["STRATDESK_DATA_DIR"] = str(Path(tmp) / "data")
        path = args.keep or Path(tmp) / "big.stratdesk"
        if not path.exists():
            make_big_plan(path, args.measurements)
        print(f"plan: {path.stat().st_size / 1e6:.0f} MB")
        quick_check(path)  # into the cache
        print(f"quick_check, warm cache: {_median(lambda: quick_check(path)):.2f} s")
        if args.drop_caches:
            if _drop_caches():
                cold = _median(lambda: quick_check(path), before=_drop_caches)
                print(f"quick_check, cold cache: {cold:.2f} s")
            else:
                print("quick_check, cold cache: (needs root on Linux)")

        def open_close(**options: object) -> None:
            PlanStore.open(path, backup_on_open=False, **options).close()  # type: ignore[arg-type]

        print(f"open for writing (check in the background): {_median(open_close):.2f} s")
        forced = _median(lambda: open_close(sync_check_max_bytes=1 << 40))
        print(f"open for writing (check in the foreground): {forced:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
