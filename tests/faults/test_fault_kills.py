"""SIGKILL in the middle of edits: every edit reported as done is in the file afterwards, a
batch is all there or not at all, and the plan reopens sound (its lock recovered)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stratdesk
from stratdesk.db.integrity import quick_check
from stratdesk.services.workspace import Workspace

from .conftest import Figures

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

BATCH = 300
_EDITOR = """
import datetime as dt, random, sys
from pathlib import Path
from stratdesk.services.workspace import Workspace

path, seed, number = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(seed)
with Workspace.open(path) as ws:
    plan = ws.plan_id
    kpi = ws.services.kpis.list(plan)[0].id
    print("ready", flush=True)
    created = []
    while True:
        number += 1
        roll = rng.random()
        if roll < 0.6 or not created:
            item = ws.services.swot.create(plan, {"quadrant": "S", "text": f"edit {number}"})
            created.append((item.id, number))
            print(f"create {number}", flush=True)
        elif roll < 0.85:
            rows = [(i, dt.date(2025, 1, 1) + dt.timedelta(days=i), float(i), f"batch {number}")
                    for i in range(BATCH)]
            ws.services.kpi_measurements.import_rows(kpi, rows)
            print(f"batch {number}", flush=True)
        else:
            victim, its_number = created.pop(rng.randrange(len(created)))
            print(f"deleting {its_number}", flush=True)  # a kill may come before it is said
            ws.services.swot.delete(victim)
            print(f"delete {its_number}", flush=True)
""".replace("BATCH", str(BATCH))


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "killed.stratdesk"
    with Workspace.create(path, {"name": "Acme"}, {"title": "Plan", "start_year": 2025}) as ws:
        ws.services.kpis.create(ws.plan_id, {"name": "Visites"})
    return path


def _edit_then_kill(path: Path, seed: int, start: int, rng: random.Random) -> list[str]:
    """Run the editor, kill it with SIGKILL at a random moment; the edits it reported."""
    env = {**os.environ, "PYTHONPATH": str(Path(stratdesk.__file__).parents[1])}
    editor = subprocess.Popen(
        [sys.executable, "-c", _EDITOR, str(path), str(seed), str(start)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert editor.stdout is not None
    with editor.stdout:
        assert editor.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.1, 1.5))
        os.kill(editor.pid, signal.SIGKILL)
        reported = editor.stdout.read().splitlines()
    editor.wait(30)
    assert editor.returncode == -signal.SIGKILL
    return reported


def _lost(path: Path, reported: list[str]) -> tuple[int, int]:
    """(reported edits missing from the file, batches written in part)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        texts = {row[0] for row in conn.execute("SELECT text FROM swot_item")}
        batches = dict(conn.execute("SELECT source, count(*) FROM kpi_measurement GROUP BY source"))
    conn.close()
    lost = 0
    # Edits are named by their number (ids are reused by SQLite after a delete). A create
    # whose delete had started may be there or not, whether or not that delete was reported.
    deleted = {line.split()[1] for line in reported if line.startswith("deleting ")}
    for line in reported:
        kind, number = line.split()
        if kind == "create":
            lost += number not in deleted and f"edit {number}" not in texts
        elif kind == "batch":
            lost += batches.get(f"batch {number}", 0) != BATCH
        elif kind == "delete":
            lost += f"edit {number}" in texts
    partial = sum(1 for count in batches.values() if count != BATCH)
    return lost, partial


def _run(tmp_path: Path, kills: int, figures: Figures) -> None:
    path = _plan(tmp_path)
    rng = random.Random(20261130)
    reported_total = lost_total = partial_total = 0
    for cycle in range(kills):
        reported = _edit_then_kill(path, rng.randrange(1 << 30), cycle * 1_000_000, rng)
        # Reopening recovers the lock of the dead process and rolls back its last transaction.
        Workspace.open(path).close()
        assert quick_check(path) is None
        lost, partial = _lost(path, reported)
        reported_total += sum(not line.startswith("deleting ") for line in reported)
        lost_total += lost
        partial_total += partial
    figures.record(
        kills_survived=kills,
        edits_reported=reported_total,
        edits_lost=lost_total,
        batches_written_in_part=partial_total,
    )
    assert lost_total == 0 and partial_total == 0


def test_sigkill_during_edits_loses_no_reported_edit(tmp_path: Path, figures: Figures) -> None:
    _run(tmp_path, kills=3, figures=figures)


@pytest.mark.faults_long
def test_sigkill_during_edits_loses_no_reported_edit_long(tmp_path: Path, figures: Figures) -> None:
    _run(tmp_path, kills=60, figures=figures)
