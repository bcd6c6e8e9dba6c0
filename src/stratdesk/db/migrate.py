"""Bring a plan file to the newest schema with Alembic, in one transaction.

Imported only to create or migrate a file: opening a current file never loads Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from stratdesk.db import schema
from stratdesk.db.engine import APPLICATION_ID, make_migration_engine

if TYPE_CHECKING:
    from sqlalchemy import Connection


class MigrationError(RuntimeError):
    """The migration did not complete; the transaction was rolled back."""


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code, pointing at the scripts in the package."""
    config = Config()
    config.set_main_option("script_location", str(schema.script_location()))
    config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(path: Path, target: str = "head") -> int:
    """Upgrade the (existing, possibly 0-byte) SQLite file at `path`; returns its schema number.

    Every revision, the version pragmas and a foreign-key check share one transaction: on
    any error nothing of the migration stays in the file.
    """
    engine = make_migration_engine(Path(path))
    try:
        with engine.connect() as connection, connection.begin():
            command.upgrade(alembic_config(connection), target)
            revision = current_revision(connection)
            version = schema.version_of(revision)
            if version is None:
                raise MigrationError(f"unexpected revision after upgrade: {revision!r}")
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise MigrationError(f"foreign keys broken by the migration: {problems[:5]}")
            connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            connection.exec_driver_sql(f"PRAGMA user_version={version}")
    finally:
        engine.dispose()
    return version
