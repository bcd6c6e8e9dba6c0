"""Locks that keep one writer: never taken over from a live process on this computer, a window
that lost its plan writes nothing more and never deletes a lock that is not its own, and a
full disk leaves no lock behind."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import stratdesk
from stratdesk.db import lock as lock_module
from stratdesk.db.errors import LockLost, PlanFileError
from stratdesk.db.lock import LockOwner, PlanLocked, break_lock, lock_path, read_owner
from stratdesk.db.store import PlanStore
from stratdesk.services.changes import ChangeHub
from stratdesk.services.context import ServiceContext
from stratdesk.services.swot import SwotService

_HOLDER = """
import sys
from pathlib import Path
from stratdesk.db.store import PlanStore
store = PlanStore.open(Path(sys.argv[1]), backup_on_open=False)
print("ready", flush=True)
sys.stdin.read()
store.close()
"""


@pytest.fixture
def holder(plan_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A live process on this computer that has the plan open."""
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


def _foreign(plan_path: Path) -> dict[str, object]:
    owner = {
        "pid": 4242,
        "host": "laptop-elsewhere",
        "user": "camille",
        "since": "2026-11-20T09:00:00+00:00",
        "token": "f00d",
    }
    lock_path(plan_path).write_text(json.dumps(owner), encoding="utf-8")
    return owner


def test_a_live_holder_on_this_computer_cannot_be_taken_over(
    plan_path: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(PlanLocked) as caught:
        PlanStore.open(plan_path)
    assert caught.value.can_take_over is False
    with pytest.raises(PlanLocked):
        break_lock(plan_path)
    assert read_owner(plan_path) is not None and read_owner(plan_path).pid == holder.pid


def test_a_holder_on_another_computer_may_be_taken_over(plan_path: Path) -> None:
    _foreign(plan_path)
    with pytest.raises(PlanLocked) as caught:
        PlanStore.open(plan_path)
    assert caught.value.can_take_over is True
    break_lock(plan_path, caught.value.owner)
    PlanStore.open(plan_path, backup_on_open=False).close()


def test_take_over_is_refused_if_the_lock_changed_hands_meanwhile(plan_path: Path) -> None:
    _foreign(plan_path)
    seen = read_owner(plan_path)
    newer = {"pid": 7, "host": "desk-2", "user": "léa", "since": "2026-11-21", "token": "b"}
    lock_path(plan_path).write_text(json.dumps(newer), encoding="utf-8")
    with pytest.raises(PlanLocked):
        break_lock(plan_path, seen)
    assert read_owner(plan_path).host == "desk-2"  # type: ignore[union-attr]


def test_a_window_that_was_taken_over_writes_nothing_more(
    plan_path: Path, file_hash: Callable[[Path], str]
) -> None:
    store = PlanStore.open(plan_path, backup_on_open=False)
    service = SwotService(ServiceContext(store, ChangeHub()))
    try:
        service.create(1, {"quadrant": "S", "text": "Avant"})
        assert store.write_refusal() is None
        _foreign(plan_path)  # another computer took the plan over
        refusal = store.write_refusal()
        assert isinstance(refusal, LockLost) and plan_path.name in refusal.message
        before = file_hash(plan_path)
        with pytest.raises(LockLost):
            service.create(1, {"quadrant": "S", "text": "Après"})
        assert file_hash(plan_path) == before
    finally:
        store.close()
    # Closing never deletes the lock of the window that took over.
    assert read_owner(plan_path) is not None and read_owner(plan_path).host == "laptop-elsewhere"


def test_two_locks_of_one_process_in_one_second_are_told_apart(plan_path: Path) -> None:
    first = PlanStore.open(plan_path, backup_on_open=False)
    owner = read_owner(plan_path)
    first.close()
    second = PlanStore.open(plan_path, backup_on_open=False)
    try:
        assert read_owner(plan_path) != owner  # a new token, even within the same second
        assert second.write_refusal() is None
    finally:
        second.close()
    assert not lock_path(plan_path).exists()


def test_a_full_disk_says_so_and_leaves_no_lock(
    plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(lock_module.os, "write", full)
    with pytest.raises(PlanFileError) as caught:
        PlanStore.open(plan_path)
    assert "full" in caught.value.message and "cannot change" not in caught.value.message
    assert not lock_path(plan_path).exists()
    monkeypatch.setattr(lock_module.os, "write", real_write)
    # Space freed: the plan opens at once (no empty lock to wait out).
    PlanStore.open(plan_path, backup_on_open=False).close()


def test_lock_owner_reads_old_lock_files_without_a_token(plan_path: Path) -> None:
    lock_path(plan_path).write_text(
        json.dumps({"pid": 1, "host": "x", "user": "u", "since": "2025-01-01"}), encoding="utf-8"
    )
    assert read_owner(plan_path) == LockOwner(1, "x", "u", "2025-01-01", "")
