"""Consistent copies of a plan file, and the check a copy must pass before it is trusted."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

from stratdesk.db.engine import APPLICATION_ID, connect

_CHUNK = 1 << 20


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot_copy(source: Path, dest: Path) -> str:
    """Copy the database `source` to the new file `dest` with SQLite's backup API.

    Returns the SHA-256 of `source` as copied: the hash is taken while our read transaction
    holds SQLite's shared lock, so no writer can commit between hashing and copying.
    """
    dest = Path(dest)
    dest.unlink(missing_ok=True)
    reader = connect(Path(source), read_only=True, autocommit=True)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM sqlite_master").fetchall()  # takes the lock
        source_hash = file_sha256(Path(source))
        # sqlite3.connect takes the path as is: no URI quoting issues with odd names.
        writer = sqlite3.connect(dest)
        try:
            reader.backup(writer)
            # A source in WAL mode gives a copy in WAL mode, whose -wal and -shm files a
            # read-only check would leave behind: copies are plain single files.
            writer.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            writer.close()
        reader.execute("COMMIT")
    finally:
        reader.close()
    return source_hash


def verify_copy(path: Path) -> str | None:
    """None when the copy at `path` is a sound stratdesk file, else what is wrong with it."""
    try:
        connection = connect(Path(path), read_only=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID:
            return f"application_id is {app_id:#x}, expected {APPLICATION_ID:#x}"
        rows = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            return "; ".join(str(row) for row in rows[:5])
    except sqlite3.Error as error:
        return str(error)
    finally:
        connection.close()
    return None


def replace_with_copy(source: Path, dest: Path) -> None:
    """Overwrite `dest` with a copy of the database `source`, atomically (temp + rename).

    The caller holds the lock on `dest`; a reader never sees a half-written file.
    """
    dest = Path(dest)
    temp = dest.with_name(f".~{dest.name}.restoring")
    try:
        snapshot_copy(Path(source), temp)
        os.replace(temp, dest)
    finally:
        temp.unlink(missing_ok=True)
