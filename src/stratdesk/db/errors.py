"""Why a plan file could not be created, opened, backed up or migrated."""

from __future__ import annotations

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
