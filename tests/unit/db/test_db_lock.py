"""One writer per plan file: other processes and other windows are refused, by name."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import stratdesk
from stratdesk.db.lock import LockOwner, PlanLock, PlanLocked, lock_path, pid_alive
from stratdesk.db.store import PlanStore

_HOLDER = """
import sys
from pathlib import Path
from stratdesk.db.store import PlanStore
store = PlanStore.open(Path(sys.argv[1]), backup_on_open=False)
print("ready", flush=True)
sys.stdin.read()  # hold the file until the test closes our stdin
store.close()
"""


@pytest.fixture
def holder(plan_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another stratdesk process that has the plan open."""
    env = {**os.environ, "PYTHONPATH": str(Path(stratdesk.__file__).parents[1])}
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(plan_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "ready"
    yield process
    if process.poll() is None:
        process.communicate("", timeout=30)


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    assert not pid_alive(process.pid)
    return process.pid


def _write_lock(plan: Path, **fields: object) -> None:
    owner = {"pid": 1, "host": socket.gethostname(), "user": "lea", "since": "2025-01-01"}
    lock_path(plan).write_text(json.dumps({**owner, **fields}), encoding="utf-8")


def test_second_process_is_refused_with_its_pid_and_host(
    plan_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(PlanLocked) as caught:
        PlanStore.open(plan_path)
    owner = caught.value.owner
    assert owner is not None
    assert owner.pid == holder.pid
    assert owner.host == socket.gethostname()
    assert str(holder.pid) in caught.value.message
    assert socket.gethostname() in caught.value.message

    holder.communicate("", timeout=30)  # the other process closes the plan
    assert holder.returncode == 0
    assert not lock_path(plan_path).exists()
    PlanStore.open(plan_path, backup_on_open=False).close()


def test_read_only_open_needs_no_lock(plan_path: Path, holder: subprocess.Popen[str]) -> None:
    store = PlanStore.open(plan_path, read_only=True)
    try:
        assert store.read_only
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM swot_item").scalar() == 2
    finally:
        store.close()
    assert lock_path(plan_path).exists()  # still the other process's


def test_same_process_second_open_is_refused(plan_path: Path) -> None:
    store = PlanStore.open(plan_path, backup_on_open=False)
    try:
        with pytest.raises(PlanLocked) as caught:
            PlanStore.open(plan_path, backup_on_open=False)
        assert caught.value.owner is not None
        assert caught.value.owner.pid == os.getpid()
        assert "another stratdesk window" in caught.value.message
        # The same file reached through another spelling of its path is the same file.
        with pytest.raises(PlanLocked):
            PlanStore.open(plan_path.parent / "." / plan_path.name, backup_on_open=False)
    finally:
        store.close()


def test_lock_is_released_on_close(plan_path: Path) -> None:
    store = PlanStore.open(plan_path, backup_on_open=False)
    owner = json.loads(lock_path(plan_path).read_text(encoding="utf-8"))
    assert owner["pid"] == os.getpid() and owner["host"] == socket.gethostname()
    store.close()
    store.close()  # idempotent
    assert not lock_path(plan_path).exists()
    with pytest.raises(RuntimeError, match="closed"):
        store.session()
    PlanStore.open(plan_path, backup_on_open=False).close()


def test_stale_lock_of_a_dead_process_is_recovered(plan_path: Path) -> None:
    _write_lock(plan_path, pid=_dead_pid())
    store = PlanStore.open(plan_path, backup_on_open=False)
    try:
        owner = json.loads(lock_path(plan_path).read_text(encoding="utf-8"))
        assert owner["pid"] == os.getpid()
    finally:
        store.close()


def test_lock_from_another_computer_is_respected(plan_path: Path) -> None:
    _write_lock(plan_path, pid=_dead_pid(), host="laptop-of-lea")
    with pytest.raises(PlanLocked, match="laptop-of-lea") as caught:
        PlanStore.open(plan_path, backup_on_open=False)
    assert caught.value.owner == LockOwner(
        caught.value.owner.pid, "laptop-of-lea", "lea", "2025-01-01"
    )
    assert lock_path(plan_path).exists()


def test_unreadable_lock_is_respected_while_fresh_then_recovered(plan_path: Path) -> None:
    lock_path(plan_path).write_text("{half written", encoding="utf-8")
    with pytest.raises(PlanLocked) as caught:
        PlanLock.acquire(plan_path)
    assert caught.value.owner is None
    an_hour_ago = lock_path(plan_path).stat().st_mtime - 3600
    os.utime(lock_path(plan_path), (an_hour_ago, an_hour_ago))
    PlanLock.acquire(plan_path).release()
    assert not lock_path(plan_path).exists()


def test_release_leaves_a_lock_taken_over_by_someone_else(plan_path: Path) -> None:
    lock = PlanLock.acquire(plan_path)
    _write_lock(plan_path, pid=12345, host="other-host")
    lock.release()
    assert lock_path(plan_path).exists()


def test_pid_alive() -> None:
    assert pid_alive(os.getpid())
    assert not pid_alive(_dead_pid())
    assert not pid_alive(0)


def test_a_symlink_to_a_locked_plan_meets_the_same_lock(tmp_path: Path) -> None:
    real = tmp_path / "real" / "plan.stratdesk"
    real.parent.mkdir()
    real.write_bytes(b"")
    alias_dir = tmp_path / "alias"
    alias_dir.mkdir()
    alias = alias_dir / "alias.stratdesk"
    alias.symlink_to(real)
    assert lock_path(alias) == lock_path(real)


def test_taking_away_a_stale_lock_never_removes_a_fresh_one(tmp_path: Path) -> None:
    from stratdesk.db.lock import LockOwner, _take_away, read_owner

    plan = tmp_path / "plan.stratdesk"
    plan.write_bytes(b"")
    stale = LockOwner(999_999, socket.gethostname(), "ghost", "2026-01-01T00:00:00+00:00")
    fresh = LockOwner(os.getpid(), socket.gethostname(), "me", "2026-11-27T12:00:00+00:00")
    # Between our reading the stale lock and removing it, another process replaced it.
    lock_path(plan).write_text(json.dumps(fresh.__dict__), encoding="utf-8")
    assert _take_away(plan, stale) is False
    assert read_owner(plan) == fresh
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".stale")] == []
    # The stale lock itself goes.
    lock_path(plan).write_text(json.dumps(stale.__dict__), encoding="utf-8")
    assert _take_away(plan, stale) is True
    assert not lock_path(plan).exists()
