"""Lock cases: processes racing for one plan leave exactly one writer; a live holder on this
computer is never taken over; a window that was taken over writes nothing; a full disk leaves
no lock behind."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stratdesk
from stratdesk.db import lock as lock_module
from stratdesk.db.errors import LockLost, PlanFileError
from stratdesk.db.lock import PlanLocked, break_lock, lock_path
from stratdesk.db.store import PlanStore
from stratdesk.services.workspace import Workspace

from .conftest import Figures

_RACER = """
import sys, time
from pathlib import Path
from stratdesk.db.lock import PlanLocked
from stratdesk.db.store import PlanStore
go = float(sys.argv[2])
while time.time() < go:
    time.sleep(0.001)
try:
    store = PlanStore.open(Path(sys.argv[1]), backup_on_open=False)
except PlanLocked:
    print("refused", flush=True)
    sys.exit(0)
print("writer", flush=True)
sys.stdin.read()  # hold it until every racer has answered
store.close()
"""


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "raced.stratdesk"
    Workspace.create(path, {"name": "Acme"}, {"title": "Plan", "start_year": 2025}).close()
    return path


def _race(path: Path, racers: int) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(stratdesk.__file__).parents[1])}
    go = time.time() + 4  # every racer imported and waiting by then
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _RACER, str(path), str(go)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(racers)
    ]
    answers = []
    for process in processes:
        assert process.stdout is not None
        answers.append(process.stdout.readline().strip())
    for process in processes:
        process.communicate("", timeout=60)
    return answers


def _cases(tmp_path: Path, races: int, figures: Figures) -> None:
    path = _plan(tmp_path)
    winners = []
    for _ in range(races):
        answers = _race(path, 3)
        winners.append(answers.count("writer"))
        assert not lock_path(path).exists()
    # A live holder on this computer: refused, and never taken over.
    holder = PlanStore.open(path, backup_on_open=False)
    try:
        with pytest.raises(PlanLocked) as caught:
            PlanStore.open(path)
        live_refused = not caught.value.can_take_over
        assert live_refused
        # Another computer takes it over: this holder learns it and writes nothing more.
        foreign = {"pid": 4242, "host": "elsewhere", "user": "camille", "since": "2026-11-20"}
        lock_path(path).write_text(json.dumps(foreign), encoding="utf-8")
        lost = isinstance(holder.write_refusal(), LockLost)
    finally:
        holder.close()
    foreign_kept = lock_path(path).exists()  # closing left the other computer's lock alone
    break_lock(path)
    figures.record(
        races_of_three_processes=races,
        races_with_exactly_one_writer=winners.count(1),
        live_holder_never_taken_over=live_refused,
        taken_over_window_stops_writing=lost,
        foreign_lock_kept_on_close=foreign_kept,
    )
    assert winners == [1] * races and lost and foreign_kept


def test_lock_cases(tmp_path: Path, figures: Figures, monkeypatch: pytest.MonkeyPatch) -> None:
    _cases(tmp_path, 2, figures)
    (tmp_path / "full").mkdir()
    path = _plan(tmp_path / "full")

    def full(_fd: int, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(PlanFileError, match="full"):
        PlanStore.open(path)
    figures.record(disk_full_lock_left_behind=lock_path(path).exists())
    assert not lock_path(path).exists()


@pytest.mark.faults_long
def test_lock_cases_long(tmp_path: Path, figures: Figures) -> None:
    _cases(tmp_path, 25, figures)
