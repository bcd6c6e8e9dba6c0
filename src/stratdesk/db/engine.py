"""The SQLAlchemy engine for one plan file, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

# 'SDSK' as a 32-bit big-endian integer: marks a SQLite file as a stratdesk plan.
APPLICATION_ID = 0x5344534B


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # One self-contained file that can be copied or mailed at any time (no -wal beside it),
    # and a commit is on disk before we say it is.
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(path: Path) -> Engine:
    """An engine on `path`; connections are not pooled so closing releases the file."""
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    event.listen(engine, "connect", _on_connect)
    return engine
