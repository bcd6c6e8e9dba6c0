"""Is the plan file sound? SQLite's `quick_check`, run when a plan is opened.

`quick_check` reads every page of the file and checks the structure of every table and index
(not that each index matches its table, which `stratdesk check` also does). It costs 0.6 to
0.8 s for a 160 MB plan whose pages are in the system's cache, and 3.4 s when they are not
(see tests/benchmarks/integrity_check.py). So a small plan is checked before it opens, and a
large one while it is already on screen: its writes wait for the verdict (`IntegrityCheck.wait`),
and a damaged file is never written.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from stratdesk.db.engine import connect

# Plans up to this size are checked before they open (≤ 0.15 s with a warm cache).
SYNC_CHECK_MAX_BYTES = 32 * 1024 * 1024
_MAX_MESSAGES = 5


def quick_check(path: Path) -> str | None:
    """None when the file passes SQLite's `quick_check`, else what is wrong, in SQLite's words."""
    try:
        connection = connect(Path(path), read_only=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = connection.execute(f"PRAGMA quick_check({_MAX_MESSAGES})").fetchall()
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    problems = [str(row[0]) for row in rows]
    return None if problems == ["ok"] else "; ".join(problems)


class IntegrityCheck:
    """One `quick_check` of a plan file, done now or in a background thread."""

    def __init__(self, path: Path, *, background: bool) -> None:
        self.path = Path(path)
        self._done = threading.Event()
        self._problem: str | None = None
        self._callbacks: list[Callable[[str | None], None]] = []
        self._guard = threading.Lock()
        if background:
            thread = threading.Thread(target=self._run, name="stratdesk-quick-check", daemon=True)
            thread.start()
        else:
            self._run()

    @classmethod
    def for_file(cls, path: Path, *, sync_max_bytes: int = SYNC_CHECK_MAX_BYTES) -> IntegrityCheck:
        """Checked now if the file is small, else in the background."""
        try:
            size = Path(path).stat().st_size
        except OSError:
            size = 0
        return cls(path, background=size > sync_max_bytes)

    def _run(self) -> None:
        try:
            problem = quick_check(self.path)
        except Exception as error:  # never leave a waiting writer hanging
            problem = str(error)
        with self._guard:
            self._problem = problem
            self._done.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback(problem)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def problem(self) -> str | None:
        """What is wrong (None when sound, or when the check has not finished)."""
        return self._problem

    def wait(self, timeout: float | None = None) -> str | None:
        """Block until the check is over; returns the problem, None when the file is sound."""
        self._done.wait(timeout)
        return self._problem

    def when_done(self, callback: Callable[[str | None], None]) -> None:
        """Call `callback(problem)` once the check is over (at once if it already is).

        From a background check it is called in that thread: a GUI must queue it.
        """
        with self._guard:
            if not self._done.is_set():
                self._callbacks.append(callback)
                return
        callback(self._problem)
