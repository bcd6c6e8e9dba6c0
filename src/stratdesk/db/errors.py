"""Why a plan file could not be created, opened, backed up or migrated."""

from __future__ import annotations

import errno
from pathlib import Path

from stratdesk.domain.errors import StratdeskError


class PlanFileError(StratdeskError):
    """A plan file was refused or an operation on it failed; the message is for a person.

    `kind` is the `FileKind` value of the file when the refusal comes from identification.
    """

    def __init__(self, message: str, path: Path | None = None, kind: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.kind = kind


class BackupError(PlanFileError):
    """A backup copy could not be made or did not pass verification (it was discarded)."""


class PlanDamaged(PlanFileError):
    """The plan failed its integrity check: it is never written (read-only or restore)."""

    def __init__(self, message: str, path: Path, problem: str) -> None:
        super().__init__(message, path, "damaged")
        self.problem = problem


class LockLost(PlanFileError):
    """Another window took this plan over: this one no longer writes it."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message, path, "lock_lost")


_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def is_disk_full(error: BaseException | None) -> bool:
    """Whether `error` (an OSError, a sqlite3 or SQLAlchemy error) says the disk is full."""
    seen = 0
    while error is not None and seen < 5:  # follow SQLAlchemy's `orig` and `__cause__`
        if isinstance(error, OSError) and error.errno in _DISK_FULL_ERRNOS:
            return True
        if getattr(error, "sqlite_errorname", "") == "SQLITE_FULL":
            return True
        if "database or disk is full" in str(error):
            return True
        error = getattr(error, "orig", None) or error.__cause__
        seen += 1
    return False
