"""A lock file naming this very process, on this host, that this process does not hold.

It was left by an earlier process that had the same pid (pids are reused after a reboot or a
crash): nobody can be holding it, so it is recovered. One this process does hold is refused.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import pytest

from stratdesk.db.lock import PlanLock, PlanLocked, lock_path, read_owner


def _lock_of_this_pid(plan: Path) -> None:
    owner = {"pid": os.getpid(), "host": socket.gethostname(), "user": "ghost", "since": "x"}
    lock_path(plan).write_text(json.dumps(owner), encoding="utf-8")


def test_a_lock_naming_our_pid_that_we_do_not_hold_is_stale(plan_path: Path) -> None:
    _lock_of_this_pid(plan_path)
    lock = PlanLock.acquire(plan_path)
    try:
        owner = read_owner(plan_path)
        assert owner is not None and owner.user != "ghost"  # ours now, freshly written
        assert owner == lock.owner
    finally:
        lock.release()
    assert not lock_path(plan_path).exists()


def test_a_lock_we_hold_is_not_taken_again_even_with_our_own_pid(plan_path: Path) -> None:
    lock = PlanLock.acquire(plan_path)
    try:
        with pytest.raises(PlanLocked):
            PlanLock.acquire(plan_path)
        assert read_owner(plan_path) == lock.owner
    finally:
        lock.release()
