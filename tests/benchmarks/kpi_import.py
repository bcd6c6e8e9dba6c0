"""KPI import benchmark: time and peak memory of `stratdesk import kpi` on large exports.

    python tests/benchmarks/kpi_import.py [--rows 100000 2800000] [--reimport]

For each size, writes a French ad-platform style export (title rows, `;` separated, dd/mm/yyyy
days, decimal commas, a cost column beside the value; 2.8 million rows is about 50 MB), then
imports it into a fresh plan in a child process (so that each peak is its own) and prints the
wall time, the CPU time (the figure to compare on a busy machine) and the peak resident
memory (`ru_maxrss`) of that process, Python and SQLite included. `--reimport` imports the
same file a second time into the same plan (nothing is added: the duplicate check over the
whole KPI). Targets: 100,000 rows in at most 3 s, at most
300 MB whatever the size. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[4])
from stratdesk.io.kpi_import import import_file
from stratdesk.services.workspace import Workspace

plan, data, times = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
results = []
with Workspace.open(plan) as workspace:
    kpi_id = workspace.services.kpis.list(workspace.plan_id)[0].id
    for _ in range(times):
        start, cpu = time.perf_counter(), time.process_time()
        result = import_file(workspace.services.kpi_measurements, kpi_id, data, "Jour", "Clics")
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu
        results.append((wall, cpu, result.added, result.skipped))
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"runs": results, "peak_mb": peak_kb / 1024}))
"""


def write_export(path: Path, rows: int) -> None:
    """A Google-Ads-like French export: two title rows, a header, `rows` days, a total."""
    rng = random.Random(rows)
    start = dt.date(2000, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("Rapport des campagnes;;;\nPériode;01/01/2000 - 31/12/2030;;\n")
        out.write("Jour;Campagne;Clics;Coût (€)\n")
        lines = []
        for index in range(rows):
            day = start + dt.timedelta(days=index % 11_000)
            clicks = rng.randint(0, 5_000)
            cost = f"{rng.uniform(0, 900):.2f}".replace(".", ",")
            lines.append(f"{day:%d/%m/%Y};Marque {index % 7};{clicks};{cost}\n")
            if len(lines) >= 10_000:
                out.writelines(lines)
                lines = []
        out.writelines(lines)
        out.write("Total;;;\n")


def make_plan(path: Path) -> None:
    """A plan from 2015 (so that days from 2000 to 2030 are near it) with one KPI."""
    from stratdesk.services.workspace import Workspace

    client = {"name": "Benchmark"}
    plan = {"title": "Import", "start_year": 2015, "horizon_years": 3, "currency": "EUR"}
    with Workspace.create(path, client, plan) as workspace:
        workspace.services.kpis.create(workspace.plan_id, {"name": "Clics"})


def run(rows: int, folder: Path, times: int) -> dict[str, object]:
    data = folder / f"export-{rows}.csv"
    write_export(data, rows)
    plan = folder / f"plan-{rows}.stratdesk"
    make_plan(plan)
    env = {**os.environ, "STRATDESK_DATA_DIR": str(folder / "data")}
    child = [sys.executable, "-c", _CHILD, str(plan), str(data), str(times), str(SRC)]
    output = subprocess.run(child, check=True, capture_output=True, text=True, env=env)
    figures = json.loads(output.stdout)
    figures["file_mb"] = data.stat().st_size / 1e6
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[100_000, 2_800_000])
    parser.add_argument("--reimport", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(SRC))
    with tempfile.TemporaryDirectory(prefix="stratdesk-import-bench-") as tmp:
        os.environ["STRATDESK_DATA_DIR"] = str(Path(tmp) / "data")
        for rows in args.rows:
            figures = run(rows, Path(tmp), 2 if args.reimport else 1)
            for number, (seconds, cpu, added, skipped) in enumerate(figures["runs"], start=1):
                print(
                    f"{rows:>9,} rows ({figures['file_mb']:.1f} MB), import {number}: "
                    f"{seconds:6.2f} s ({cpu:.2f} s of CPU), {added:,} added, "
                    f"{skipped:,} already there"
                )
            print(f"{'':>9}  peak memory of the importing process: {figures['peak_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
