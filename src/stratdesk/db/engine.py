"""SQLite connections and the SQLAlchemy engine for one plan file, with their pragmas."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

# 'SDSK' as a 32-bit big-endian integer: marks a SQLite file as a stratdesk plan.
APPLICATION_ID = 0x5344534B


def sqlite_uri(path: Path, *, read_only: bool = False) -> str:
    """A `file:` URI for `path`; percent-encoding keeps spaces, '?', '#' and accents intact."""
    uri = Path(path).absolute().as_uri()
    return f"{uri}?mode=ro" if read_only else f"{uri}?mode=rw"


def connect(path: Path, *, read_only: bool = False, autocommit: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection; never creates the file (`mode=rw` / `mode=ro`).

    `autocommit` hands transaction control to the caller (explicit BEGIN/COMMIT), which is
    what lets a migration's DDL roll back as one unit.
    """
    connection = sqlite3.connect(
        sqlite_uri(path, read_only=read_only),
        uri=True,
        check_same_thread=False,
        isolation_level=None if autocommit else "DEFERRED",  # sqlite3's default
    )
    return connection


def _pragmas(foreign_keys: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        # One self-contained file that can be copied or mailed at any time (no -wal beside
        # it), and a commit is on disk before we say it is.
        cursor.execute("PRAGMA journal_mode=DELETE")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()

    return on_connect


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    """An engine on an existing `path`; connections are not pooled so closing frees the file."""
    path = Path(path)
    engine = create_engine(
        "sqlite://",
        poolclass=NullPool,
        creator=lambda: connect(path, read_only=read_only),
    )
    event.listen(engine, "connect", _pragmas(foreign_keys=True))
    return engine


def make_migration_engine(path: Path) -> Engine:
    """An engine whose transactions include DDL, so a failed migration rolls back entirely.

    Foreign keys are off while migrating: batch mode rebuilds a table by dropping it, and
    with foreign keys on that drop would cascade into (and empty) its child tables. The
    migration checks the keys itself before committing.
    """
    path = Path(path)
    engine = create_engine(
        "sqlite://",
        poolclass=NullPool,
        creator=lambda: connect(path, autocommit=True),
    )
    event.listen(engine, "connect", _pragmas(foreign_keys=False))

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # pysqlite would otherwise start transactions only before DML, committing DDL at once.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
