"""Say what a path holds before opening it, without changing a byte of it.

The 100-byte SQLite header gives the magic string, `user_version` and `application_id`, so a
file that is not ours is classified without SQLite ever opening it. Only a file that carries
our application id is opened (read-only) to read its Alembic revision.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from stratdesk.db import schema
from stratdesk.db.engine import APPLICATION_ID, connect
from stratdesk.db.errors import PlanFileError
from stratdesk.i18n import translate

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


class FileKind(StrEnum):
    MISSING = "missing"
    UNREADABLE = "unreadable"  # a folder, or no permission to read
    EMPTY = "empty"  # 0 bytes
    NOT_SQLITE = "not_sqlite"
    OTHER_APPLICATION = "other_application"
    DAMAGED = "damaged"  # our id, but the database cannot be read or has no version
    NEEDS_RECOVERY = "needs_recovery"  # left mid-write: SQLite rolls it back on a writable open
    NEWER = "newer"
    NEEDS_MIGRATION = "needs_migration"
    CURRENT = "current"


OPENABLE = frozenset({FileKind.CURRENT, FileKind.NEEDS_MIGRATION, FileKind.NEEDS_RECOVERY})


@dataclass(frozen=True)
class FileIdentity:
    path: Path
    kind: FileKind
    user_version: int | None = None
    application_id: int | None = None
    revision: str | None = None
    detail: str = ""  # technical detail (SQLite's error), for the check report


def _header(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(HEADER_SIZE)


def _int_at(header: bytes, offset: int) -> int:
    return int.from_bytes(header[offset : offset + 4], "big", signed=True)


def identify(path: Path) -> FileIdentity:
    """Classify `path`; never raises for a bad file and never writes to it."""
    path = Path(path)
    try:
        if not path.exists():
            return FileIdentity(path, FileKind.MISSING)
        if not path.is_file():
            return FileIdentity(path, FileKind.UNREADABLE)
        header = _header(path)
    except OSError as error:
        return FileIdentity(path, FileKind.UNREADABLE, detail=str(error))
    if not header:
        return FileIdentity(path, FileKind.EMPTY)
    if not header.startswith(SQLITE_MAGIC):
        return FileIdentity(path, FileKind.NOT_SQLITE)
    if len(header) < HEADER_SIZE:
        return FileIdentity(path, FileKind.DAMAGED, detail="truncated header")
    user_version, app_id = _int_at(header, 60), _int_at(header, 68)
    if app_id != APPLICATION_ID:
        return FileIdentity(path, FileKind.OTHER_APPLICATION, user_version, app_id)
    return _identify_ours(path, user_version)


def _identify_ours(path: Path, user_version: int) -> FileIdentity:
    try:
        revision, tables = _read_revision(path)
    except sqlite3.Error as error:
        kind = FileKind.DAMAGED
        if getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            kind = FileKind.NEEDS_RECOVERY
        return FileIdentity(path, kind, user_version, APPLICATION_ID, detail=str(error))
    version = schema.version_of(revision)
    if user_version > schema.head_version() or (revision is not None and version is None):
        kind = FileKind.NEWER
    elif revision is None:
        # Stamped by us but never migrated (creation interrupted): migrate from the start.
        # With tables and no version, we cannot tell what it holds.
        kind = FileKind.NEEDS_MIGRATION if not tables and user_version == 0 else FileKind.DAMAGED
    elif version == schema.head_version():
        kind = FileKind.CURRENT
    else:
        kind = FileKind.NEEDS_MIGRATION
    return FileIdentity(path, kind, user_version, APPLICATION_ID, revision)


def _read_revision(path: Path) -> tuple[str | None, int]:
    """The Alembic revision (None when there is none) and the number of tables."""
    connection = connect(path, read_only=True)
    try:
        names = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" not in names:
            return None, len(names)
        rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        return (rows[0][0] if len(rows) == 1 else None), len(names)
    finally:
        connection.close()


def refusal_message(identity: FileIdentity) -> str | None:
    """The sentence explaining why `identity` cannot be opened; None when it can."""
    name = identity.path.name
    messages = {
        FileKind.MISSING: translate("PlanFile", "The file “{name}” does not exist."),
        FileKind.UNREADABLE: translate(
            "PlanFile", "“{name}” cannot be read: it is a folder, or you may not open it."
        ),
        FileKind.EMPTY: translate(
            "PlanFile", "“{name}” is empty (0 bytes): it holds no plan. It was left untouched."
        ),
        FileKind.NOT_SQLITE: translate(
            "PlanFile", "“{name}” is not a stratdesk plan file. It was left untouched."
        ),
        FileKind.OTHER_APPLICATION: translate(
            "PlanFile",
            "“{name}” is a database of another application, not a stratdesk plan. "
            "It was left untouched.",
        ),
        FileKind.DAMAGED: translate(
            "PlanFile",
            "“{name}” is a stratdesk plan but it is damaged and cannot be read. It was left "
            "untouched; try one of its automatic backups.",
        ),
        FileKind.NEWER: translate(
            "PlanFile",
            "“{name}” was saved by a newer version of stratdesk. Update stratdesk to open "
            "it. It was left untouched.",
        ),
    }
    message = messages.get(identity.kind)
    return None if message is None else message.format(name=name)


def ensure_openable(path: Path) -> FileIdentity:
    """Identify `path`, raising `PlanFileError` with a readable sentence when it is refused."""
    identity = identify(path)
    message = refusal_message(identity)
    if message is not None:
        raise PlanFileError(message, identity.path, identity.kind.value)
    return identity


def plan_uuid(connection: sqlite3.Connection) -> str | None:
    """The UUID of the file's first plan, read with plain SQL (32 hex digits).

    None when the file holds no plan, or is of a schema before plans had one (before 0008).
    """
    try:
        row = connection.execute("SELECT uuid FROM plan ORDER BY id LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # no such table or column: an older or empty file
        return None
    return None if row is None or row[0] is None else str(row[0])


def read_plan_uuid(path: Path) -> str | None:
    """`plan_uuid` of the plan file at `path`, opened read-only (never written)."""
    connection = connect(Path(path), read_only=True)
    try:
        return plan_uuid(connection)
    finally:
        connection.close()
