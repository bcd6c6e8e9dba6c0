"""Which schema this stratdesk writes, without importing Alembic.

Revision ids are the schema number on four digits ("0001", "0002", …), one linear chain,
so `PRAGMA user_version` (the schema number) and the Alembic revision identify each other.
`python -m stratdesk.db.revision "message"` adds the next revision and bumps the number;
a test checks that this module and the scripts in `migrations/versions` agree.
"""

from __future__ import annotations

from pathlib import Path

SCHEMA_VERSION = 8


def head_version() -> int:
    """The schema number of the newest revision this stratdesk knows (read at call time)."""
    return SCHEMA_VERSION


def head_revision() -> str:
    return revision_id(head_version())


def revision_id(version: int) -> str:
    return f"{version:04d}"


def version_of(revision: str | None) -> int | None:
    """The schema number of a known revision; None when unknown (or from a newer stratdesk)."""
    if revision is None or len(revision) != 4 or not revision.isdigit():
        return None
    number = int(revision)
    return number if 1 <= number <= head_version() else None


def script_location() -> Path:
    """The Alembic scripts shipped inside the package (no alembic.ini needed)."""
    return Path(__file__).resolve().parent / "migrations"
